#include "myo/atlas/view_choice.hpp"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "myo/atlas/structure_bounds.hpp"

namespace myo::atlas {

namespace {

constexpr float kFrameMargin = 1.3f;
constexpr float kMinimumFrameHalf = 0.08f;  // metres
constexpr float kBoneSearchMargin = 0.03f;  // metres around the structure where its bones lie
// A side view only when the structure lies clearly more beside its bones than before or behind.
constexpr float kSideViewPreference = 1.5f;

// The preset whose eye lies along this direction from the body, among the four around it.
ViewPreset presetToward(glm::vec3 direction, float sidePreference) {
  if (std::abs(direction.x) > sidePreference * std::abs(direction.z))
    return direction.x > 0.0f ? ViewPreset::Left : ViewPreset::Right;  // the person's left is +X
  return direction.z >= 0.0f ? ViewPreset::Anterior : ViewPreset::Posterior;
}

template <class Visit>
void forEachVertex(const Scene& scene, int node, Visit visit) {
  const Node& n = scene.nodes[node];
  for (int part : n.parts)
    for (const glm::vec3& p : scene.parts[part].mesh.positions) visit(glm::vec3(n.world * glm::vec4(p, 1.0f)));
}

}  // namespace

Bounds paintedFrame(const AtlasScene& atlas, const AtlasView& view) {
  Bounds painted;
  if (!atlas.skin) return painted;
  const std::vector<glm::vec3>& positions = atlas.skin->mesh().positions;
  const std::vector<glm::vec2> heat = skinHeat(atlas, view);
  for (std::size_t v = 0; v < heat.size() && v < positions.size(); ++v)
    if (heat[v].x > 0.5f || heat[v].y > 0.5f) painted.add(positions[v]);
  if (painted.empty()) return painted;
  const glm::vec3 centre = painted.center();
  const glm::vec3 size = painted.size();
  const float half = std::max(0.5f * std::max({size.x, size.y, size.z}) * kFrameMargin, kMinimumFrameHalf);
  Bounds frame;
  frame.add(centre - glm::vec3(half));
  frame.add(centre + glm::vec3(half));
  return frame;
}

ViewPreset viewFacingPainted(const AtlasScene& atlas, const AtlasView& view) {
  if (!atlas.skin) return ViewPreset::Anterior;
  const Mesh& skin = atlas.skin->mesh();
  const std::vector<glm::vec2> heat = skinHeat(atlas, view);
  glm::vec3 facing(0.0f);
  for (std::size_t v = 0; v < heat.size() && v < skin.normals.size(); ++v)
    facing += std::max(heat[v].x, 0.5f * heat[v].y) * skin.normals[v];
  // The front wins a tie: a patch on the flank is read as well from the front as from the side.
  return presetToward(facing, 1.0f);
}

glm::vec3 structureCentroid(const Scene& scene, const StructureIndex& index, std::string_view id, std::string_view side) {
  glm::dvec3 sum(0.0);
  std::size_t count = 0;
  for (int node : index.find(id, side))
    forEachVertex(scene, node, [&](glm::vec3 p) {
      sum += glm::dvec3(p);
      ++count;
    });
  return count > 0 ? glm::vec3(sum / double(count)) : glm::vec3(0.0f);
}

ViewPreset viewFacingStructure(const Scene& scene, const StructureIndex& index, std::string_view id,
                               std::string_view side) {
  const Bounds box = structureBounds(scene, index, id, side);
  if (box.empty()) return ViewPreset::Anterior;
  const glm::vec3 centre = structureCentroid(scene, index, id, side);
  const glm::vec3 low = box.min - glm::vec3(kBoneSearchMargin), high = box.max + glm::vec3(kBoneSearchMargin);
  glm::dvec3 boneSum(0.0);
  std::size_t boneCount = 0;
  for (std::size_t node = 0; node < index.size(); ++node) {
    if (index.node(int(node)).kind != StructureKind::Bone) continue;
    forEachVertex(scene, int(node), [&](glm::vec3 p) {
      if (glm::all(glm::greaterThanEqual(p, low)) && glm::all(glm::lessThanEqual(p, high))) {
        boneSum += glm::dvec3(p);
        ++boneCount;
      }
    });
  }
  const glm::vec3 inside = boneCount > 0 ? glm::vec3(boneSum / double(boneCount)) : scene.bounds().center();
  return presetToward(centre - inside, kSideViewPreference);
}

}  // namespace myo::atlas
