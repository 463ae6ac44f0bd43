#pragma once
// How a fuzz input becomes the file the program would open. Shared by the fuzz targets and by the
// regression test (tests/unit/fuzz_regression_test.cpp), so that a saved input is replayed exactly
// as the fuzzer ran it.
//
//   gltf:      the input is the file: model.glb when it starts with the binary magic, else model.gltf.
//   assimp:    the first byte chooses the extension (kAssimpExtensions[byte % count]), the rest is the file.
//   knowledge: the first byte chooses which file of a real knowledge base it replaces
//              (KnowledgeScratch, fuzz_knowledge_inputs.hpp).

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>


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

}  // namespace myo::fuzz
