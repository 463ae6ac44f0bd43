#include "myo/engine/loft.hpp"

#include <cmath>
#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>

#include "myo/engine/mesh_smoothing.hpp"

namespace myo {

namespace {

void fanCaps(Mesh& mesh, std::uint32_t m, std::uint32_t n) {
  const auto centre = [&](std::uint32_t first) {
    glm::vec3 s(0.0f);
    for (std::uint32_t j = 0; j < m; ++j) s += mesh.positions[first + j];
    return s / float(m);
  };
  const auto start = static_cast<std::uint32_t>(mesh.positions.size());
  const std::uint32_t last = (n - 1) * m;
  mesh.positions.push_back(centre(0));
  mesh.positions.push_back(centre(last));
  for (std::uint32_t j = 0; j < m; ++j) {
    mesh.indices.insert(mesh.indices.end(), {start, (j + 1) % m, j});
    mesh.indices.insert(mesh.indices.end(), {start + 1, last + j, last + (j + 1) % m});
  }
}

// Between the pairs (j, m - j) and (j + 1, m - j - 1), wound like the fan; the two triangles at
// the section's ends, where a pair is one point, are left out.
void acrossSectionCaps(Mesh& mesh, std::uint32_t m, std::uint32_t n) {
  const std::uint32_t last = (n - 1) * m;
  for (std::uint32_t j = 0; j < m / 2; ++j) {
    const std::uint32_t p = j, q = j + 1, facingP = (m - j) % m, facingQ = m - j - 1;
    if (p != facingP) {
      mesh.indices.insert(mesh.indices.end(), {q, p, facingP});
      mesh.indices.insert(mesh.indices.end(), {last + p, last + q, last + facingP});
    }
    if (q != facingQ) {
      mesh.indices.insert(mesh.indices.end(), {q, facingP, facingQ});
      mesh.indices.insert(mesh.indices.end(), {last + facingP, last + q, last + facingQ});
    }
  }
}

}  // namespace

Mesh loftRings(const std::vector<std::vector<glm::vec3>>& rings, LoftCaps caps) {
  Mesh mesh;
  if (rings.size() < 2 || rings.front().size() < 3) return mesh;
  const auto m = static_cast<std::uint32_t>(rings.front().size());
  const auto n = static_cast<std::uint32_t>(rings.size());
  for (const auto& ring : rings) mesh.positions.insert(mesh.positions.end(), ring.begin(), ring.end());
  for (std::uint32_t i = 0; i + 1 < n; ++i)
    for (std::uint32_t j = 0; j < m; ++j) {
      const std::uint32_t a = i * m + j, b = i * m + (j + 1) % m;
      const std::uint32_t c = a + m, d = b + m;
      mesh.indices.insert(mesh.indices.end(), {a, b, d, a, d, c});
    }
  if (caps == LoftCaps::AcrossSection && m % 2 == 0) acrossSectionCaps(mesh, m, n);
  else fanCaps(mesh, m, n);
  // Make the winding face outward: the signed volume of a closed outward mesh is positive.
  double volume = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a(mesh.positions[mesh.indices[t]]), b(mesh.positions[mesh.indices[t + 1]]),
        c(mesh.positions[mesh.indices[t + 2]]);
    volume += glm::dot(a, glm::cross(b, c));
  }
  if (volume < 0.0)
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
  computeSmoothNormals(mesh);
  return mesh;
}

}  // namespace myo
