#include "render_setup.hpp"

#include "default_scene.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/engine/snapshot.hpp"

namespace myo::cli {

Result<atlas::AtlasScene> loadRenderScene(const std::string& model, atlas::SkinMapping mapping) {
  Result<Scene> scene = loadSceneOrDefault(model);
  if (!scene) return scene.error();
  return atlas::makeAtlasScene(std::move(*scene), atlas::defaultAnatomyFolder(), mapping);
}

Result<Image> drawStagedStep(SnapshotRenderer& snapshots, const atlas::AtlasScene& scene, const atlas::KnowledgeBase* kb,
                             const atlas::StagedStep& staged, PictureSize size, Colormap colormap) {
  SnapshotRequest request{.width = size.width, .height = size.height, .camera = staged.camera};
  request.settings.colormap = colormap;
  return snapshots.render(request, atlas::sceneLook(scene, kb, staged.view));
}

}  // namespace myo::cli
