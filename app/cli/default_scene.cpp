#include "default_scene.hpp"

#include <filesystem>

#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/body_model.hpp"
#include "myo/engine/model_loader.hpp"

namespace myo::cli {

namespace {

// The body baked by the build (fast to load); built in memory from assets/anatomy when the
// baked file is missing or unreadable (a few seconds).
Result<Scene> builtInBody() {
#ifdef MYO_BAKED_BODY
  const std::filesystem::path baked(MYO_BAKED_BODY);
  std::error_code ec;
  if (std::filesystem::exists(baked, ec)) {
    Result<Scene> scene = loadModel(baked);
    if (scene) return scene;
  }
#endif
  Result<atlas::AnatomyDescription> description = atlas::loadAnatomy(atlas::defaultAnatomyFolder());
  if (!description) return description.error();
  Result<atlas::BodyModel> body = atlas::buildBodyModel(*description);
  if (!body) return body.error();
  return atlas::toScene(*body);
}

}  // namespace

Result<Scene> loadSceneOrDefault(const std::string& modelPath) {
  if (modelPath.empty()) return builtInBody();
  return loadModel(modelPath);
}

}  // namespace myo::cli
