#pragma once
// The skin: one closed surface a few millimetres over everything in the body field. Narrow
// creases between muscles are filled (a blurred copy of the field is unioned in) so the skin
// drapes over the muscles' relief instead of dipping into every gap.

#include "myo/atlas/anatomy_description.hpp"
#include "myo/engine/mesh.hpp"
#include "myo/engine/sdf_grid.hpp"

namespace myo::atlas {

Mesh buildSkin(const SdfGrid& body, const SkinSpec& spec);

}  // namespace myo::atlas
