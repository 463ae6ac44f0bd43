#pragma once
// The right side of the body is the mirror image of the left: x -> -x, with the triangle winding
// reversed so that faces keep pointing outward. A surface that crosses the midline (the skin) is
// cut there, its left half worked on, and joined to its mirror image along the cut.
//
//   Mesh half = leftHalf(skin);                          // x >= 0, the cut's vertices at x = 0
//   simplifyMesh(half, error, MeshBorder::Kept);         // the cut must not move
//   Mesh whole = joinedWithMirror(half);                 // one closed surface again
//
// Not here: any attribute but positions and normals survives leftHalf.

#include <vector>

#include <glm/vec3.hpp>

#include "myo/engine/mesh.hpp"

namespace myo::atlas {

Mesh mirroredMesh(const Mesh& mesh);
std::vector<glm::vec3> mirroredVectors(const std::vector<glm::vec3>& vectors);

// The part of the mesh with x >= 0: triangles across the midline are cut, and the vertices of the
// cut lie exactly on x = 0, shared by the triangles beside them.
Mesh leftHalf(const Mesh& mesh);

// The half and its mirror image as one mesh, sharing the vertices on x = 0.
Mesh joinedWithMirror(const Mesh& half);

}  // namespace myo::atlas
