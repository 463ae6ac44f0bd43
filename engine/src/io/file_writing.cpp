#include "myo/engine/file_writing.hpp"

#include <unistd.h>

#include <fstream>
#include <string>
#include <system_error>

namespace myo {

Status checkReplaceable(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Error{path.string() + ": is a folder, not a file"};
  const std::filesystem::path parent = path.parent_path().empty() ? std::filesystem::path(".") : path.parent_path();
  if (!std::filesystem::is_directory(parent, ec))
    return Error{path.string() + ": cannot write here: there is no folder " + parent.string()};
  return {};
}

Status replaceFile(const std::filesystem::path& path, std::span<const std::uint8_t> bytes) {
  if (Status ok = checkReplaceable(path); !ok) return ok;
  // The process id keeps two programs writing the same file from sharing a temporary.
  std::filesystem::path temporary = path;
  temporary += ".tmp" + std::to_string(::getpid());
  std::error_code ignored;
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) return Error{path.string() + ": cannot write here (is the folder writable?)"};
    out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
      out.close();
      std::filesystem::remove(temporary, ignored);
      return Error{path.string() + ": writing failed (disk full?); the file was left as it was"};
    }
  }
  std::error_code renamed;
  std::filesystem::rename(temporary, path, renamed);
  if (renamed) {
    std::filesystem::remove(temporary, ignored);
    return Error{path.string() + ": cannot replace the file: " + renamed.message()};
  }
  return {};
}

}  // namespace myo
