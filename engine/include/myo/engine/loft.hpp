#pragma once
// Lofting: a closed mesh through a sequence of rings (cross-sections with the same number of
// points, each a closed loop), with both ends capped. A swept tube is a loft of circles along a
// path. Used for ribs, clavicles and for skinning muscle fibres and sheets.
//
//   std::vector<std::vector<glm::vec3>> rings = ...;   // rings[i][j], j around, i along
//   myo::Mesh tube = myo::loftRings(rings);
//   myo::Mesh sheet = myo::loftRings(flatRings, myo::LoftCaps::AcrossSection);
//
// It does not check that the rings are simple loops or that the result does not cross itself.

#include <vector>

#include <glm/vec3.hpp>

#include "myo/engine/mesh.hpp"

namespace myo {

enum class LoftCaps {
  // A fan to the ring's centre: right for round, nearly flat end rings (tubes).
  Fan,
  // A zig-zag between the ring's two halves, point j facing point size - j: right for long, thin
  // sections that bend (a muscle sheet along a curved attachment), where a fan's triangles would cut
  // across the bend, outside the section. Needs an even ring size; an odd one gets a fan.
  AcrossSection,
};

// Vertex i * ringSize + j is rings[i][j]; with fan caps the two cap centres come last (start, then
// end). Triangles face outward. Normals are computed smooth.
Mesh loftRings(const std::vector<std::vector<glm::vec3>>& rings, LoftCaps caps = LoftCaps::Fan);

}  // namespace myo
