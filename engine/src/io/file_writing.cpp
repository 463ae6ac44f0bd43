#include "myo/engine/file_writing.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
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

Status replaceFile(const std::filesystem::path& path, std::string_view text, FileAccess access) {
  const Result<std::filesystem::path> target = replaceableTarget(path);
  if (!target) return target.error();
  const std::filesystem::path& file = *target;
  // The process id keeps two programs writing the same file from sharing a temporary.
  std::filesystem::path temporary = file;
  temporary += ".tmp-" + std::to_string(::getpid());
  const auto failed = [&](const std::string& what, int error) {
    ::unlink(temporary.c_str());
    return Status(Error{path.string() + ": " + what + ": " + std::strerror(error) + "; the file is unchanged"});
  };
  const mode_t mode = access == FileAccess::OwnerOnly ? 0600 : 0666;
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
  if (fd < 0) return Status(Error{path.string() + ": cannot be written (cannot create " + temporary.string() + ": " +
                                  std::strerror(errno) + "); the file is unchanged"});
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = n < 0 ? errno : ENOSPC;
      ::close(fd);
      return failed("writing failed", error);
    }
    written += std::size_t(n);
  }
  // On the disk before the rename, so that a crash cannot leave an empty file under the name.
  if (::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    return failed("flushing to the disk failed", error);
  }
  if (::close(fd) != 0) return failed("writing failed", errno);
  if (::rename(temporary.c_str(), file.c_str()) != 0) return failed("cannot be replaced", errno);
  // The rename itself is made durable by flushing the folder.
  const std::filesystem::path folder = file.has_parent_path() ? file.parent_path() : std::filesystem::path(".");
  if (const int dir = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return {};
}

Status replaceFile(const std::filesystem::path& path, std::span<const std::uint8_t> bytes, FileAccess access) {
  return replaceFile(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), access);
}

}  // namespace myo
