#pragma once
// Every non-glTF format (OBJ + MTL, FBX, STL, PLY, COLLADA, 3DS, ...) into a Scene through Assimp,
// with post-processing that triangulates, joins identical vertices, splits meshes by primitive type
// and validates the result. Assimp reads files only through ConfinedIOSystem (assimp_io.hpp).
// Errors are plain reasons; loadModel prefixes the path. Normals are left to finishScene.

#include <filesystem>

#include "myo/engine/model_loader.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"

namespace myo::io {

Result<Scene> loadWithAssimp(const std::filesystem::path& path, const LoadOptions& options);

}  // namespace myo::io
