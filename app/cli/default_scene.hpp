#pragma once
// The scene a command shows: the model file the user named, or the built-in body when none.

#include <filesystem>
#include <string>

#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"

namespace myo::cli {

Result<Scene> loadSceneOrDefault(const std::string& modelPath);

// The body the build baked (build/assets/body.glb), or empty in a build without one.
std::filesystem::path bakedBodyFile();

}  // namespace myo::cli
