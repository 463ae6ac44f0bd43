#pragma once
// One muscle from its description: fibres from origin to insertion through the via stations,
// pushed out of everything already built (the body field) and smoothed, then skinned into one
// closed mesh (a lens-shaped cross-section around the sheet of fibres), split into belly and
// tendon pieces. Also writes the muscle into the body field so the next muscle wraps over it.

#include <initializer_list>
#include <vector>

#include "myo/atlas/anatomy_description.hpp"
#include "myo/atlas/body_model.hpp"
#include "myo/engine/sdf_grid.hpp"

namespace myo::atlas {

// How much fuller than its description a muscle is built: the builder sizes each muscle to its
// target volume by scaling its cross-section. `width` widens the belly about its centre fibre (not
// the attachments, which stay on their landmarks); `thickness` multiplies the thickness.
struct CrossSectionScale {
  float width = 1.0f;
  float thickness = 1.0f;
};

struct MuscleGeometry {
  std::vector<BodyPiece> pieces;  // belly, then tendon (when the muscle has tendons); one closed surface together
  double volume = 0.0;            // m^3 enclosed by the pieces together
  float length = 0.0f;            // m along the centre fibre, origin to insertion
  // The sheet of fibres: fibres x rows mid-surface points and half thicknesses, row-major by fibre.
  int fibres = 0;
  int rows = 0;
  std::vector<glm::vec3> mid;
  std::vector<float> half;
  Mesh lofted;  // the surface before simplification, with _FIBRE and _ALONG: what untangledMuscle starts from
};

// Builds the muscle on the left side over `below`, simplified while its surface moves less than
// `maxError` (m), wound outward.
MuscleGeometry buildMuscle(const MuscleSpec& spec, const SdfGrid& below, float maxError,
                           const CrossSectionScale& scale = {});

// The built muscle with its surface untangled where it cuts through itself: smoothed there until
// it does not, as long as that keeps its volume within 5% and sinks no vertex more than 3 mm into
// what lies below, then simplified (muscle_builder.cpp, untangledAndSimplified). Starts from
// `built.lofted`, so the muscle is not lofted again; the sheet (mid, half) is the built one.
MuscleGeometry untangledMuscle(const MuscleGeometry& built, const MuscleSpec& spec, const SdfGrid& below, float maxError);

// Adds the muscle (and, when `mirror`, its right-side image) to each of the body fields, which share
// one lattice (a field and its copy with the grooves filled): the distances are worked out once for
// all of them. Each field ends as if stamped alone.
void stampMuscle(std::initializer_list<SdfGrid*> fields, const MuscleGeometry& muscle, bool mirror);

}  // namespace myo::atlas
