#pragma once
// loadModel: any supported model file into a Scene. glTF 2.0 (.gltf, .glb) goes through tinygltf,
// every other format through Assimp; neither library's types leave engine/src/io.
//
// Files are treated as untrusted: sizes are checked before reading, every accessor and index is
// bounds-checked, external references may not leave the model's folder, and every failure is an
// Error whose message starts with the file's path and says what is wrong.
//
//   myo::Result<myo::Scene> scene = myo::loadModel("body.glb");
//   if (!scene) { std::cerr << scene.error().message << '\n'; return 2; }

#include <cstdint>
#include <filesystem>

#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"

namespace myo {

struct LoadOptions {
  std::uint64_t maxFileBytes = std::uint64_t{1} << 30;  // files larger than this are refused unread
  // Models with more triangles than this are refused, before the costly steps where the format
  // allows: drawing and picking them on a software renderer would take minutes a frame.
  std::uint64_t maxTriangles = 4'000'000;
  float normalCreaseDegrees = 60.0f;  // used where normals are generated
};

Result<Scene> loadModel(const std::filesystem::path& path, const LoadOptions& options = {});

}  // namespace myo
