#include "default_scene.hpp"

#include "myo/atlas/mannequin.hpp"
#include "myo/engine/model_loader.hpp"

namespace myo::cli {

Result<Scene> loadSceneOrDefault(const std::string& modelPath) {
  if (modelPath.empty()) return atlas::buildMannequin();
  return loadModel(modelPath);
}

}  // namespace myo::cli
