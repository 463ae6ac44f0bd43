#pragma once
// glTF `extras` (kept by tinygltf as the original JSON text) into Node::metadata: each key of an
// extras object becomes an entry; strings are kept as they are, every other value as JSON text.
// Extras that are not an object are kept whole under the key "extras".

#include <map>
#include <string>
#include <string_view>

namespace myo::io {

// Adds to `metadata` without replacing keys already there. Returns false when the text is not
// valid JSON (nothing is added).
bool addExtras(std::string_view jsonText, std::map<std::string, std::string>& metadata);

}  // namespace myo::io
