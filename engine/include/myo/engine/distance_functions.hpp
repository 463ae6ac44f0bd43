#pragma once
// Signed distance functions of simple solids (negative inside), for building shapes as fields:
// bones from primitives, muscles stamped as capsules, the skin as an offset of everything.
// The ellipsoid's distance is a close bound, exact on its axes; the others are exact.
//
//   float d = myo::sdf::roundCone(p, a, 0.02f, b, 0.012f);
//   float blended = myo::sdf::smoothUnion(d, other, 0.005f);

#include <glm/vec3.hpp>

namespace myo::sdf {

float sphere(const glm::vec3& p, const glm::vec3& center, float radius);
// A tube from a (radius ra) to b (radius rb) closed by spheres: a capsule whose radius varies.
float roundCone(const glm::vec3& p, const glm::vec3& a, float ra, const glm::vec3& b, float rb);
float ellipsoid(const glm::vec3& p, const glm::vec3& center, const glm::vec3& radii);
// Unsigned distance from p to the triangle abc (a plate is this minus half its thickness).
float triangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c);
// The point of triangle abc nearest to p, as the weights of a, b and c (they sum to 1).
glm::vec3 nearestWeights(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c);
// A plate over triangle abc whose half thickness runs linearly from ha, hb and hc at the corners:
// the distance to the triangle less the half thickness where p is nearest. A bound, exact where
// the plate is even; a plate that thins to nothing at an edge ends at that edge.
float taperedPlate(const glm::vec3& p, const glm::vec3& a, float ha, const glm::vec3& b, float hb, const glm::vec3& c,
                   float hc);

// Union that rounds the crease where two shapes meet over about k; k = 0 is min(a, b).
float smoothUnion(float a, float b, float k);
// a with b cut out of it, the rim rounded over about k (a hollow such as an orbit).
float smoothSubtraction(float a, float b, float k);

}  // namespace myo::sdf
