#include "myo/engine/scene_look.hpp"

namespace myo {

std::vector<SceneItem> sceneItems(const Scene& scene) {
  std::vector<SceneItem> items;
  for (int n = 0; n < int(scene.nodes.size()); ++n)
    for (int part : scene.nodes[n].parts) items.push_back({n, part});
  return items;
}

std::vector<ItemStyle> materialStyles(const Scene& scene) {
  std::vector<ItemStyle> styles;
  for (const SceneItem& item : sceneItems(scene)) {
    ItemStyle style;
    const int m = scene.parts[item.part].material;
    if (m >= 0 && m < int(scene.materials.size())) style.color = scene.materials[m].baseColor;
    styles.push_back(style);
  }
  return styles;
}

}  // namespace myo
