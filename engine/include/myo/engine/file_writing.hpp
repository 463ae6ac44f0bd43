#pragma once
// Writing a file the user may already have: the bytes go to a temporary file beside it, which is
// then renamed over it, so the old file is replaced whole or not at all. Nothing the user saved is
// lost when writing fails (disk full, a folder of that name, no such folder).
//
// Only a regular file is ever replaced: a folder, a device (/dev/full), a FIFO or a socket under
// the name is refused and left as it is. A symbolic link is written through: the file it points
// to is replaced and the link stays; a dangling link or a loop of links is refused.
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

// The file that writing `path` replaces (`path`, or where its symbolic link leads), or why it
// must not be replaced. The one rule for every writer, sessions and settings included.
Result<std::filesystem::path> replaceableTarget(const std::filesystem::path& path);

}  // namespace myo
