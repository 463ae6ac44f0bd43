#pragma once
// Closed, smooth primitive meshes for building shapes in code: ellipsoids and tapered capsules
// (a tube between two points whose radius changes linearly, closed by hemispheres).
// Normals are analytic; uvs are not generated.

#include <glm/vec3.hpp>

#include "myo/engine/mesh.hpp"

namespace myo {

Mesh makeEllipsoid(const glm::vec3& center, const glm::vec3& radii, int segments = 32, int rings = 16);
Mesh makeCapsule(const glm::vec3& a, float radiusA, const glm::vec3& b, float radiusB,
                 int segments = 24, int rings = 8);
// Appends `other` to `mesh`, offsetting its indices. Attributes present in only one are dropped.
void appendMesh(Mesh& mesh, const Mesh& other);

}  // namespace myo
