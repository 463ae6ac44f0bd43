#pragma once
// polygonize: the surface where a sampled field crosses `iso`, as a closed, shared-vertex
// triangle mesh, by surface nets: one vertex in every grid cell the surface passes through (the
// average of the crossings on the cell's edges), and one quad, split along its shorter diagonal,
// for every grid edge the surface crosses. It gives about a quarter of the triangles of marching
// tetrahedra, evenly sized. Triangles face the side where the field is greater than iso (outside,
// for a signed distance). Vertex order follows the grid, so the output is deterministic. Normals
// are left empty; see mesh_smoothing.hpp.

#include "myo/engine/mesh.hpp"
#include "myo/engine/sdf_grid.hpp"

namespace myo {

Mesh polygonize(const SdfGrid& grid, float iso = 0.0f);

}  // namespace myo
