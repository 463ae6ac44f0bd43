#include "myo/atlas/view_choice.hpp"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "myo/atlas/structure_bounds.hpp"
#include "myo/engine/bvh.hpp"

namespace myo::atlas {

namespace {

constexpr float kBoneSearchMargin = 0.03f;  // metres around the structure where its bones lie
// A side view only when the structure lies clearly more beside its bones than before or behind.
constexpr float kSideViewPreference = 3.0f;
constexpr std::size_t kSightSamples = 192;  // points of the structure whose line of sight is tested
constexpr float kSightStart = 0.002f;       // metres off the surface, so a ray does not hit where it starts
constexpr float kSightLength = 5.0f;        // metres: past the body whatever the direction
constexpr float kMidlineHalfWidth = 0.01f;  // metres: a structure this near x = 0 lies on the midline
// Shares of the structure in sight that a view is credited for being easy to read.
constexpr double kFrontOrBackBonus = 0.1;
constexpr double kOverBonesBonus = 0.1;

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

struct SurfacePoint {
  glm::vec3 position;
  glm::vec3 normal;  // unit, outward
};

template <class Visit>
void forEachSurfacePoint(const Scene& scene, int node, Visit visit) {
  const Node& n = scene.nodes[node];
  const glm::mat3 turn(n.world);
  for (int part : n.parts) {
    const Mesh& mesh = scene.parts[part].mesh;
    for (std::size_t v = 0; v < mesh.positions.size() && v < mesh.normals.size(); ++v)
      visit(SurfacePoint{glm::vec3(n.world * glm::vec4(mesh.positions[v], 1.0f)), glm::normalize(turn * mesh.normals[v])});
  }
}

struct Direction {
  ViewPreset preset;
  glm::vec3 towardEye;
};

// What stays in the way of a structure seen in x-ray: the bones, and the muscles as deep as it or
// deeper (those of the layers above it are ghosts), all but the structure itself.
Mesh occludersOf(const Scene& scene, const StructureIndex& index, std::string_view id, std::optional<Side> side,
                 Layer layer) {
  Mesh occluders;
  for (std::size_t node = 0; node < index.size(); ++node) {
    const StructureInfo& info = index.node(int(node));
    const bool itself = info.id == id && isOn(info, side);
    const bool inTheWay = info.kind == StructureKind::Bone || (info.kind == StructureKind::Muscle && info.layer >= layer);
    if (itself || !inTheWay) continue;
    const Node& n = scene.nodes[node];
    for (int part : n.parts) {
      const Mesh& mesh = scene.parts[part].mesh;
      const auto base = static_cast<std::uint32_t>(occluders.positions.size());
      for (const glm::vec3& p : mesh.positions) occluders.positions.push_back(glm::vec3(n.world * glm::vec4(p, 1.0f)));
      for (std::uint32_t i : mesh.indices) occluders.indices.push_back(base + i);
    }
  }
  occluders.normals.assign(occluders.positions.size(), glm::vec3(0.0f, 0.0f, 1.0f));  // unused by ray casts
  return occluders;
}

}  // namespace

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

glm::vec3 structureCentroid(const Scene& scene, const StructureIndex& index, std::string_view id,
                            std::optional<Side> side) {
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
                               std::optional<Side> side) {
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
  const ViewPreset overItsBones = presetToward(centre - inside, kSideViewPreference);

  // Then the direction from which most of the structure is in plain sight wins: the share of its
  // surface that faces the eye with nothing in the way, weighed by how squarely it faces it (its
  // area as the picture shows it). A point on the far side of the structure does not count as seen
  // through the structure itself. The front and the back, and the side over the bones, are read
  // more easily and win a near tie. A side view only from the structure's own side: from the other,
  // the other limb or half of the trunk is in the way.
  std::vector<SurfacePoint> samples;
  for (int node : index.find(id, side)) forEachSurfacePoint(scene, node, [&](const SurfacePoint& p) { samples.push_back(p); });
  const std::size_t stride = std::max<std::size_t>(1, samples.size() / kSightSamples);
  std::vector<Direction> directions{{ViewPreset::Anterior, {0, 0, 1}}, {ViewPreset::Posterior, {0, 0, -1}}};
  if (centre.x > -kMidlineHalfWidth) directions.push_back({ViewPreset::Left, {1, 0, 0}});
  if (centre.x < kMidlineHalfWidth) directions.push_back({ViewPreset::Right, {-1, 0, 0}});
  const TriangleBvh bvh(occludersOf(scene, index, id, side, index.node(index.find(id, side).front()).layer));
  std::vector<double> facingArea(directions.size(), 0.0), inSightArea(directions.size(), 0.0);
  for (std::size_t d = 0; d < directions.size(); ++d) {
    const glm::vec3 towardEye = directions[d].towardEye;
    for (std::size_t i = 0; i < samples.size(); i += stride) {
      const double facing = glm::dot(samples[i].normal, towardEye);
      if (facing <= 0.0) continue;
      facingArea[d] += facing;
      if (!bvh.nearest(samples[i].position + kSightStart * towardEye, towardEye, kSightLength)) inSightArea[d] += facing;
    }
  }
  const double largestFacing = std::max(*std::max_element(facingArea.begin(), facingArea.end()), 1e-9);
  ViewPreset best = overItsBones;
  double bestScore = -1.0;
  for (std::size_t d = 0; d < directions.size(); ++d) {
    const ViewPreset preset = directions[d].preset;
    const bool frontOrBack = preset == ViewPreset::Anterior || preset == ViewPreset::Posterior;
    const double score = inSightArea[d] / largestFacing + (frontOrBack ? kFrontOrBackBonus : 0.0) +
                         (preset == overItsBones ? kOverBonesBonus : 0.0);
    if (score > bestScore) {
      best = preset;
      bestScore = score;
    }
  }
  return best;
}

}  // namespace myo::atlas
