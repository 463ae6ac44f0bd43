#pragma once
// Lofting: a closed mesh through a sequence of rings (cross-sections with the same number of
// points, each a closed loop), with both ends capped by a fan to the ring's centre. A swept tube
// is a loft of circles along a path. Used for ribs, clavicles and for skinning muscle fibres.
//
//   std::vector<std::vector<glm::vec3>> rings = ...;   // rings[i][j], j around, i along
//   myo::Mesh tube = myo::loftRings(rings);

#include <vector>

#include <glm/vec3.hpp>

#include "myo/engine/mesh.hpp"

namespace myo {

// Vertex i * ringSize + j is rings[i][j]; the two cap centres come last (start, then end).
// Triangles face away from the rings' axis when each ring runs counter-clockwise seen from its
// successor. Normals are computed smooth.
Mesh loftRings(const std::vector<std::vector<glm::vec3>>& rings);

// Circles of radii[i] around path[i], perpendicular to the path (parallel-transported frames).
Mesh sweepTube(const std::vector<glm::vec3>& path, const std::vector<float>& radii, int segments = 16);

}  // namespace myo
