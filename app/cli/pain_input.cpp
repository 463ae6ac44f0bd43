#include "pain_input.hpp"

#include "default_scene.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/did_you_mean.hpp"

namespace myo::cli {

Status checkRegionIds(const atlas::KnowledgeBase& kb, const std::vector<std::string>& ids) {
  if (ids.empty()) return Error{"no region given: add --region ID[,ID...] (`myoatlas regions` lists them)"};
  for (const std::string& id : ids) {
    if (kb.regions().find(id) != nullptr) continue;
    std::string message = "unknown region '" + id + "'";
    const std::vector<std::string> near = atlas::nearestRegionIds(kb.regions(), id);
    if (near.empty()) {
      message += "; `myoatlas regions` lists them all";
    } else {
      message += atlas::didYouMean(near) + "?";
    }
    return Error{message};
  }
  return {};
}

Result<atlas::AtlasScene> loadBodyWithSkin() {
  Result<Scene> scene = loadSceneOrDefault("");
  if (!scene) return scene.error();
  Result<atlas::AtlasScene> body = atlas::makeAtlasScene(std::move(*scene), atlas::defaultAnatomyFolder());
  if (!body) return body.error();
  if (!body->skin) return Error{"the built-in body has no skin to compare pain on"};
  return body;
}

}  // namespace myo::cli
