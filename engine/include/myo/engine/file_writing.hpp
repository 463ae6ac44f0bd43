#pragma once
// Writing a file the user may already have: the bytes go to a temporary file beside it
// (`<file>.tmp-<process id>`), are flushed to the disk, and the temporary file is renamed over it,
// so the old file is replaced whole or not at all. Readers, and the user after a crash or a full
// disk, find the old content or the new, never a part. Every file the program writes goes this way.
//
// Only a regular file is ever replaced: a folder, a device (/dev/full), a FIFO or a socket under
// the name is refused and left as it is. A symbolic link is written through: the file it points
// to is replaced and the link stays; a dangling link or a loop of links is refused.
//
//   if (Status written = myo::replaceFile("figure.png", bytes); !written) report(written.error().message);
//   Status saved = myo::replaceFile("anna.myosession", text, myo::FileAccess::OwnerOnly);

#include <cstdint>
#include <filesystem>
#include <span>
#include <string_view>

#include "myo/engine/result.hpp"

namespace myo {

// Who may read a file written: sessions, settings and pages may hold a client's health
// information, so they are readable and writable by the user only.
enum class FileAccess { AsUmaskAllows, OwnerOnly };

// Errors start with the path and say why: "out.png: is a folder, not a file". On failure the
// temporary file is removed, `path` is untouched and the message says so.
Status replaceFile(const std::filesystem::path& path, std::span<const std::uint8_t> bytes,
                   FileAccess access = FileAccess::AsUmaskAllows);
Status replaceFile(const std::filesystem::path& path, std::string_view text,
                   FileAccess access = FileAccess::AsUmaskAllows);

// The checks replaceFile makes before writing, for commands that want to refuse a bad output path
// before spending time on what they would write to it.
Status checkReplaceable(const std::filesystem::path& path);

// The file that writing `path` replaces (`path`, or where its symbolic link leads), or why it
// must not be replaced. The one rule for every writer, sessions and settings included.
Result<std::filesystem::path> replaceableTarget(const std::filesystem::path& path);

}  // namespace myo
