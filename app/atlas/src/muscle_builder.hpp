#pragma once
// One muscle from its description: fibres from origin to insertion through the via stations,
// pushed out of everything already built (the body field) and smoothed, then skinned into one
// closed mesh (a lens-shaped cross-section around the sheet of fibres), split into belly and
// tendon pieces. Also writes the muscle into the body field so the next muscle wraps over it.

#include <vector>

#include "myo/atlas/anatomy_description.hpp"
#include "myo/atlas/body_model.hpp"
#include "myo/engine/sdf_grid.hpp"

namespace myo::atlas {

struct MuscleGeometry {
  std::vector<BodyPiece> pieces;  // belly, then tendon (when the muscle has tendons)
  // The sheet of fibres: fibres x rows mid-surface points and half thicknesses, row-major by fibre.
  int fibres = 0;
  int rows = 0;
  std::vector<glm::vec3> mid;
  std::vector<float> half;
};

// Builds the muscle on the left side over `below`.
MuscleGeometry buildMuscle(const MuscleSpec& spec, const SdfGrid& below);

// Adds the muscle (and, when `mirror`, its right-side image) to the body field.
void stampMuscle(SdfGrid& field, const MuscleGeometry& muscle, bool mirror);

}  // namespace myo::atlas
