#pragma once
// Writing a file so that it is never seen half-written: the text goes to a temporary file beside
// the target (`<file>.tmp-<process id>`), is flushed to the disk, and the temporary file is
// renamed over the target. Readers, and the user after a crash or a full disk, find the old
// content or the new, never a part. Sessions, autosaves and handouts are written this way.
//
//   if (Status written = writeFileAtomically("anna.myosession", text); !written) report(written.error().message);

#include <filesystem>
#include <string_view>

#include "myo/engine/result.hpp"

namespace myo::atlas {

// Files are created readable and writable by the user only: they may hold a client's health
// information. On failure the temporary file is removed and `file` is untouched; the message
// names `file`, what failed and says so. A folder, device, FIFO or socket under the name is
// refused and left as it is; a symbolic link is written through (myo::replaceableTarget).
Status writeFileAtomically(const std::filesystem::path& file, std::string_view text);

}  // namespace myo::atlas
