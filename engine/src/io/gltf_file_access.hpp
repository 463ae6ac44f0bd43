#pragma once
// tinygltf's file-system callbacks, confined to the model's folder.
//
// tinygltf asks for external buffers and images through these callbacks (we give it an empty base
// folder, so each call receives the URI as written, percent-decoded). Each reference goes through
// resolveReference (no absolute paths, URLs, `..` or links out of the folder) and readFileLimited
// (size limit before reading). tinygltf's own default callbacks would also search the current
// directory and expand `~`; ours do neither.
//
// What went wrong is recorded here rather than in tinygltf's error text, so the loader can say it
// in plain words: `refused` makes the whole file fail (an attempt to leave the folder, a file over
// the limit); `missing` fails the file for buffers (tinygltf stops) and is a warning for images.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "io/tinygltf.hpp"

namespace myo::io {

class GltfFileAccess {
 public:
  GltfFileAccess(std::filesystem::path folder, std::uint64_t maxBytes)
      : folder_(std::move(folder)), maxBytes_(maxBytes) {}
  GltfFileAccess(const GltfFileAccess&) = delete;  // the callbacks point at this object
  GltfFileAccess& operator=(const GltfFileAccess&) = delete;

  tinygltf::FsCallbacks callbacks();

  const std::vector<std::string>& refused() const { return refused_; }
  const std::vector<std::string>& missing() const { return missing_; }

 private:
  static bool fileExists(const std::string& name, void* self);
  static std::string expandFilePath(const std::string& name, void* self);
  static bool readWholeFile(std::vector<unsigned char>* out, std::string* err, const std::string& name,
                            void* self);
  static bool writeWholeFile(std::string* err, const std::string& name,
                             const std::vector<unsigned char>& contents, void* self);

  void note(std::vector<std::string>& list, std::string message);

  std::filesystem::path folder_;
  std::uint64_t maxBytes_;
  std::vector<std::string> refused_;
  std::vector<std::string> missing_;
};

}  // namespace myo::io
