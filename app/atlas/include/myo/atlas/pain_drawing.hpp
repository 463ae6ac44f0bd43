#pragma once
// PainDrawing: where a client says it hurts, as an intake form's pain drawing — whole body regions
// picked from the vocabulary, and brush dabs painted on the skin — and its rasterisation into one
// pain value 0..1 per skin vertex, the field the pain lookup compares with referral patterns.
// Dabs spread over the skin (SurfaceDistance), so a dab on the side of the neck does not reach
// the shoulder behind it.
//
//   PainDrawing drawing;
//   drawing.regions = {"left_temple"};
//   drawing.strokes.push_back({.point = {0.07f, 1.60f, 0.02f}, .radius = 0.03f, .intensity = 1.0f});
//   std::vector<float> pain = rasterisePain(skin, drawing);      // one value per skin vertex
//   applyStroke(skin, {.point = p, .radius = 0.02f, .erase = true}, pain);  // while painting
//   PainDrawing both = withMirrorImage(drawing);                 // the same pain on both sides

#include <span>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/atlas/skin_map.hpp"

namespace myo::atlas {

// One dab of the brush. A drag of the brush is a sequence of dabs, applied in order.
struct BrushStroke {
  glm::vec3 point{0.0f};    // body frame, metres; taken to the nearest point of the skin
  float radius = 0.03f;     // metres, measured over the skin
  float intensity = 1.0f;   // 0..1: how much pain this dab paints (or, erasing, takes away)
  bool erase = false;       // the eraser: lowers the pain under the dab instead of raising it
  bool operator==(const BrushStroke&) const = default;
};

struct PainDrawing {
  std::vector<std::string> regions;  // full region ids ("left_temple", "sternum"), painted at full intensity
  std::vector<BrushStroke> strokes;  // applied after the regions, in order
  bool operator==(const PainDrawing&) const = default;
  bool empty() const { return regions.empty() && strokes.empty(); }
};

// The drawing on the skin: 0..1 per skin vertex. Regions first (at 1), then each dab in order.
// Region ids the skin map does not know paint nothing (check them with SkinMap::patches()).
std::vector<float> rasterisePain(const SkinMap& skin, const PainDrawing& drawing);

// Applies one dab to a rasterised field in place (what the brush does while the user paints).
// Painting raises each vertex to the dab's value there; erasing lowers it to 1 minus that value.
// The dab is solid to 60% of its radius and fades to nothing at the radius.
void applyStroke(const SkinMap& skin, const BrushStroke& stroke, std::span<float> pain);

// The mirror image: left regions become right ones and back, dabs move to the other side
// (x -> -x). Midline regions stay.
PainDrawing mirrorImage(const PainDrawing& drawing);

// The drawing and its mirror image together: the same pain on both sides.
PainDrawing withMirrorImage(const PainDrawing& drawing);

}  // namespace myo::atlas
