#pragma once
// The scene a command shows: the model file the user named, or the built-in body when none.

#include <string>

#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"

namespace myo::cli {

Result<Scene> loadSceneOrDefault(const std::string& modelPath);

}  // namespace myo::cli
