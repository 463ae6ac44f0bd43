#include "myo/atlas/skin_map.hpp"

#include "scene/painted_drawings.hpp"

#include <algorithm>

#include <glm/geometric.hpp>
#include <cmath>

#include "myo/atlas/pain_lookup.hpp"

namespace myo::atlas {

namespace {

float smoothstep(float edge0, float edge1, float x) {
  const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

}  // namespace

SkinMap::SkinMap(SkinMap&&) noexcept = default;
SkinMap& SkinMap::operator=(SkinMap&&) noexcept = default;
SkinMap::~SkinMap() = default;

SkinMap::SkinMap(Mesh skin, RegionPatches patches)
    : skin_(std::move(skin)), patches_(std::move(patches)), surface_(skin_),
      painted_(std::make_unique<PaintedDrawings>()) {
  // A fill stops at vertices near the outline; the band must be wider than an edge, or the fill
  // steps across it. An edge that crosses the outline has an end within half its length of it, so
  // each vertex stops the fill within half its longest edge (and a trace step) of the outline. The
  // 95th percentile sets the width where the mesh is fine, ignoring its few long slivers.
  std::vector<float> edges;
  wallReach_.assign(skin_.vertexCount(), 0.0f);
  const auto& idx = skin_.indices;
  for (std::size_t t = 0; t + 2 < idx.size(); t += 3)
    for (int k = 0; k < 3; ++k) {
      const std::uint32_t a = idx[t + k], b = idx[t + (k + 1) % 3];
      const float length = glm::distance(skin_.positions[a], skin_.positions[b]);
      edges.push_back(length);
      wallReach_[a] = std::max(wallReach_[a], length);
      wallReach_[b] = std::max(wallReach_[b], length);
    }
  if (!edges.empty()) {
    const auto p95 = edges.begin() + std::ptrdiff_t(edges.size() * 95 / 100);
    std::nth_element(edges.begin(), p95, edges.end());
    wallHalfWidth_ = std::max(wallHalfWidth_, 0.6f * *p95);
  }
  for (float& reach : wallReach_) {
    reach = std::max(wallHalfWidth_, 0.5f * reach + kTraceStep / 2.0f);
    longestWallReach_ = std::max(longestWallReach_, reach);
  }
  const std::vector<float> areas = vertexAreas(skin_);
  for (float a : areas) meanVertexArea_ += a / float(areas.size());
}

std::vector<float> SkinMap::region(std::string_view regionId, double weight) const {
  std::vector<float> field(skin_.vertexCount(), 0.0f);
  const RegionPatch* patch = patches_.find(splitRegionId(regionId).first);
  if (patch == nullptr || weight <= 0.0) return field;
  const std::vector<glm::vec3> anchors = patches_.anchorsOf(regionId);
  const float radius = patch->radius * float(std::sqrt(std::min(weight, 1.0)));
  // Solid to 80% of the radius, fading out by 125%: soft edges that still read as a patch.
  const float inner = radius * 0.8f;
  const float outer = radius * 1.25f;
  const std::vector<float> distance = surface_.from(anchors, outer);
  for (std::size_t v = 0; v < field.size(); ++v)
    if (distance[v] < outer) field[v] = 1.0f - smoothstep(inner, outer, distance[v]);
  return field;
}

std::vector<std::string> SkinMap::zoneRegions(const ZonePatch& patch, ReferralSide referralSide, Side side) const {
  const RegionPatch* geometry = patches_.find(patch.region);
  if (geometry == nullptr) return {};
  if (geometry->midline) return {patch.region};
  switch (referralSide) {
    case ReferralSide::Ipsilateral: return {regionId(patch.region, regionSide(side))};
    case ReferralSide::Contralateral: return {regionId(patch.region, regionSide(opposite(side)))};
    case ReferralSide::Bilateral:
      return {regionId(patch.region, RegionSide::Left), regionId(patch.region, RegionSide::Right)};
  }
  return {};
}

std::vector<glm::vec2> SkinMap::referral(std::span<const TriggerPointOnSide> points) const {
  std::vector<glm::vec2> heat(skin_.vertexCount(), glm::vec2(0.0f));
  for (const TriggerPointOnSide& tp : points) {
    if (tp.point == nullptr) continue;
    const Referral& referral = tp.point->referral;
    if (!referral.drawing.empty()) {
      const std::vector<glm::vec2> drawn = paint(referral.drawing, tp.side == Side::Right);
      for (std::size_t v = 0; v < heat.size(); ++v) heat[v] = glm::max(heat[v], drawn[v]);
      continue;
    }
    for (int zone = 0; zone < 2; ++zone) {
      const std::vector<ZonePatch>& patches = zone == 0 ? referral.essential : referral.spillover;
      for (const ZonePatch& patch : patches) {
        for (const std::string& regionId : zoneRegions(patch, referral.side, tp.side)) {
          const std::vector<float> field = region(regionId, patch.weight);
          for (std::size_t v = 0; v < heat.size(); ++v) heat[v][zone] = std::max(heat[v][zone], field[v]);
        }
      }
    }
  }
  return heat;
}

}  // namespace myo::atlas
