#include "default_scene.hpp"

#include <filesystem>

#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/baked_body.hpp"
#include "myo/engine/model_loader.hpp"

namespace myo::cli {

std::filesystem::path bakedBodyFile() {
#ifdef MYO_BAKED_BODY
  return MYO_BAKED_BODY;
#else
  return {};
#endif
}

namespace {

// The body baked by the build (fast to load) while it matches assets/anatomy; built in memory
// from the description otherwise (a few seconds).
Result<Scene> builtInBody() { return atlas::bakedOrBuiltBody(atlas::defaultAnatomyFolder(), bakedBodyFile()); }

}  // namespace

Result<Scene> loadSceneOrDefault(const std::string& modelPath) {
  if (modelPath.empty()) return builtInBody();
  return loadModel(modelPath);
}

}  // namespace myo::cli
