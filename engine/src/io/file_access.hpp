#pragma once
// Reading untrusted model files and the files they refer to.
//
// readFileLimited: the size is checked before a byte is read, and the read stops at the limit even
// if the file grows meanwhile. resolveReference: a buffer, image or material library named inside
// a model must be a relative path that stays in the model's folder (no absolute paths, no URL
// schemes, no `..`, no symbolic link leading out), so a downloaded model cannot read other files.
//
// Errors are plain reasons without the model's path; the caller prefixes it.

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "myo/engine/result.hpp"

namespace myo::io {

// 'text' with single quotes, for naming a reference in a message. (Built by appending: GCC 12
// misreports `"'" + std::string(...)` under -Wrestrict.)
std::string inQuotes(std::string_view text);

// "2.4 MB", "1.0 GiB": sizes for people.
std::string describeBytes(std::uint64_t bytes);

// "the file is 1.2 GiB, over the 1.0 GiB limit for model files"; in bytes where rounding would
// make the two look equal.
std::string overTheLimit(std::uint64_t size, std::uint64_t maxBytes);

// A file opened for reading. Its size is taken once, at opening, after the same checks as
// readFileLimited; reads never go past it, so what was checked is what is parsed even if the file
// changes meanwhile (a read that comes up short is an error, not a crash). Move-only.
class ReadOnlyFile {
 public:
  static Result<ReadOnlyFile> open(const std::filesystem::path& path, std::uint64_t maxBytes);
  ReadOnlyFile(ReadOnlyFile&& other) noexcept;
  ReadOnlyFile& operator=(ReadOnlyFile&& other) noexcept;
  ReadOnlyFile(const ReadOnlyFile&) = delete;
  ReadOnlyFile& operator=(const ReadOnlyFile&) = delete;
  ~ReadOnlyFile();

  std::uint64_t size() const { return size_; }
  // Exactly `count` bytes from `offset` into `destination`.
  Status readAt(std::uint64_t offset, void* destination, std::size_t count) const;

 private:
  ReadOnlyFile(int fd, std::uint64_t size) : fd_(fd), size_(size) {}
  int fd_ = -1;
  std::uint64_t size_ = 0;
};

// The whole file, or a reason: missing, a folder, empty, over `maxBytes`, unreadable.
Result<std::vector<std::uint8_t>> readFileLimited(const std::filesystem::path& path,
                                                  std::uint64_t maxBytes);

// Only the size and kind checks of readFileLimited, for files another library will read.
Status checkFileBeforeReading(const std::filesystem::path& path, std::uint64_t maxBytes);

// `reference` as written in the model (already percent-decoded), resolved against `folder`.
// Refuses what could leave the folder; does not require the file to exist.
Result<std::filesystem::path> resolveReference(const std::filesystem::path& folder,
                                               std::string_view reference);

// True when `file` (relative to the working directory, or absolute) lies inside `folder`, both
// lexically and after following symbolic links of a file that exists.
bool staysInside(const std::filesystem::path& folder, const std::filesystem::path& file);

}  // namespace myo::io
