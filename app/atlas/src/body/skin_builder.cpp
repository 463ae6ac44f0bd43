#include "body/skin_builder.hpp"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>

#include "myo/engine/bvh.hpp"
#include "myo/engine/mesh_smoothing.hpp"
#include "myo/engine/polygonize.hpp"

namespace myo::atlas {

Mesh buildSkin(const SdfGrid& body, const SkinSpec& spec) {
  SdfGrid field = body;
  if (spec.creaseRadius > 0) {
    const SdfGrid soft = blurred(body, spec.creaseRadius, 3);
    std::vector<float>& v = field.values();
    for (std::size_t i = 0; i < v.size(); ++i) v[i] = std::min(v[i], soft.values()[i]);
  }
  Mesh skin = polygonize(field, spec.offset);
  taubinSmooth(skin, spec.smoothing);
  computeSmoothNormals(skin);
  return skin;
}

namespace {

constexpr float kLargeTriangle = 0.015f;          // metres: a triangle at least this long is sampled inside
constexpr float kTriangleSampleSpacing = 0.004f;

glm::vec3 unitOrZero(const glm::vec3& v) {
  const float length = glm::length(v);
  return length > 0.0f ? v / length : glm::vec3(0.0f);
}

}  // namespace

void liftOver(Mesh& skin, const Mesh& under, float clearance) {
  if (under.indices.empty() || skin.normals.size() != skin.positions.size()) return;
  // Rays start this far on the other side, so a muscle poking through is found too.
  const float reach = 4.0f * clearance;
  std::vector<float> lift(skin.positions.size(), 0.0f);
  // From each skin vertex inward, to the muscle under it.
  const TriangleBvh muscles(under);
  for (std::size_t v = 0; v < skin.positions.size(); ++v) {
    const glm::vec3 normal = unitOrZero(skin.normals[v]);
    if (normal == glm::vec3(0.0f)) continue;
    for (const RayHit& hit : muscles.allHits(skin.positions[v] + normal * reach, -normal, reach + clearance)) {
      if (!hit.entering) continue;
      lift[v] = std::max(lift[v], clearance - (hit.t - reach));  // hit.t - reach: depth under the skin
      break;
    }
  }
  // From each muscle vertex outward, to the skin over it: a thin edge of muscle between two skin
  // vertices is missed by the rays above.
  const TriangleBvh skinSurface(skin);
  const auto liftOverPoint = [&](const glm::vec3& point, const glm::vec3& normal) {
    for (const RayHit& hit : skinSurface.allHits(point - normal * reach, normal, reach + clearance)) {
      if (hit.entering) continue;  // the first crossing out through the skin
      const float deficit = clearance - (hit.t - reach);
      for (int corner = 0; corner < 3; ++corner) {
        const std::uint32_t v = skin.indices[3 * hit.triangle + corner];
        lift[v] = std::max(lift[v], deficit);
      }
      return;
    }
  };
  if (under.normals.size() == under.positions.size())
    for (std::size_t u = 0; u < under.positions.size(); ++u) {
      const glm::vec3 normal = unitOrZero(under.normals[u]);
      if (normal != glm::vec3(0.0f)) liftOverPoint(under.positions[u], normal);
    }
  // The inside of a large flat triangle (simplification leaves them) can stand proud of a skin
  // that dips between its corners: sampled every few millimetres.
  for (std::size_t t = 0; t + 2 < under.indices.size(); t += 3) {
    const glm::vec3 a = under.positions[under.indices[t]], b = under.positions[under.indices[t + 1]],
                    c = under.positions[under.indices[t + 2]];
    const float longest = std::max({glm::length(b - a), glm::length(c - b), glm::length(a - c)});
    if (longest < kLargeTriangle) continue;
    const glm::vec3 normal = unitOrZero(glm::cross(b - a, c - a));
    if (normal == glm::vec3(0.0f)) continue;  // a sliver with no area has no side to look out from
    const int steps = static_cast<int>(std::ceil(longest / kTriangleSampleSpacing));
    for (int i = 1; i < steps; ++i)
      for (int j = 1; i + j < steps; ++j)
        liftOverPoint(a + (b - a) * (float(i) / float(steps)) + (c - a) * (float(j) / float(steps)), normal);
  }
  for (std::size_t v = 0; v < skin.positions.size(); ++v)
    if (lift[v] > 0.0f) skin.positions[v] += unitOrZero(skin.normals[v]) * lift[v];
  computeSmoothNormals(skin);
}

}  // namespace myo::atlas
