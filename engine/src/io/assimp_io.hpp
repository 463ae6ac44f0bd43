#pragma once
// Assimp's file access for one model, confined like glTF's: Assimp opens the model itself and any
// companion file it names (an OBJ's .mtl, ...) only through this class, which
//  - refuses any file outside the model's folder (after `..` and symbolic links are resolved),
//  - reads each file whole through readFileLimited, so the size limit holds before a byte is
//    parsed and a file growing meanwhile changes nothing,
//  - never writes.
// The model file itself is read once by the loader (under the limit, checked) and handed over with
// preload(), so Assimp parses exactly the bytes that were checked.
// Refusals are recorded so the loader can fail the file with a plain reason (Assimp itself would
// only say that a material library is missing).

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wshadow"
#include <assimp/IOStream.hpp>
#include <assimp/IOSystem.hpp>
#pragma GCC diagnostic pop

namespace myo::io {

class ConfinedIOSystem : public Assimp::IOSystem {
 public:
  ConfinedIOSystem(std::filesystem::path folder, std::uint64_t maxBytes)
      : folder_(std::move(folder)), maxBytes_(maxBytes) {}

  // Serve `path` (exactly as Assimp will be given it) from these bytes.
  void preload(std::string path, std::vector<std::uint8_t> bytes) {
    preloadedPath_ = std::move(path);
    preloaded_ = std::make_shared<const std::vector<std::uint8_t>>(std::move(bytes));
  }

  bool Exists(const char* file) const override;
  char getOsSeparator() const override { return '/'; }
  Assimp::IOStream* Open(const char* file, const char* mode) override;
  void Close(Assimp::IOStream* stream) override;

  const std::vector<std::string>& refused() const { return refused_; }

 private:
  std::filesystem::path folder_;
  std::uint64_t maxBytes_;
  std::vector<std::string> refused_;
  std::string preloadedPath_;
  std::shared_ptr<const std::vector<std::uint8_t>> preloaded_;
};

}  // namespace myo::io
