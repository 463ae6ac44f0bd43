#pragma once
// How deeply a JSON text nests arrays and objects, found with a linear scan that skips strings.
// tinygltf converts `extras` with a recursive function, so a hostile file nesting brackets a
// hundred thousand deep would overflow the stack; such files are refused before tinygltf runs.

#include <cstddef>
#include <string_view>

namespace myo::io {

inline constexpr std::size_t kMaxJsonNesting = 256;

std::size_t jsonNestingDepth(std::string_view text);

}  // namespace myo::io
