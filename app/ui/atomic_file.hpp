#pragma once
// Writing a file so that readers only ever see the old content or the new, never half of it:
// the text goes to a temporary file beside the target, which is then renamed over it.

#include <filesystem>
#include <string_view>

#include "myo/engine/result.hpp"

namespace myo::ui {

// Creates the parent folder when it is missing.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view content);

}  // namespace myo::ui
