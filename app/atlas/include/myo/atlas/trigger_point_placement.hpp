#pragma once
// Where a trigger point sits on the body model: the card gives it as a fraction along the fibres
// (origin 0, insertion 1), a fraction across the muscle (0 at the edge nearer the midline, the
// feet or the back) and a depth (the outer or inner part of the muscle). This finds the point of
// the muscle's mesh that answers those three, on the given side.

#include <optional>
#include <string>

#include <glm/vec3.hpp>

#include "myo/atlas/muscle.hpp"
#include "myo/atlas/structure_index.hpp"
#include "myo/engine/scene.hpp"
#include "myo/engine/surface_distance.hpp"

namespace myo::atlas {

struct PlacedTriggerPoint {
  glm::vec3 position{0.0f};  // body frame, on the muscle surface
  int node = -1;             // the muscle's node in the scene
};

// skin: distances to the skin, to tell the outer face of a muscle from the inner one.
std::optional<PlacedTriggerPoint> placeTriggerPoint(const Scene& scene, const StructureIndex& index,
                                                    const Muscle& muscle, const TriggerPoint& point,
                                                    Side side, const SurfaceDistance* skin);

}  // namespace myo::atlas
