#include "io/file_access.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>
#include <utility>

namespace myo::io {

namespace fs = std::filesystem;

std::string inQuotes(std::string_view text) {
  std::string out;
  out.reserve(text.size() + 2);
  out += '\'';
  out += text;
  out += '\'';
  return out;
}

std::string describeBytes(std::uint64_t bytes) {
  const char* units[] = {"bytes", "KiB", "MiB", "GiB", "TiB"};
  double value = static_cast<double>(bytes);
  int unit = 0;
  while (value >= 1024.0 && unit < 4) {
    value /= 1024.0;
    ++unit;
  }
  char text[48];
  if (unit == 0)
    std::snprintf(text, sizeof text, "%llu bytes", static_cast<unsigned long long>(bytes));
  else
    std::snprintf(text, sizeof text, "%.1f %s", value, units[unit]);
  return text;
}

Status checkFileBeforeReading(const fs::path& path, std::uint64_t maxBytes) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec == std::errc::too_many_symbolic_link_levels) return Error{"is a symbolic link that leads round in a loop"};
  if (ec == std::errc::permission_denied) return Error{"cannot be read: permission denied"};
  if (ec || !fs::exists(status)) return Error{"no such file"};
  if (fs::is_directory(status)) return Error{"is a folder, not a file"};
  if (fs::is_fifo(status)) return Error{"is a FIFO (named pipe), not a regular file"};
  if (fs::is_character_file(status) || fs::is_block_file(status)) return Error{"is a device, not a regular file"};
  if (!fs::is_regular_file(status)) return Error{"is not a regular file"};
  const std::uintmax_t size = fs::file_size(path, ec);
  if (ec) return Error{"cannot read the file size: " + ec.message()};
  if (size == 0) return Error{"the file is empty"};
  if (size > maxBytes) return Error{overTheLimit(size, maxBytes)};
  return {};
}

std::string overTheLimit(std::uint64_t size, std::uint64_t maxBytes) {
  std::string sizeText = describeBytes(size);
  std::string limitText = describeBytes(maxBytes);
  // "1.0 GiB, over the 1.0 GiB limit" said nothing: where rounding hides the difference, the bytes.
  if (sizeText == limitText) {
    sizeText = std::to_string(size) + " bytes";
    limitText = std::to_string(maxBytes) + "-byte";
  }
  return "the file is " + sizeText + ", over the " + limitText + " limit for model files";
}

Result<ReadOnlyFile> ReadOnlyFile::open(const fs::path& path, std::uint64_t maxBytes) {
  if (Status ok = checkFileBeforeReading(path, maxBytes); !ok) return ok.error();
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Error{std::string("cannot open the file: ") + std::strerror(errno)};
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode)) {
    ::close(fd);
    return Error{"is not a regular file"};
  }
  // Check again on the opened file: the path may have been swapped after the first check.
  const auto size = static_cast<std::uint64_t>(info.st_size);
  if (size == 0) {
    ::close(fd);
    return Error{"the file is empty"};
  }
  if (size > maxBytes) {
    ::close(fd);
    return Error{overTheLimit(size, maxBytes)};
  }
  return ReadOnlyFile(fd, size);
}

ReadOnlyFile::ReadOnlyFile(ReadOnlyFile&& other) noexcept
    : fd_(std::exchange(other.fd_, -1)), size_(other.size_) {}

ReadOnlyFile& ReadOnlyFile::operator=(ReadOnlyFile&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = std::exchange(other.fd_, -1);
    size_ = other.size_;
  }
  return *this;
}

ReadOnlyFile::~ReadOnlyFile() {
  if (fd_ >= 0) ::close(fd_);
}

Status ReadOnlyFile::readAt(std::uint64_t offset, void* destination, std::size_t count) const {
  if (offset > size_ || count > size_ - offset)
    return Error{"a read of " + std::to_string(count) + " bytes at byte " + std::to_string(offset) +
                 " would pass the end of the " + std::to_string(size_) + "-byte file"};
  auto* out = static_cast<std::uint8_t*>(destination);
  while (count > 0) {
    const ::ssize_t got = ::pread(fd_, out, count, static_cast<::off_t>(offset));
    if (got < 0 && errno == EINTR) continue;
    if (got < 0) return Error{std::string("reading failed: ") + std::strerror(errno)};
    if (got == 0) return Error{"the file shrank while it was read"};
    out += got;
    offset += static_cast<std::uint64_t>(got);
    count -= static_cast<std::size_t>(got);
  }
  return {};
}

Result<std::vector<std::uint8_t>> readFileLimited(const fs::path& path, std::uint64_t maxBytes) {
  Result<ReadOnlyFile> file = ReadOnlyFile::open(path, maxBytes);
  if (!file) return file.error();
  std::vector<std::uint8_t> bytes(static_cast<std::size_t>(file->size()));
  if (Status ok = file->readAt(0, bytes.data(), bytes.size()); !ok) return ok.error();
  return bytes;
}

namespace {

bool hasUrlScheme(std::string_view text) {
  // RFC 3986 scheme: a letter, then letters, digits, '+', '-', '.', then ':'. One letter followed by
  // ':' is a Windows drive ("C:"), refused as well.
  if (text.empty() || !std::isalpha(static_cast<unsigned char>(text[0]))) return false;
  for (char c : text) {
    if (c == ':') return true;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

bool startsWith(const fs::path& path, const fs::path& prefix) {
  auto p = path.begin();
  for (auto q = prefix.begin(); q != prefix.end(); ++q, ++p) {
    if (q->empty()) continue;  // trailing separator of the prefix
    if (p == path.end() || *p != *q) return false;
  }
  return true;
}

}  // namespace

bool staysInside(const fs::path& folder, const fs::path& file) {
  std::error_code ec;
  const fs::path base = fs::absolute(folder, ec).lexically_normal();
  if (ec) return false;
  const fs::path target = fs::absolute(file, ec).lexically_normal();
  if (ec || !startsWith(target, base)) return false;
  if (!fs::exists(target, ec)) return true;
  const fs::path realBase = fs::weakly_canonical(base, ec);
  if (ec) return false;
  const fs::path realTarget = fs::weakly_canonical(target, ec);
  return !ec && startsWith(realTarget, realBase);
}

Result<fs::path> resolveReference(const fs::path& folder, std::string_view reference) {
  const std::string name = inQuotes(reference);
  if (reference.empty()) return Error{"a file reference is empty"};
  if (reference.find('\0') != std::string_view::npos)
    return Error{"the file reference " + name + " contains a NUL character"};
  if (reference.front() == '/' || reference.front() == '\\')
    return Error{"the file reference " + name +
                 " is an absolute path; models may only refer to files in their own folder"};
  if (hasUrlScheme(reference))
    return Error{"the file reference " + name +
                 " is a URL or a drive path; models may only refer to files in their own folder"};
  // Both separators count: a Windows-made model may use backslashes.
  std::size_t start = 0;
  while (start <= reference.size()) {
    std::size_t end = reference.find_first_of("/\\", start);
    if (end == std::string_view::npos) end = reference.size();
    if (reference.substr(start, end - start) == "..")
      return Error{"the file reference " + name +
                   " goes up with '..'; models may only refer to files in their own folder"};
    start = end + 1;
  }

  std::string relative(reference);
  for (char& c : relative)
    if (c == '\\') c = '/';
  const fs::path candidate = (folder / relative).lexically_normal();

  // A symbolic link inside the folder may still point elsewhere: compare real locations when the
  // file exists (a missing file is reported by whoever opens it).
  std::error_code ec;
  if (fs::exists(candidate, ec)) {
    const fs::path realFolder = fs::weakly_canonical(folder, ec);
    const fs::path realFile = ec ? fs::path() : fs::weakly_canonical(candidate, ec);
    if (ec || !startsWith(realFile, realFolder))
      return Error{"the file reference " + name +
                   " leads outside the model's folder (through a symbolic link)"};
  }
  return candidate;
}

}  // namespace myo::io
