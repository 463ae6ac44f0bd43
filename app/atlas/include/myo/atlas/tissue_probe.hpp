#pragma once
// The palpation probe: what the fingers meet, in order, pressing into the body at one point of the
// skin — skin and fat, then each muscle with the depth at which it starts and ends, down to the
// first bone (where the fingers stop). A ray from the skin inward through every structure of the
// body, its crossings paired into the depths each structure spans.
//
//   std::optional<ProbeResult> stack = probeToward(body, landmarkPosition);
//   TissueProbe probe(body);  // trees kept between probes: probe.underSight(eye, direction) ...
//   for (const ProbeLayer& layer : stack->layers)  // skin 0–6 mm, trapezius 6–14 mm, levator scapulae 14–31 mm, ...
//
// Not here: soft-tissue give under pressure (the depths are of the body at rest), or fascia.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/engine/bounds.hpp"

namespace myo {
class TriangleBvh;
}

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

// A layer's name as the probe lists it, in the window and on the command line: "skin and fat",
// a muscle's common name (with its group member: "trapezius (upper)"), "bone: first rib". Without
// a knowledge base, a muscle goes by its id.
std::string probeLayerName(const ProbeLayer& layer, const KnowledgeBase* kb);

// The probe with its ray-cast trees kept: each structure's tree is built the first time a probe
// passes near it (tens of milliseconds for a new place), and kept, so a probe where it has pressed
// before costs well under a millisecond. The window keeps one for its probe key (D); the free
// functions below make one for a single probe (what `myoatlas probe` does). `body` must outlive it.
class TissueProbe {
 public:
  explicit TissueProbe(const AtlasScene& body);
  TissueProbe(TissueProbe&&) noexcept;
  TissueProbe& operator=(TissueProbe&&) noexcept;
  ~TissueProbe();

  // Pressing at `skinPoint` along `direction` (into the body).
  ProbeResult press(const glm::vec3& skinPoint, const glm::vec3& direction, float maxDepth = kProbeMaxDepth);

  // Pressing at the point of the skin nearest to `target`, toward it (a landmark on a bone, or a
  // point under the skin); straight in along the skin's normal when the target is on the skin.
  // Nullopt when the body has no skin.
  std::optional<ProbeResult> toward(const glm::vec3& target, float maxDepth = kProbeMaxDepth);

  // Where the ray eye + t·direction (t ≥ 0) first enters the skin from outside, drawn or hidden;
  // nullopt when it misses the body or the body has no skin.
  std::optional<glm::vec3> skinPointUnder(const glm::vec3& eye, const glm::vec3& direction);

  // Under a line of sight, as the window's probe key (D) does: the fingers press where the ray first
  // enters the skin and go straight in along the skin's normal there — toward() that point, so the
  // list is the one `myoatlas probe --at X,Y,Z` prints for it —, not along the line of sight.
  std::optional<ProbeResult> underSight(const glm::vec3& eye, const glm::vec3& direction,
                                        float maxDepth = kProbeMaxDepth);

 private:
  const TriangleBvh& treeOf(std::size_t node);

  const AtlasScene* body_;
  std::vector<Bounds> boxes_;  // per scene node, body frame; empty for a node the probe passes over
  std::vector<std::unique_ptr<TriangleBvh>> trees_;  // per scene node, built on first need
};

// One probe, with trees built for it alone: TissueProbe(body).press(...).
ProbeResult probeTissues(const AtlasScene& body, const glm::vec3& skinPoint, const glm::vec3& direction,
                         float maxDepth = kProbeMaxDepth);

// One probe, with trees built for it alone: TissueProbe(body).toward(target).
std::optional<ProbeResult> probeToward(const AtlasScene& body, const glm::vec3& target, float maxDepth = kProbeMaxDepth);

}  // namespace myo::atlas
