#pragma once
// glTF 2.0 (.gltf and .glb) into a Scene through tinygltf. The file is opened under the size limit;
// a .glb's binary chunk is never read whole but accessor by accessor into the meshes (see
// gltf_accessor.hpp). Errors are plain reasons that loadModel prefixes with the path. Normals and
// the finite-position check are done afterwards by finishScene.

#include <filesystem>

#include "myo/engine/model_loader.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"

namespace myo::io {

Result<Scene> loadGltf(const std::filesystem::path& path, const LoadOptions& options);

}  // namespace myo::io
