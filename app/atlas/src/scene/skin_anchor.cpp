#include "myo/atlas/skin_anchor.hpp"

#include <cmath>
#include <limits>
#include <string>

#include <glm/geometric.hpp>

namespace myo::atlas {

namespace {

constexpr double kCmPerMetre = 100.0;

double tenthOfCm(double cm) { return std::round(cm * 10.0) / 10.0; }

}  // namespace

SkinAnchor anchorNear(const RegionPatches& patches, const glm::vec3& point) {
  SkinAnchor nearest;
  glm::vec3 base(0.0f);
  float best = std::numeric_limits<float>::max();
  const auto consider = [&](const std::string& name, const glm::vec3& at) {
    const float distance = glm::distance(point, at);
    if (distance >= best) return;
    best = distance;
    nearest.base = name;
    base = at;
  };
  for (const auto& [name, at] : patches.landmarks()) consider(name, at);
  for (const auto& [id, patch] : patches.all())
    if (!patch.anchors.empty()) consider("region:" + id, patch.anchors.front());
  const glm::vec3 offset = point - base;
  for (int axis = 0; axis < 3; ++axis) nearest.offsetCm[axis] = tenthOfCm(double(offset[axis]) * kCmPerMetre);
  return nearest;
}

std::optional<glm::vec3> anchorPosition(const RegionPatches& patches, const SkinAnchor& anchor) {
  const std::optional<glm::vec3> base = patches.basePoint(anchor.base);
  if (!base) return std::nullopt;
  return *base + glm::vec3(float(anchor.offsetCm[0]), float(anchor.offsetCm[1]), float(anchor.offsetCm[2])) /
                     float(kCmPerMetre);
}

}  // namespace myo::atlas
