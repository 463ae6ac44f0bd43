#include "myo/engine/surface_distance.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <queue>
#include <tuple>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include "myo/engine/distance_functions.hpp"

namespace myo {

namespace {

using Key = std::tuple<std::int64_t, std::int64_t, std::int64_t>;

Key quantise(const glm::vec3& p, float step) {
  return {std::llround(p.x / step), std::llround(p.y / step), std::llround(p.z / step)};
}

glm::vec3 closestOnTriangle(const glm::vec3& p, const glm::vec3& a, const glm::vec3& b, const glm::vec3& c) {
  const glm::vec3 w = sdf::nearestWeights(p, a, b, c);
  return a * w.x + b * w.y + c * w.z;
}

// Distance at corner c of triangle abc when a and b are at distances da and db from a source:
// unfold the triangle into the plane, put the virtual source s where it is da from a and db from
// b (on the far side of ab from c), and measure s to c if that straight line enters through the
// edge ab. Infinite when it does not (the edges then carry the shorter path).
float unfoldedDistance(const glm::vec3& a, float da, const glm::vec3& b, float db, const glm::vec3& c) {
  const float ab = glm::distance(a, b);
  if (ab < 1e-9f) return SurfaceDistance::kFar;
  const float ac = glm::distance(a, c), bc = glm::distance(b, c);
  const float cx = (ac * ac - bc * bc + ab * ab) / (2.0f * ab);
  const float cy = std::sqrt(std::max(ac * ac - cx * cx, 0.0f));
  const float sx = (da * da - db * db + ab * ab) / (2.0f * ab);
  const float sy2 = da * da - sx * sx;
  if (sy2 < 0.0f) return SurfaceDistance::kFar;
  const float sy = -std::sqrt(sy2);
  const float rise = cy - sy;
  if (rise <= 1e-9f) return SurfaceDistance::kFar;
  const float crossing = sx + (cx - sx) * (-sy / rise);
  if (crossing < 0.0f || crossing > ab) return SurfaceDistance::kFar;
  return std::hypot(cx - sx, cy - sy);
}

}  // namespace

SurfaceDistance::SurfaceDistance(const Mesh& mesh, float weldDistance) {
  // Weld vertices that share a position (within weldDistance).
  std::map<Key, std::uint32_t> seen;
  welded_.resize(mesh.positions.size());
  for (std::size_t i = 0; i < mesh.positions.size(); ++i) {
    const auto [it, inserted] =
        seen.try_emplace(quantise(mesh.positions[i], weldDistance), static_cast<std::uint32_t>(positions_.size()));
    if (inserted) {
      positions_.push_back(mesh.positions[i]);
      firstMeshVertex_.push_back(static_cast<std::uint32_t>(i));
    }
    welded_[i] = it->second;
  }
  const std::size_t n = positions_.size();

  // Undirected edges, deduplicated, as compressed rows.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  edges.reserve(mesh.indices.size() * 2);
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    for (int k = 0; k < 3; ++k) {
      const std::uint32_t a = welded_[mesh.indices[t + k]];
      const std::uint32_t b = welded_[mesh.indices[t + (k + 1) % 3]];
      if (a == b) continue;
      edges.emplace_back(a, b);
      edges.emplace_back(b, a);
    }
  }
  std::sort(edges.begin(), edges.end());
  edges.erase(std::unique(edges.begin(), edges.end()), edges.end());
  edgeStart_.assign(n + 1, 0);
  for (const auto& e : edges) ++edgeStart_[e.first + 1];
  for (std::size_t i = 0; i < n; ++i) edgeStart_[i + 1] += edgeStart_[i];
  edgeTarget_.resize(edges.size());
  edgeLength_.resize(edges.size());
  for (std::size_t i = 0; i < edges.size(); ++i) {
    edgeTarget_[i] = edges[i].second;
    edgeLength_[i] = glm::distance(positions_[edges[i].first], positions_[edges[i].second]);
  }

  // Triangles over welded corners, and the triangles around each vertex.
  triangleStart_.assign(n + 1, 0);
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t a = welded_[mesh.indices[t]], b = welded_[mesh.indices[t + 1]], c = welded_[mesh.indices[t + 2]];
    if (a == b || b == c || a == c) continue;
    triangles_.insert(triangles_.end(), {a, b, c});
    ++triangleStart_[a + 1];
    ++triangleStart_[b + 1];
    ++triangleStart_[c + 1];
  }
  for (std::size_t i = 0; i < n; ++i) triangleStart_[i + 1] += triangleStart_[i];
  vertexTriangles_.resize(triangleStart_[n]);
  {
    std::vector<std::uint32_t> fill(triangleStart_.begin(), triangleStart_.end() - 1);
    for (std::uint32_t t = 0; t < triangles_.size() / 3; ++t)
      for (int k = 0; k < 3; ++k) vertexTriangles_[fill[triangles_[3 * t + k]]++] = t;
  }

  // Nearest-vertex and nearest-triangle grid. Cells about two edges wide: a query near the surface
  // then tests a few triangles in the 27 cells around it. Cells sized by the box's volume instead
  // hold a whole patch of a thin surface each (the skin fills a small part of its box), and the
  // nearest-triangle queries of drawn zones spent most of their time there. At most four cells a
  // vertex, which bounds the grid's memory.
  if (n == 0) return;
  Bounds box;
  for (const glm::vec3& p : positions_) box.add(p);
  const glm::vec3 size = glm::max(box.size(), glm::vec3(1e-6f));
  const float volume = size.x * size.y * size.z;
  double edgeSum = 0.0;
  for (float length : edgeLength_) edgeSum += length;
  const float meanEdge = edgeLength_.empty() ? 0.0f : float(edgeSum / double(edgeLength_.size()));
  const float smallestCell = std::cbrt(volume / (float(n) * 4.0f));    // four cells a vertex
  const float largestCell = std::cbrt(volume / (float(n) / 4.0f));     // four vertices a cell
  cellSize_ = std::max(std::clamp(2.0f * meanEdge, smallestCell, largestCell), 1e-4f);
  gridOrigin_ = box.min;
  gridSize_ = glm::max(glm::ivec3(glm::ceil(size / cellSize_)), glm::ivec3(1));
  auto cellOf = [&](const glm::vec3& p) {
    const glm::ivec3 c = glm::clamp(glm::ivec3((p - gridOrigin_) / cellSize_), glm::ivec3(0), gridSize_ - 1);
    return (std::size_t(c.z) * gridSize_.y + c.y) * gridSize_.x + c.x;
  };
  const std::size_t cells = std::size_t(gridSize_.x) * gridSize_.y * gridSize_.z;
  cellStart_.assign(cells + 1, 0);
  for (const glm::vec3& p : positions_) ++cellStart_[cellOf(p) + 1];
  for (std::size_t i = 0; i < cells; ++i) cellStart_[i + 1] += cellStart_[i];
  cellVertices_.resize(n);
  std::vector<std::uint32_t> fill(cellStart_.begin(), cellStart_.end() - 1);
  for (std::uint32_t v = 0; v < n; ++v) cellVertices_[fill[cellOf(positions_[v])]++] = v;

  // Each triangle in every cell its bounding box overlaps (two passes: count, then fill).
  auto cellCoord = [&](const glm::vec3& p) {
    return glm::clamp(glm::ivec3((p - gridOrigin_) / cellSize_), glm::ivec3(0), gridSize_ - 1);
  };
  cellTriangleStart_.assign(cells + 1, 0);
  for (int pass = 0; pass < 2; ++pass) {
    std::vector<std::uint32_t> next;
    if (pass == 1) {
      for (std::size_t i = 0; i < cells; ++i) cellTriangleStart_[i + 1] += cellTriangleStart_[i];
      cellTriangles_.resize(cellTriangleStart_[cells]);
      next.assign(cellTriangleStart_.begin(), cellTriangleStart_.end() - 1);
    }
    for (std::uint32_t t = 0; t < triangles_.size() / 3; ++t) {
      const glm::vec3& a = positions_[triangles_[3 * t]];
      const glm::vec3& b = positions_[triangles_[3 * t + 1]];
      const glm::vec3& c = positions_[triangles_[3 * t + 2]];
      const glm::ivec3 lo = cellCoord(glm::min(a, glm::min(b, c))), hi = cellCoord(glm::max(a, glm::max(b, c)));
      for (int z = lo.z; z <= hi.z; ++z)
        for (int y = lo.y; y <= hi.y; ++y)
          for (int x = lo.x; x <= hi.x; ++x) {
            const std::size_t cell = (std::size_t(z) * gridSize_.y + y) * gridSize_.x + x;
            if (pass == 0) ++cellTriangleStart_[cell + 1];
            else cellTriangles_[next[cell]++] = t;
          }
    }
  }
}

template <class VisitCell>
void SurfaceDistance::searchShells(const glm::vec3& point, const float& best, VisitCell visit) const {
  // Cells in growing cubic shells around the point, until nothing in a farther shell can beat the
  // best distance found so far.
  const glm::ivec3 center = glm::clamp(glm::ivec3(glm::floor((point - gridOrigin_) / cellSize_)), glm::ivec3(0), gridSize_ - 1);
  const int maxRing = std::max({gridSize_.x, gridSize_.y, gridSize_.z});
  for (int ring = 0; ring <= maxRing; ++ring) {
    for (int z = std::max(center.z - ring, 0); z <= std::min(center.z + ring, gridSize_.z - 1); ++z)
      for (int y = std::max(center.y - ring, 0); y <= std::min(center.y + ring, gridSize_.y - 1); ++y)
        for (int x = std::max(center.x - ring, 0); x <= std::min(center.x + ring, gridSize_.x - 1); ++x) {
          if (std::max({std::abs(x - center.x), std::abs(y - center.y), std::abs(z - center.z)}) != ring) continue;
          visit((std::size_t(z) * gridSize_.y + y) * gridSize_.x + x);
        }
    if (best < float(ring) * cellSize_) break;
  }
}

std::uint32_t SurfaceDistance::nearestWelded(const glm::vec3& point) const {
  if (positions_.empty()) return 0;
  float best = std::numeric_limits<float>::max();
  std::uint32_t bestVertex = 0;
  searchShells(point, best, [&](std::size_t cell) {
    for (std::uint32_t i = cellStart_[cell]; i < cellStart_[cell + 1]; ++i) {
      const float d = glm::distance(point, positions_[cellVertices_[i]]);
      if (d < best) { best = d; bestVertex = cellVertices_[i]; }
    }
  });
  return bestVertex;
}

std::pair<std::uint32_t, float> SurfaceDistance::nearestTriangle(const glm::vec3& point) const {
  std::pair<std::uint32_t, float> best{0, kFar};
  if (cellTriangles_.empty()) return best;
  searchShells(point, best.second, [&](std::size_t cell) {
    for (std::uint32_t i = cellTriangleStart_[cell]; i < cellTriangleStart_[cell + 1]; ++i) {
      const std::uint32_t* t = &triangles_[3 * cellTriangles_[i]];
      const float d = glm::distance(point, closestOnTriangle(point, positions_[t[0]], positions_[t[1]], positions_[t[2]]));
      if (d < best.second) best = {cellTriangles_[i], d};
    }
  });
  return best;
}

float SurfaceDistance::distanceToSurface(const glm::vec3& point) const {
  const auto [triangle, d] = nearestTriangle(point);
  return std::min(d, distanceToNearestVertex(point));
}

glm::vec3 SurfaceDistance::closestPoint(const glm::vec3& point) const {
  const auto [triangle, d] = nearestTriangle(point);
  if (d == kFar) return point;
  const std::uint32_t* t = &triangles_[3 * triangle];
  return closestOnTriangle(point, positions_[t[0]], positions_[t[1]], positions_[t[2]]);
}

std::vector<std::uint8_t> SurfaceDistance::reachable(std::uint32_t start, std::span<const std::uint8_t> wall,
                                                     std::size_t limit) const {
  std::vector<std::uint8_t> blocked(positions_.size(), 0);
  for (std::size_t i = 0; i < welded_.size() && i < wall.size(); ++i)
    if (wall[i]) blocked[welded_[i]] = 1;
  std::vector<std::uint8_t> reached(positions_.size(), 0);
  if (start >= welded_.size() || blocked[welded_[start]]) return std::vector<std::uint8_t>(welded_.size(), 0);
  std::vector<std::uint32_t> stack{welded_[start]};
  reached[welded_[start]] = 1;
  std::size_t count = 1;
  while (!stack.empty()) {
    const std::uint32_t v = stack.back();
    stack.pop_back();
    for (std::uint32_t e = edgeStart_[v]; e < edgeStart_[v + 1]; ++e) {
      const std::uint32_t w = edgeTarget_[e];
      if (reached[w] || blocked[w]) continue;
      reached[w] = 1;
      if (++count > limit) return {};
      stack.push_back(w);
    }
  }
  std::vector<std::uint8_t> perVertex(welded_.size());
  for (std::size_t i = 0; i < welded_.size(); ++i) perVertex[i] = reached[welded_[i]];
  return perVertex;
}

float SurfaceDistance::distanceToNearestVertex(const glm::vec3& point) const {
  if (positions_.empty()) return kFar;
  return glm::distance(point, positions_[nearestWelded(point)]);
}

std::uint32_t SurfaceDistance::nearestVertex(const glm::vec3& point) const {
  return positions_.empty() ? 0 : firstMeshVertex_[nearestWelded(point)];
}

std::vector<float> SurfaceDistance::from(std::span<const glm::vec3> seeds, float maxDistance) const {
  std::vector<float> distance(positions_.size(), kFar);
  std::vector<std::uint32_t> source(positions_.size(), 0);  // the seed each distance comes from
  std::vector<std::uint8_t> settled(positions_.size(), 0);
  using Entry = std::pair<float, std::uint32_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
  auto relax = [&](std::uint32_t v, float d, std::uint32_t from) {
    if (d < distance[v] && d <= maxDistance && !settled[v]) {
      distance[v] = d;
      source[v] = from;
      queue.emplace(d, v);
    }
  };
  for (std::uint32_t s = 0; s < seeds.size() && !positions_.empty(); ++s) {
    const glm::vec3& seed = seeds[s];
    const std::uint32_t v = nearestWelded(seed);
    relax(v, glm::distance(seed, positions_[v]), s);
    // The triangle nearest to the seed: its corners start at their distance from it.
    const auto [bestTriangle, best] = nearestTriangle(seed);
    if (best < kFar)
      for (int k = 0; k < 3; ++k) {
        const std::uint32_t corner = triangles_[3 * bestTriangle + k];
        relax(corner, glm::distance(seed, positions_[corner]), s);
      }
  }
  while (!queue.empty()) {
    const auto [d, v] = queue.top();
    queue.pop();
    if (settled[v] || d > distance[v]) continue;
    settled[v] = 1;
    for (std::uint32_t e = edgeStart_[v]; e < edgeStart_[v + 1]; ++e) relax(edgeTarget_[e], d + edgeLength_[e], source[v]);
    // Across each triangle whose other settled corner was reached from the same seed, toward its
    // third corner; never nearer than the seed is in a straight line.
    for (std::uint32_t i = triangleStart_[v]; i < triangleStart_[v + 1]; ++i) {
      const std::uint32_t* t = &triangles_[3 * vertexTriangles_[i]];
      const int k = t[0] == v ? 0 : (t[1] == v ? 1 : 2);
      std::uint32_t a = t[(k + 1) % 3], b = t[(k + 2) % 3];
      if (settled[b] && !settled[a]) std::swap(a, b);
      if (!settled[a] || settled[b] || source[a] != source[v]) continue;
      const float across = unfoldedDistance(positions_[v], d, positions_[a], distance[a], positions_[b]);
      if (across < kFar) relax(b, std::max(across, glm::distance(seeds[source[v]], positions_[b])), source[v]);
    }
  }
  std::vector<float> perVertex(welded_.size());
  for (std::size_t i = 0; i < welded_.size(); ++i) perVertex[i] = distance[welded_[i]];
  return perVertex;
}

}  // namespace myo
