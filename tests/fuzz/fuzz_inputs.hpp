#pragma once
// How a fuzz input becomes the file the program would open. Shared by the fuzz targets and by the
// regression test (tests/unit/fuzz_regression_test.cpp), so that a saved input is replayed exactly
// as the fuzzer ran it.
//
//   gltf:      the input is the file: model.glb when it starts with the binary magic, else model.gltf.
//   assimp:    the first byte chooses the extension (kAssimpExtensions[byte % count]), the rest is the file.
//   knowledge: the first byte chooses which file of a real knowledge base it replaces (KnowledgeScratch).

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "myo/atlas/knowledge_files.hpp"

namespace myo::fuzz {

inline void writeInput(const std::filesystem::path& file, const std::uint8_t* data, std::size_t size) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
}

inline std::string readText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline std::filesystem::path writeGltfInput(const std::filesystem::path& folder, const std::uint8_t* data,
                                            std::size_t size) {
  const bool binary = size >= 4 && std::memcmp(data, "glTF", 4) == 0;
  const std::filesystem::path file = folder / (binary ? "model.glb" : "model.gltf");
  writeInput(file, data, size);
  return file;
}

// The other formats the program is documented to read, as seen by their extension. The order is
// the seed prefix byte scripts/fuzz writes (0 obj, 1 stl, 2 ply, 3 fbx).
inline constexpr const char* kAssimpExtensions[] = {"obj", "stl", "ply", "fbx"};
inline constexpr std::size_t kAssimpExtensionCount = sizeof kAssimpExtensions / sizeof kAssimpExtensions[0];

// Removes the files of earlier inputs (which may have had another extension) and writes this one.
inline std::optional<std::filesystem::path> writeAssimpInput(const std::filesystem::path& folder,
                                                             const std::uint8_t* data, std::size_t size) {
  if (size < 1) return std::nullopt;
  std::error_code ec;
  for (const char* extension : kAssimpExtensions) std::filesystem::remove(folder / (std::string("model.") + extension), ec);
  const std::filesystem::path file = folder / (std::string("model.") + kAssimpExtensions[data[0] % kAssimpExtensionCount]);
  writeInput(file, data + 1, size - 1);
  return file;
}

// A knowledge base in `folder` made of real files (one muscle record, the regions, the references,
// the muscle list) of which the input replaces one.
class KnowledgeScratch {
 public:
  KnowledgeScratch(const std::filesystem::path& folder, const std::filesystem::path& realAssets)
      : folder_(folder) {
    const atlas::KnowledgeFiles real = atlas::KnowledgeFiles::in(realAssets);
    const atlas::KnowledgeFiles scratch = atlas::KnowledgeFiles::in(folder);
    std::filesystem::create_directories(scratch.musclesDir);
    files_ = {{scratch.muscleFile("trapezius"), readText(real.muscleFile("trapezius"))},
              {scratch.regions, readText(real.regions)},
              {scratch.references, readText(real.references)},
              {scratch.muscleList, readText(real.muscleList)}};
  }

  const std::filesystem::path& assetsDir() const { return folder_; }

  // The file the input went into, or nothing for an empty input.
  std::optional<std::filesystem::path> write(const std::uint8_t* data, std::size_t size) const {
    if (size < 1) return std::nullopt;
    const std::size_t chosen = data[0] % files_.size();
    for (std::size_t i = 0; i < files_.size(); ++i) {
      if (i == chosen) {
        writeInput(files_[i].file, data + 1, size - 1);
      } else {
        std::ofstream out(files_[i].file, std::ios::binary | std::ios::trunc);
        out << files_[i].pristine;
      }
    }
    return files_[chosen].file;
  }

 private:
  struct Replaceable {
    std::filesystem::path file;
    std::string pristine;
  };
  std::filesystem::path folder_;
  std::vector<Replaceable> files_;
};

}  // namespace myo::fuzz
