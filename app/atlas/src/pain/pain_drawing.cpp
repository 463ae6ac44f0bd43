#include "myo/atlas/pain_drawing.hpp"

#include <algorithm>

#include "myo/atlas/region.hpp"
#include "myo/atlas/region_patches.hpp"
#include "myo/atlas/side.hpp"

namespace myo::atlas {

namespace {

// Solid to this share of the radius, then a smooth fall to nothing at the radius: a dab reads as
// a round spot with a soft edge, and overlapping dabs blend without seams.
constexpr float kSolidShare = 0.6f;

float dabValue(float distance, float radius) {
  const float inner = radius * kSolidShare;
  if (distance <= inner) return 1.0f;
  if (distance >= radius) return 0.0f;
  const float t = (distance - inner) / (radius - inner);
  return 1.0f - t * t * (3.0f - 2.0f * t);
}

std::string mirroredRegionId(const std::string& id) {
  const auto [base, side] = splitRegionId(id);
  return side ? regionId(base, regionSide(opposite(*side))) : id;
}

}  // namespace

void applyStroke(const SkinMap& skin, const BrushStroke& stroke, std::span<float> pain) {
  if (stroke.radius <= 0.0f || stroke.intensity <= 0.0f) return;
  const float intensity = std::min(stroke.intensity, 1.0f);
  const glm::vec3 seed[] = {stroke.point};
  const std::vector<float> distance = skin.surface().from(seed, stroke.radius);
  const std::size_t count = std::min(distance.size(), pain.size());
  for (std::size_t v = 0; v < count; ++v) {
    if (distance[v] >= stroke.radius) continue;
    const float value = intensity * dabValue(distance[v], stroke.radius);
    pain[v] = stroke.erase ? std::min(pain[v], 1.0f - value) : std::max(pain[v], value);
  }
}

std::vector<float> rasterisePain(const SkinMap& skin, const PainDrawing& drawing) {
  std::vector<float> pain(skin.mesh().vertexCount(), 0.0f);
  for (const std::string& region : drawing.regions) {
    const std::vector<float> field = skin.region(region);
    for (std::size_t v = 0; v < pain.size(); ++v) pain[v] = std::max(pain[v], field[v]);
  }
  for (const BrushStroke& stroke : drawing.strokes) applyStroke(skin, stroke, pain);
  return pain;
}

PainDrawing mirrorImage(const PainDrawing& drawing) {
  PainDrawing mirrored;
  for (const std::string& region : drawing.regions) mirrored.regions.push_back(mirroredRegionId(region));
  for (BrushStroke stroke : drawing.strokes) {
    stroke.point.x = -stroke.point.x;
    mirrored.strokes.push_back(stroke);
  }
  return mirrored;
}

PainDrawing withMirrorImage(const PainDrawing& drawing) {
  PainDrawing both = drawing;
  const PainDrawing mirrored = mirrorImage(drawing);
  for (const std::string& region : mirrored.regions)
    if (std::find(both.regions.begin(), both.regions.end(), region) == both.regions.end()) both.regions.push_back(region);
  both.strokes.insert(both.strokes.end(), mirrored.strokes.begin(), mirrored.strokes.end());
  return both;
}

}  // namespace myo::atlas
