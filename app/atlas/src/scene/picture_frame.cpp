#include "myo/atlas/picture_frame.hpp"

#include <algorithm>
#include <vector>

#include <glm/common.hpp>

#include "myo/atlas/structure_bounds.hpp"

namespace myo::atlas {

namespace {
constexpr float kFrameMargin = 1.3f;
constexpr float kMinimumFrameHalf = 0.08f;  // metres
// A vertex counts as painted when its heat (essential or spillover) is over this.
constexpr float kPaintedHeat = 0.5f;
}  // namespace

Bounds frameAround(const Bounds& subject) {
  if (subject.empty()) return subject;
  const glm::vec3 centre = subject.center();
  const glm::vec3 half = glm::max(0.5f * subject.size() * kFrameMargin, glm::vec3(kMinimumFrameHalf));
  Bounds frame;
  frame.add(centre - half);
  frame.add(centre + half);
  return frame;
}

Bounds paintedFrame(const AtlasScene& atlasScene, const AtlasView& view) {
  return frameAround(paintedBounds(atlasScene, view));
}

Bounds paintedBounds(const AtlasScene& atlasScene, const AtlasView& view) {
  Bounds painted;
  if (!atlasScene.skin) return painted;
  const std::vector<glm::vec3>& positions = atlasScene.skin->mesh().positions;
  const std::vector<glm::vec2> heat = skinHeat(atlasScene, view);
  for (std::size_t v = 0; v < heat.size() && v < positions.size(); ++v)
    if (heat[v].x > kPaintedHeat || heat[v].y > kPaintedHeat) painted.add(positions[v]);
  return painted;
}

Bounds selectionBounds(const AtlasScene& atlasScene, std::span<const StructureRef> selection) {
  Bounds box;
  for (const StructureRef& ref : selection) {
    const Bounds one = structureBounds(atlasScene.scene, atlasScene.index, ref.id, ref.side);
    if (!one.empty()) box.add(one);
  }
  return box;
}

}  // namespace myo::atlas
