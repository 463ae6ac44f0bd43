#include "myo/engine/solid_check.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <unordered_map>

#include <glm/geometric.hpp>
#include <glm/vec3.hpp>

namespace myo {

namespace {

using Triangle = std::array<std::uint32_t, 3>;

struct Welded {
  std::vector<glm::dvec3> points;
  std::vector<Triangle> triangles;  // degenerate ones (two corners welded together) left out
  double volume = 0.0;
};

struct Cell {
  std::int64_t x, y, z;
  bool operator==(const Cell& o) const { return x == o.x && y == o.y && z == o.z; }
};
struct CellHash {
  std::size_t operator()(const Cell& c) const {
    std::uint64_t h = static_cast<std::uint64_t>(c.x) * 0x9E3779B97F4A7C15ull;
    h ^= static_cast<std::uint64_t>(c.y) * 0xC2B2AE3D27D4EB4Full + (h << 6) + (h >> 2);
    h ^= static_cast<std::uint64_t>(c.z) * 0x165667B19E3779F9ull + (h << 6) + (h >> 2);
    return static_cast<std::size_t>(h);
  }
};

Welded weld(const std::vector<const Mesh*>& pieces, float tolerance) {
  Welded out;
  std::unordered_map<Cell, std::uint32_t, CellHash> ids;
  const double scale = 1.0 / std::max(static_cast<double>(tolerance), 1e-9);
  for (const Mesh* mesh : pieces) {
    std::vector<std::uint32_t> local(mesh->positions.size());
    for (std::size_t v = 0; v < mesh->positions.size(); ++v) {
      const glm::dvec3 p(mesh->positions[v]);
      const Cell key{std::llround(p.x * scale), std::llround(p.y * scale), std::llround(p.z * scale)};
      const auto [it, added] = ids.emplace(key, static_cast<std::uint32_t>(out.points.size()));
      if (added) out.points.push_back(p);
      local[v] = it->second;
    }
    for (std::size_t t = 0; t + 2 < mesh->indices.size(); t += 3) {
      const Triangle tri{local[mesh->indices[t]], local[mesh->indices[t + 1]], local[mesh->indices[t + 2]]};
      const glm::dvec3 a(mesh->positions[mesh->indices[t]]), b(mesh->positions[mesh->indices[t + 1]]),
          c(mesh->positions[mesh->indices[t + 2]]);
      out.volume += glm::dot(a, glm::cross(b, c)) / 6.0;
      if (tri[0] != tri[1] && tri[1] != tri[2] && tri[0] != tri[2]) out.triangles.push_back(tri);
    }
  }
  return out;
}

// The segment p-q crosses the triangle's interior (touching an edge or a corner does not count).
bool segmentCrosses(const glm::dvec3& p, const glm::dvec3& q, const glm::dvec3& a, const glm::dvec3& b,
                    const glm::dvec3& c) {
  constexpr double kEps = 1e-9;
  const glm::dvec3 d = q - p, e1 = b - a, e2 = c - a;
  const glm::dvec3 h = glm::cross(d, e2);
  const double det = glm::dot(e1, h);
  const double scale = glm::length(d) * glm::length(e1) * glm::length(e2);
  if (std::abs(det) <= 1e-12 * scale) return false;  // parallel or coplanar: not counted
  const double inv = 1.0 / det;
  const glm::dvec3 s = p - a;
  const double u = glm::dot(s, h) * inv;
  if (u <= kEps || u >= 1.0 - kEps) return false;
  const glm::dvec3 qv = glm::cross(s, e1);
  const double v = glm::dot(d, qv) * inv;
  if (v <= kEps || u + v >= 1.0 - kEps) return false;
  const double t = glm::dot(e2, qv) * inv;
  return t > kEps && t < 1.0 - kEps;
}

bool trianglesCross(const Welded& w, const Triangle& s, const Triangle& t) {
  const auto edgesThrough = [&](const Triangle& edges, const Triangle& face) {
    for (int e = 0; e < 3; ++e)
      if (segmentCrosses(w.points[edges[e]], w.points[edges[(e + 1) % 3]], w.points[face[0]], w.points[face[1]],
                         w.points[face[2]]))
        return true;
    return false;
  };
  return edgesThrough(s, t) || edgesThrough(t, s);
}

bool shareCorner(const Triangle& s, const Triangle& t) {
  for (std::uint32_t a : s)
    for (std::uint32_t b : t)
      if (a == b) return true;
  return false;
}

// Pairs of triangles whose boxes share a cell of a uniform grid, each pair tested once.
std::size_t countIntersections(const Welded& w) {
  const std::size_t n = w.triangles.size();
  if (n < 2) return 0;
  std::vector<glm::dvec3> lo(n), hi(n);
  double meanSize = 0.0;
  for (std::size_t i = 0; i < n; ++i) {
    lo[i] = hi[i] = w.points[w.triangles[i][0]];
    for (int c = 1; c < 3; ++c) {
      lo[i] = glm::min(lo[i], w.points[w.triangles[i][static_cast<std::size_t>(c)]]);
      hi[i] = glm::max(hi[i], w.points[w.triangles[i][static_cast<std::size_t>(c)]]);
    }
    const glm::dvec3 size = hi[i] - lo[i];
    meanSize += std::max({size.x, size.y, size.z});
  }
  const double cell = std::max(2.0 * meanSize / static_cast<double>(n), 1e-6);
  const auto index = [&](double v) { return static_cast<std::int64_t>(std::floor(v / cell)); };
  std::unordered_map<Cell, std::vector<std::uint32_t>, CellHash> grid;
  for (std::size_t i = 0; i < n; ++i)
    for (std::int64_t x = index(lo[i].x); x <= index(hi[i].x); ++x)
      for (std::int64_t y = index(lo[i].y); y <= index(hi[i].y); ++y)
        for (std::int64_t z = index(lo[i].z); z <= index(hi[i].z); ++z)
          grid[Cell{x, y, z}].push_back(static_cast<std::uint32_t>(i));
  std::size_t count = 0;
  for (const auto& [key, members] : grid)
    for (std::size_t a = 0; a < members.size(); ++a)
      for (std::size_t b = a + 1; b < members.size(); ++b) {
        const std::uint32_t i = members[a], j = members[b];
        // Counted in the lowest cell both boxes reach, so a pair seen in several cells counts once.
        const glm::dvec3 low = glm::max(lo[i], lo[j]);
        if (!(Cell{index(low.x), index(low.y), index(low.z)} == key)) continue;
        if (glm::any(glm::greaterThan(low, glm::min(hi[i], hi[j])))) continue;
        if (shareCorner(w.triangles[i], w.triangles[j])) continue;
        if (trianglesCross(w, w.triangles[i], w.triangles[j])) ++count;
      }
  return count;
}

}  // namespace

SolidReport inspectSolid(const std::vector<const Mesh*>& pieces, float weldTolerance) {
  const Welded w = weld(pieces, weldTolerance);
  SolidReport report;
  report.triangles = w.triangles.size();
  report.volume = w.volume;
  std::unordered_map<std::uint64_t, int> uses;
  for (const Triangle& t : w.triangles)
    for (int e = 0; e < 3; ++e) {
      std::uint64_t a = t[static_cast<std::size_t>(e)], b = t[static_cast<std::size_t>((e + 1) % 3)];
      if (a > b) std::swap(a, b);
      ++uses[(a << 32) | b];
    }
  for (const auto& [edge, count] : uses) {
    if (count == 1) ++report.openEdges;
    if (count > 2) ++report.overusedEdges;
  }
  report.intersectingPairs = countIntersections(w);
  return report;
}

}  // namespace myo
