#include "myo/engine/file_writing.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string>
#include <system_error>

namespace myo {

namespace {

std::string kindOf(mode_t mode) {
  if (S_ISDIR(mode)) return "is a folder, not a file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a regular file";
  if (S_ISFIFO(mode)) return "is a FIFO (named pipe), not a regular file";
  if (S_ISSOCK(mode)) return "is a socket, not a regular file";
  return "is not a regular file";
}

}  // namespace

Result<std::filesystem::path> replaceableTarget(const std::filesystem::path& path) {
  namespace fs = std::filesystem;
  fs::path target = path;
  struct stat entry {};
  if (::lstat(path.c_str(), &entry) == 0 && S_ISLNK(entry.st_mode)) {
    // A link is written through: the file it points to is replaced and the link stays a link.
    std::error_code ec;
    target = fs::canonical(path, ec);
    if (ec) {
      if (ec == std::errc::too_many_symbolic_link_levels)
        return Error{path.string() + ": is a symbolic link that leads round in a loop; it is left as it is"};
      return Error{path.string() + ": is a symbolic link to nothing (" + fs::read_symlink(path, ec).string() +
                   "); it is left as it is"};
    }
  }
  struct stat info {};
  if (::stat(target.c_str(), &info) == 0) {
    // Renaming over a device or a FIFO would replace the node itself (run as root: /dev/full).
    if (!S_ISREG(info.st_mode)) return Error{path.string() + ": " + kindOf(info.st_mode) + "; it is left as it is"};
  } else if (errno != ENOENT) {
    return Error{path.string() + ": cannot be written: " + std::strerror(errno)};
  }
  const fs::path parent = target.parent_path().empty() ? fs::path(".") : target.parent_path();
  std::error_code ec;
  if (!fs::is_directory(parent, ec))
    return Error{path.string() + ": cannot write here: there is no folder " + parent.string()};
  return target;
}

Status checkReplaceable(const std::filesystem::path& path) {
  Result<std::filesystem::path> target = replaceableTarget(path);
  if (!target) return target.error();
  return {};
}

Status replaceFile(const std::filesystem::path& path, std::span<const std::uint8_t> bytes) {
  Result<std::filesystem::path> target = replaceableTarget(path);
  if (!target) return target.error();
  // The process id keeps two programs writing the same file from sharing a temporary.
  std::filesystem::path temporary = *target;
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
  std::filesystem::rename(temporary, *target, renamed);
  if (renamed) {
    std::filesystem::remove(temporary, ignored);
    return Error{path.string() + ": cannot replace the file: " + renamed.message()};
  }
  return {};
}

}  // namespace myo
