#pragma once
// polygonize: the surface where a sampled field crosses `iso`, as a closed, shared-vertex
// triangle mesh (marching tetrahedra: each grid cube split into six tetrahedra along its main
// diagonal, the same way in every cube, so neighbouring cubes meet without cracks). Triangles face
// the side where the field is greater than iso (outside, for a signed distance). Vertex order
// follows the grid, so the output is deterministic. Normals are left empty; see mesh_smoothing.hpp.

#include "myo/engine/mesh.hpp"
#include "myo/engine/sdf_grid.hpp"

namespace myo {

Mesh polygonize(const SdfGrid& grid, float iso = 0.0f);

}  // namespace myo
