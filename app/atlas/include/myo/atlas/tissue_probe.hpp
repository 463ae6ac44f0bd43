#pragma once
// The palpation probe: what the fingers meet, in order, pressing into the body at one point of the
// skin — skin and fat, then each muscle with the depth at which it starts and ends, down to the
// first bone (where the fingers stop). A ray from the skin inward through every structure of the
// body, its crossings paired into the depths each structure spans.
//
//   std::optional<ProbeResult> stack = probeToward(body, landmarkPosition);
//   for (const ProbeLayer& layer : stack->layers)  // skin 0–6 mm, trapezius 6–14 mm, levator scapulae 14–31 mm, ...
//
// Not here: soft-tissue give under pressure (the depths are of the body at rest), or fascia.

#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/atlas/atlas_scene.hpp"

namespace myo::atlas {

struct ProbeLayer {
  StructureInfo structure;  // the skin layer: kind Skin ("skin and fat", to the first structure below)
  double fromMm = 0.0;      // depth below the skin where the fingers reach it
  double toMm = 0.0;        // where they leave it; for the bone that stops them, equal to fromMm
};

struct ProbeResult {
  glm::vec3 skinPoint{0.0f};   // where the fingers press, on the skin (body frame, metres)
  glm::vec3 direction{0.0f};   // unit, into the body
  std::vector<ProbeLayer> layers;  // skin first, in the order the fingers meet them
  bool reachesBone = false;        // the last layer is the bone that stops them
};

// How deep the fingers may go: past any muscle of the body, short of the far side of a limb.
inline constexpr float kProbeMaxDepth = 0.15f;

// Pressing at `skinPoint` along `direction` (into the body).
ProbeResult probeTissues(const AtlasScene& body, const glm::vec3& skinPoint, const glm::vec3& direction,
                         float maxDepth = kProbeMaxDepth);

// Pressing at the point of the skin nearest to `target`, toward it (a landmark on a bone, or a
// point under the skin); straight in along the skin's normal when the target is on the skin. Nullopt
// when the body has no skin.
std::optional<ProbeResult> probeToward(const AtlasScene& body, const glm::vec3& target, float maxDepth = kProbeMaxDepth);

}  // namespace myo::atlas
