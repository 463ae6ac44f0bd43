#include "render_setup.hpp"

#include <optional>

#include "default_scene.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/body_labels.hpp"
#include "myo/atlas/label_picture.hpp"
#include "myo/engine/snapshot.hpp"

namespace myo::cli {

Result<atlas::AtlasScene> loadRenderScene(const std::string& model, atlas::SkinMapping mapping) {
  Result<Scene> scene = loadSceneOrDefault(model);
  if (!scene) return scene.error();
  return atlas::makeAtlasScene(std::move(*scene), atlas::defaultAnatomyFolder(), mapping);
}

Result<Image> drawStagedStep(SnapshotRenderer& snapshots, const atlas::AtlasScene& scene, const atlas::KnowledgeBase* kb,
                             const atlas::StagedStep& staged, PictureSize size, Colormap colormap, float labelPixels) {
  SnapshotRequest request{.width = size.width, .height = size.height, .camera = staged.camera};
  request.settings.colormap = colormap;
  const SceneLook look = atlas::sceneLook(scene, kb, staged.view);
  Result<Image> picture = snapshots.render(request, look);
  if (!picture || !staged.labels.any()) return picture;
  const std::vector<atlas::BodyLabel> labels = labelsOfStagedStep(snapshots, scene, kb, staged, size, labelPixels);
  return atlas::drawLabels(*picture, atlas::placedOf(labels), labelPixels);
}

std::vector<atlas::BodyLabel> labelsOfStagedStep(SnapshotRenderer& snapshots, const atlas::AtlasScene& scene,
                                                 const atlas::KnowledgeBase* kb, const atlas::StagedStep& staged,
                                                 PictureSize size, float labelPixels) {
  if (!staged.labels.any()) return {};
  const SnapshotRequest request{.width = size.width, .height = size.height, .camera = staged.camera};
  const IdImage ids = snapshots.renderIds(request, atlas::sceneLook(scene, kb, staged.view));
  // With a layer hidden, the same camera with every layer tells which muscles show from the inside.
  std::optional<IdImage> withEveryLayer;
  if (const std::optional<atlas::AtlasView> every = atlas::everyLayerView(staged.view))
    withEveryLayer = snapshots.renderIds(request, atlas::sceneLook(scene, kb, *every));
  return atlas::labelBody(scene, kb, ids, staged.labels.muscles, atlas::labelTextMeasure(labelPixels),
                          std::nullopt, withEveryLayer ? &*withEveryLayer : nullptr);
}

}  // namespace myo::cli
