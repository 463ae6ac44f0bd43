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
  std::vector<std::uint32_t> source;  // each triangle's index among all the pieces' triangles
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
  std::uint32_t counted = 0;
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
    for (std::size_t t = 0; t + 2 < mesh->indices.size(); t += 3, ++counted) {
      const Triangle tri{local[mesh->indices[t]], local[mesh->indices[t + 1]], local[mesh->indices[t + 2]]};
      const glm::dvec3 a(mesh->positions[mesh->indices[t]]), b(mesh->positions[mesh->indices[t + 1]]),
          c(mesh->positions[mesh->indices[t + 2]]);
      out.volume += glm::dot(a, glm::cross(b, c)) / 6.0;
      if (tri[0] != tri[1] && tri[1] != tri[2] && tri[0] != tri[2]) {
        out.triangles.push_back(tri);
        out.source.push_back(counted);
      }
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

// All three corners of `t` lie clearly on one side of the plane of `s`: then no edge of either can
// cross the other (a quick rejection before the exact edge tests; borderline cases go on to them).
bool clearOfPlane(const Welded& w, const Triangle& s, const Triangle& t) {
  const glm::dvec3& a = w.points[s[0]];
  const glm::dvec3 n = glm::cross(w.points[s[1]] - a, w.points[s[2]] - a);
  const double nn = glm::length(n);
  if (nn <= 0.0) return false;
  double lo = 0.0, hi = 0.0, reach = 0.0;
  for (int c = 0; c < 3; ++c) {
    const glm::dvec3 d = w.points[t[static_cast<std::size_t>(c)]] - a;
    const double side = glm::dot(n, d);
    lo = c == 0 ? side : std::min(lo, side);
    hi = c == 0 ? side : std::max(hi, side);
    reach = std::max(reach, glm::length(d));
  }
  const double margin = 1e-9 * nn * std::max(reach, 1e-12);
  return lo > margin || hi < -margin;
}

bool trianglesCross(const Welded& w, const Triangle& s, const Triangle& t) {
  if (clearOfPlane(w, s, t) || clearOfPlane(w, t, s)) return false;
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

// Pairs of triangles whose boxes share a cell of a uniform grid, each pair tested once; the pairs
// that cross are added to `pairs` (as the pieces' triangle indices) when it is given.
// With `only`, just the pairs with at least one triangle it flags (by index in w.triangles).
std::size_t countIntersections(const Welded& w, std::vector<std::pair<std::uint32_t, std::uint32_t>>* pairs = nullptr,
                               const std::vector<char>* only = nullptr) {
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
  // (cell, triangle) for every cell a triangle's box reaches, sorted by cell: each run of one cell
  // is the triangles to test against each other there. The cell is packed in one key, its
  // coordinates counted from the lowest cell, when they fit in 21 bits each.
  struct Entry {
    Cell cell;
    std::uint64_t key;
    std::uint32_t triangle;
  };
  std::vector<Cell> lowCell(n), highCell(n);
  Cell least{0, 0, 0}, most{0, 0, 0};
  for (std::size_t i = 0; i < n; ++i) {
    lowCell[i] = Cell{index(lo[i].x), index(lo[i].y), index(lo[i].z)};
    highCell[i] = Cell{index(hi[i].x), index(hi[i].y), index(hi[i].z)};
    if (i == 0) least = lowCell[i], most = highCell[i];
    least = Cell{std::min(least.x, lowCell[i].x), std::min(least.y, lowCell[i].y), std::min(least.z, lowCell[i].z)};
    most = Cell{std::max(most.x, highCell[i].x), std::max(most.y, highCell[i].y), std::max(most.z, highCell[i].z)};
  }
  constexpr std::int64_t kSpan = std::int64_t(1) << 21;
  const bool packed = most.x - least.x < kSpan && most.y - least.y < kSpan && most.z - least.z < kSpan;
  std::vector<Entry> entries;
  entries.reserve(n * 4);
  // With `only`, the flagged triangles' cells first: the others are needed only in those.
  std::vector<std::uint64_t> flaggedCells;
  const bool pruned = only != nullptr && packed;
  for (int pass = pruned ? 0 : 1; pass < 2; ++pass) {
    if (pass == 1 && pruned) {
      for (const Entry& e : entries) flaggedCells.push_back(e.key);
      std::sort(flaggedCells.begin(), flaggedCells.end());
      flaggedCells.erase(std::unique(flaggedCells.begin(), flaggedCells.end()), flaggedCells.end());
    }
    for (std::size_t i = 0; i < n; ++i) {
      if (pruned && ((*only)[i] != 0) != (pass == 0)) continue;
      const Cell& l = lowCell[i];
      const Cell& h = highCell[i];
      for (std::int64_t x = l.x; x <= h.x; ++x)
        for (std::int64_t y = l.y; y <= h.y; ++y)
          for (std::int64_t z = l.z; z <= h.z; ++z) {
            const std::uint64_t key = packed ? (std::uint64_t(x - least.x) << 42) | (std::uint64_t(y - least.y) << 21) |
                                                   std::uint64_t(z - least.z)
                                             : 0;
            if (pruned && pass == 1 && !std::binary_search(flaggedCells.begin(), flaggedCells.end(), key)) continue;
            entries.push_back(Entry{Cell{x, y, z}, key, static_cast<std::uint32_t>(i)});
          }
    }
  }
  if (packed) {
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
      return a.key != b.key ? a.key < b.key : a.triangle < b.triangle;
    });
  } else {
    const auto before = [](const Cell& a, const Cell& b) {
      return a.x != b.x ? a.x < b.x : a.y != b.y ? a.y < b.y : a.z < b.z;
    };
    std::sort(entries.begin(), entries.end(), [&](const Entry& a, const Entry& b) {
      return before(a.cell, b.cell) || (a.cell == b.cell && a.triangle < b.triangle);
    });
  }
  std::size_t count = 0;
  for (std::size_t first = 0; first < entries.size();) {
    std::size_t last = first;
    while (last < entries.size() && entries[last].cell == entries[first].cell) ++last;
    const Cell& key = entries[first].cell;
    bool any = only == nullptr;
    for (std::size_t a = first; a < last && !any; ++a) any = (*only)[entries[a].triangle] != 0;
    for (std::size_t a = first; a < last && any; ++a) {
      // With `only`, each pair once from a flagged triangle: from the earlier one if both are.
      if (only && !(*only)[entries[a].triangle]) continue;
      for (std::size_t b = only ? first : a + 1; b < last; ++b) {
        if (only && (b == a || (b < a && (*only)[entries[b].triangle]))) continue;
        const std::uint32_t i = std::min(entries[a].triangle, entries[b].triangle),
                            j = std::max(entries[a].triangle, entries[b].triangle);
        if (glm::any(glm::greaterThan(glm::max(lo[i], lo[j]), glm::min(hi[i], hi[j])))) continue;
        // Counted in the lowest cell both boxes reach, so a pair seen in several cells counts once.
        const Cell low{std::max(lowCell[i].x, lowCell[j].x), std::max(lowCell[i].y, lowCell[j].y),
                       std::max(lowCell[i].z, lowCell[j].z)};
        if (!(low == key)) continue;
        if (shareCorner(w.triangles[i], w.triangles[j])) continue;
        if (trianglesCross(w, w.triangles[i], w.triangles[j])) {
          ++count;
          if (pairs) pairs->emplace_back(w.source[i], w.source[j]);
        }
      }
    }
    first = last;
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

std::vector<std::pair<std::uint32_t, std::uint32_t>> crossingTriangles(const Mesh& mesh, float weldTolerance,
                                                                       const std::vector<char>* touching) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
  const Welded w = weld({&mesh}, weldTolerance);
  std::vector<char> only;
  if (touching) {
    only.assign(w.triangles.size(), 0);
    for (std::size_t t = 0; t < w.triangles.size(); ++t)
      for (std::size_t c = 0; c < 3; ++c) only[t] = only[t] || (*touching)[mesh.indices[3 * std::size_t(w.source[t]) + c]];
  }
  countIntersections(w, &pairs, touching ? &only : nullptr);
  // Each pair as (lower, higher) and the list sorted: the same list for the same surface, whatever
  // order the cells were visited in.
  for (auto& p : pairs)
    if (p.first > p.second) std::swap(p.first, p.second);
  std::sort(pairs.begin(), pairs.end());
  return pairs;
}

}  // namespace myo
