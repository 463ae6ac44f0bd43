#include "myo/atlas/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "myo/engine/file_writing.hpp"

namespace myo::atlas {

Status writeFileAtomically(const std::filesystem::path& requested, std::string_view text) {
  // The same rule as every other writer: only a regular file is replaced, a link is written through.
  const Result<std::filesystem::path> target = replaceableTarget(requested);
  if (!target) return target.error();
  const std::filesystem::path& file = *target;
  std::filesystem::path temporary = file;
  temporary += ".tmp-" + std::to_string(::getpid());
  const auto failed = [&](const std::string& what, int error) {
    ::unlink(temporary.c_str());
    return Status(Error{requested.string() + ": " + what + ": " + std::strerror(error) + "; the file is unchanged"});
  };
  // Sessions hold a client's health information: readable by the user only.
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) return Status(Error{requested.string() + ": cannot be written (cannot create " + temporary.string() +
                                  ": " + std::strerror(errno) + "); the file is unchanged"});
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

}  // namespace myo::atlas
