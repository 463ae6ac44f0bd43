#pragma once
// The skin: one closed surface a few millimetres over everything in the body field. Narrow
// creases between muscles are filled (a blurred copy of the field is unioned in) so the skin
// drapes over the muscles' relief instead of dipping into every gap.

#include "myo/atlas/anatomy_description.hpp"
#include "myo/engine/mesh.hpp"
#include "myo/engine/sdf_grid.hpp"

namespace myo::atlas {

Mesh buildSkin(const SdfGrid& body, const SkinSpec& spec);

// Moves skin vertices out along their normals until at least `clearance` separates them from the
// outer surface of `under` (the muscles). The field is sampled on a grid and then smoothed, so a
// thin ridge of muscle (the trapezius over the spine of the scapula) can end up just under the
// skin or through it, where the renderer would show it. Normals are recomputed.
void liftOver(Mesh& skin, const Mesh& under, float clearance);

}  // namespace myo::atlas
