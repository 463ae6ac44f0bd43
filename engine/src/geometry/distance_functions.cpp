#include "myo/engine/distance_functions.hpp"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>

namespace myo::sdf {

float sphere(const glm::vec3& p, const glm::vec3& center, float radius) {
  return glm::length(p - center) - radius;
}

float roundCone(const glm::vec3& p, const glm::vec3& a, float ra, const glm::vec3& b, float rb) {
  // The cone's side is tangent to both end spheres; a point is nearest either sphere or the side,
  // decided by where it projects along the axis against the side's slope.
  const glm::vec3 ba = b - a;
  const float l2 = glm::dot(ba, ba);
  if (l2 < 1e-12f) return glm::length(p - a) - std::max(ra, rb);
  const float rr = ra - rb;
  const float a2 = l2 - rr * rr;
  if (a2 <= 0.0f) return ra > rb ? glm::length(p - a) - ra : glm::length(p - b) - rb;  // one sphere holds the other
  const float il2 = 1.0f / l2;
  const glm::vec3 pa = p - a;
  const float y = glm::dot(pa, ba);
  const float z = y - l2;
  const glm::vec3 xv = pa * l2 - ba * y;
  const float x2 = glm::dot(xv, xv);
  const float y2 = y * y * l2;
  const float z2 = z * z * l2;
  const float k = std::copysign(rr, rr) * rr * x2;
  if (std::copysign(1.0f, z) * a2 * z2 > k) return std::sqrt(x2 + z2) * il2 - rb;
  if (std::copysign(1.0f, y) * a2 * y2 < k) return std::sqrt(x2 + y2) * il2 - ra;
  return (std::sqrt(x2 * a2 * il2) + y * rr) * il2 - ra;
}

float ellipsoid(const glm::vec3& p, const glm::vec3& center, const glm::vec3& radii) {
  const glm::vec3 q = p - center;
  const float k0 = glm::length(q / radii);
  if (k0 < 1e-9f) return -std::min(radii.x, std::min(radii.y, radii.z));
  const float k1 = glm::length(q / (radii * radii));
  return k0 * (k0 - 1.0f) / k1;
}

float triangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 ba = b - a, pa = p - a;
  const glm::vec3 cb = c - b, pb = p - b;
  const glm::vec3 ac = a - c, pc = p - c;
  const glm::vec3 nor = glm::cross(ba, ac);
  const auto sign = [](float v) { return v < 0.0f ? -1.0f : 1.0f; };
  const bool outside = sign(glm::dot(glm::cross(ba, nor), pa)) + sign(glm::dot(glm::cross(cb, nor), pb)) +
                           sign(glm::dot(glm::cross(ac, nor), pc)) < 2.0f;
  const auto dot2 = [](const glm::vec3& v) { return glm::dot(v, v); };
  float d2;
  if (outside) {
    const auto edge = [&](const glm::vec3& e, const glm::vec3& q) {
      return dot2(e * std::clamp(glm::dot(e, q) / std::max(dot2(e), 1e-20f), 0.0f, 1.0f) - q);
    };
    d2 = std::min(std::min(edge(ba, pa), edge(cb, pb)), edge(ac, pc));
  } else {
    const float nn = std::max(dot2(nor), 1e-20f);
    d2 = glm::dot(nor, pa) * glm::dot(nor, pa) / nn;
  }
  return std::sqrt(d2);
}

// Ericson, Real-Time Collision Detection, 5.1.5: which feature of the triangle p projects onto.
glm::vec3 nearestWeights(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 ab = b - a, ac = c - a, ap = p - a;
  const float d1 = glm::dot(ab, ap), d2 = glm::dot(ac, ap);
  if (d1 <= 0.0f && d2 <= 0.0f) return {1.0f, 0.0f, 0.0f};
  const glm::vec3 bp = p - b;
  const float d3 = glm::dot(ab, bp), d4 = glm::dot(ac, bp);
  if (d3 >= 0.0f && d4 <= d3) return {0.0f, 1.0f, 0.0f};
  const float vc = d1 * d4 - d3 * d2;
  if (vc <= 0.0f && d1 >= 0.0f && d3 <= 0.0f) {
    const float t = d1 / (d1 - d3);
    return {1.0f - t, t, 0.0f};
  }
  const glm::vec3 cp = p - c;
  const float d5 = glm::dot(ab, cp), d6 = glm::dot(ac, cp);
  if (d6 >= 0.0f && d5 <= d6) return {0.0f, 0.0f, 1.0f};
  const float vb = d5 * d2 - d1 * d6;
  if (vb <= 0.0f && d2 >= 0.0f && d6 <= 0.0f) {
    const float t = d2 / (d2 - d6);
    return {1.0f - t, 0.0f, t};
  }
  const float va = d3 * d6 - d5 * d4;
  if (va <= 0.0f && (d4 - d3) >= 0.0f && (d5 - d6) >= 0.0f) {
    const float t = (d4 - d3) / ((d4 - d3) + (d5 - d6));
    return {0.0f, 1.0f - t, t};
  }
  const float denominator = 1.0f / (va + vb + vc);
  const float v = vb * denominator, w = vc * denominator;
  return {1.0f - v - w, v, w};
}

float taperedPlate(const glm::vec3& p, const glm::vec3& a, float ha, const glm::vec3& b, float hb, const glm::vec3& c,
                   float hc) {
  const glm::vec3 w = nearestWeights(p, a, b, c);
  const glm::vec3 nearest = a * w.x + b * w.y + c * w.z;
  return glm::length(p - nearest) - (ha * w.x + hb * w.y + hc * w.z);
}

float smoothUnion(float a, float b, float k) {
  if (k <= 0.0f) return std::min(a, b);
  const float h = std::max(k - std::abs(a - b), 0.0f) / k;
  return std::min(a, b) - h * h * k * 0.25f;
}

float smoothSubtraction(float a, float b, float k) { return -smoothUnion(-a, b, k); }

}  // namespace myo::sdf
