#pragma once
// Writing a file the user may already have: the bytes go to a temporary file beside it, which is
// then renamed over it, so the old file is replaced whole or not at all. Nothing the user saved is
// lost when writing fails (disk full, a folder of that name, no such folder).
//
//   if (Status written = myo::replaceFile("figure.png", bytes); !written) report(written.error().message);

#include <cstdint>
#include <filesystem>
#include <span>

#include "myo/engine/result.hpp"

namespace myo {

// Errors start with the path and say why: "out.png: is a folder, not a file".
Status replaceFile(const std::filesystem::path& path, std::span<const std::uint8_t> bytes);

// The checks replaceFile makes before writing, for commands that want to refuse a bad output path
// before spending time on what they would write to it.
Status checkReplaceable(const std::filesystem::path& path);

}  // namespace myo
