#pragma once
// simplifyMesh: fewer triangles with the same shape, through meshoptimizer. Collapses edges while
// the surface moves less than maxError (in the mesh's units), keeps every per-vertex attribute of
// the vertices that remain, and reorders triangles for the GPU's vertex cache. Software
// rasterisers pay for every triangle, so generated meshes are simplified before they are drawn.
//
// Not here: attribute-aware simplification (seams in uv or colour are not protected).

#include <cstdint>
#include <vector>

#include "myo/engine/mesh.hpp"

namespace myo {

// Whether the vertices of the mesh's open edges may move: a half surface to be joined to its mirror
// image keeps its cut where it is.
enum class MeshBorder { Free, Kept };

// Returns the number of triangles left.
std::size_t simplifyMesh(Mesh& mesh, float maxError, MeshBorder border = MeshBorder::Free);

// simplifyMesh with the border kept, a tile at a time: the triangles are grouped by the cube of side
// `tileSize` (a lattice fixed at the origin) that holds their centroid, and each group is simplified
// alone, its edges to the other groups kept where they are. meshoptimizer chooses its collapses over
// all it is given, so a mesh simplified whole is tessellated anew everywhere after a change
// anywhere; tile by tile, only the tiles that the change reaches are. The price is the triangles
// left unsimplified along the tiles' edges.
//
//   simplifyMeshInTiles(skin, 0.0004f, 0.15f);  // 0.4 mm, 15 cm tiles
std::size_t simplifyMeshInTiles(Mesh& mesh, float maxError, float tileSize);

// Levels of detail for drawing a mesh small on screen, finest first, each at least a quarter
// smaller than the one before; the mesh itself is not among them. Empty for a mesh too small to
// gain from it.
std::vector<DetailLevel> coarserLevels(const Mesh& mesh);

}  // namespace myo
