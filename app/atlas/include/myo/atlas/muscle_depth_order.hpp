#pragma once
// Which muscles lie under which, read from the body's geometry: what the quiz means by "what lies
// deep to the trapezius?" and "what lies superficial to the supraspinatus?". Not every muscle of a
// deeper layer, only those under the muscle where the two overlap seen from the front, the back or
// the side.
//
// Rays go straight into the body from the front, the back and the left side on a grid a centimetre
// apart. Along each ray the muscles it crosses before its first bone (past the bone lies the far
// side of the body) are met in depth order. Muscle Y lies deep to X on that ray when Y's layer (as
// the body tags it from the card) is deeper than X's and the ray enters Y where it leaves X: at most
// 3 mm before (neighbouring meshes touch; where they run further into each other, their order on
// the ray is not the anatomy's) and at most kDepthContactGap after: under it, not across a body
// cavity. (Where the body model leaves a wider gap, as between the gluteus maximus and the
// deep hip rotators, the muscles under it are not found.) The left side is measured; the body is
// symmetric and the answers are the same by muscle id on the right.
//
//   MuscleDepthOrder order = MuscleDepthOrder::fromBody(body);    // a few seconds
//   for (const DepthContact& c : order.under("trapezius"))  ...  // rhomboids 212 rays, ...
//
// Not here: what a probe at one point meets (tissue_probe.hpp), or labels on the picture.

#include <map>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/atlas/atlas_scene.hpp"

namespace myo::atlas {

// How far under a muscle another may start and still lie against it (metres).
inline constexpr float kDepthContactGap = 0.02f;

// A muscle lying under (or over) another, with how many rays found it so and the clearest of them
// (where the lower starts farthest below the start of the upper): from `origin`, outside the body,
// along `direction` the ray meets the upper muscle, then the lower.
struct DepthContact {
  std::string muscle;
  int rays = 0;
  glm::vec3 origin{0.0f};
  glm::vec3 direction{0.0f};
};

class MuscleDepthOrder {
 public:
  static MuscleDepthOrder fromBody(const AtlasScene& body);

  // The muscles of a deeper layer lying under `muscle`, most rays first; empty for an unknown id.
  const std::vector<DepthContact>& under(const std::string& muscle) const;
  // The muscles of a shallower layer lying over `muscle`, most rays first.
  const std::vector<DepthContact>& over(const std::string& muscle) const;
  bool empty() const { return under_.empty() && over_.empty(); }

 private:
  std::map<std::string, std::vector<DepthContact>> under_;
  std::map<std::string, std::vector<DepthContact>> over_;
};

}  // namespace myo::atlas
