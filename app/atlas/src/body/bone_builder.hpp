#pragma once
// A bone's surface: its parts blended into one smooth solid (a smooth union rounds the joins the
// way bone flares into a condyle or a process), hollows carved out of it with rounded rims,
// polygonised on a fine grid of its own.

#include <vector>

#include "myo/atlas/anatomy_description.hpp"
#include "myo/engine/mesh.hpp"

namespace myo::atlas {

Mesh buildBoneMesh(const std::vector<ShapePart>& parts, const std::vector<ShapePart>& carve, float spacing);

}  // namespace myo::atlas
