#include "io/assimp_io.hpp"

#include <algorithm>
#include <cstring>
#include <system_error>

#include "io/file_access.hpp"

namespace myo::io {

namespace {

// A whole file in memory, read-only (shared: Assimp may open the same file several times).
class BytesStream : public Assimp::IOStream {
 public:
  explicit BytesStream(std::shared_ptr<const std::vector<std::uint8_t>> bytes)
      : shared_(std::move(bytes)), bytes_(*shared_) {}

  size_t Read(void* buffer, size_t size, size_t count) override {
    if (size == 0 || count == 0) return 0;
    const size_t available = (bytes_.size() - position_) / size;
    const size_t items = std::min(count, available);
    std::memcpy(buffer, bytes_.data() + position_, items * size);
    position_ += items * size;
    return items;
  }
  size_t Write(const void*, size_t, size_t) override { return 0; }
  aiReturn Seek(size_t offset, aiOrigin origin) override {
    size_t target = 0;
    switch (origin) {
      case aiOrigin_SET: target = offset; break;
      case aiOrigin_CUR: target = position_ + offset; break;
      // Assimp passes a negative offset as a wrapped size_t; the unsigned sum wraps back.
      case aiOrigin_END: target = bytes_.size() + offset; break;
      default: return aiReturn_FAILURE;
    }
    if (target > bytes_.size()) return aiReturn_FAILURE;
    position_ = target;
    return aiReturn_SUCCESS;
  }
  size_t Tell() const override { return position_; }
  size_t FileSize() const override { return bytes_.size(); }
  void Flush() override {}

 private:
  std::shared_ptr<const std::vector<std::uint8_t>> shared_;
  const std::vector<std::uint8_t>& bytes_;
  size_t position_ = 0;
};

}  // namespace

bool ConfinedIOSystem::Exists(const char* file) const {
  if (file != nullptr && preloaded_ && preloadedPath_ == file) return true;
  if (file == nullptr || !staysInside(folder_, file)) return false;
  std::error_code ec;
  return std::filesystem::is_regular_file(file, ec);
}

Assimp::IOStream* ConfinedIOSystem::Open(const char* file, const char* mode) {
  if (file == nullptr) return nullptr;
  const std::string name = file;
  if (mode != nullptr && (std::strchr(mode, 'w') != nullptr || std::strchr(mode, 'a') != nullptr ||
                          std::strchr(mode, '+') != nullptr))
    return nullptr;  // loading never writes
  if (preloaded_ && name == preloadedPath_) return new BytesStream(preloaded_);
  if (!staysInside(folder_, name)) {
    refused_.push_back(inQuotes(name) + " is outside the model's folder; models may only refer to files in their own folder");
    return nullptr;
  }
  std::error_code ec;
  if (!std::filesystem::is_regular_file(name, ec)) return nullptr;  // Assimp reports or tolerates it
  const std::uintmax_t size = std::filesystem::file_size(name, ec);
  if (!ec && size > maxBytes_) {
    refused_.push_back(inQuotes(name) + " is " + describeBytes(size) + ", over the " + describeBytes(maxBytes_) +
                       " limit for model files");
    return nullptr;
  }
  Result<std::vector<std::uint8_t>> bytes = readFileLimited(name, maxBytes_);
  if (!bytes) return nullptr;  // empty or unreadable: Assimp says the file cannot be read
  return new BytesStream(std::make_shared<const std::vector<std::uint8_t>>(std::move(*bytes)));
}

void ConfinedIOSystem::Close(Assimp::IOStream* stream) { delete stream; }

}  // namespace myo::io
