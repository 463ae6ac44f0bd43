#pragma once
// The right side of the body is the mirror image of the left: x -> -x, with the triangle winding
// reversed so that faces keep pointing outward.

#include <vector>

#include <glm/vec3.hpp>

#include "myo/engine/mesh.hpp"

namespace myo::atlas {

Mesh mirroredMesh(const Mesh& mesh);
std::vector<glm::vec3> mirroredVectors(const std::vector<glm::vec3>& vectors);

}  // namespace myo::atlas
