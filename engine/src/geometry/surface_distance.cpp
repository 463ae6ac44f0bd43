#include "myo/engine/surface_distance.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <queue>
#include <tuple>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

namespace myo {

namespace {

using Key = std::tuple<std::int64_t, std::int64_t, std::int64_t>;

Key quantise(const glm::vec3& p, float step) {
  return {std::llround(p.x / step), std::llround(p.y / step), std::llround(p.z / step)};
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

  // Nearest-vertex grid: about four vertices a cell.
  if (n == 0) return;
  Bounds box;
  for (const glm::vec3& p : positions_) box.add(p);
  const glm::vec3 size = glm::max(box.size(), glm::vec3(1e-6f));
  const float volume = size.x * size.y * size.z;
  cellSize_ = std::max(std::cbrt(volume / (float(n) / 4.0f)), 1e-4f);
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
}

std::uint32_t SurfaceDistance::nearestWelded(const glm::vec3& point) const {
  if (positions_.empty()) return 0;
  const glm::ivec3 center = glm::clamp(glm::ivec3(glm::floor((point - gridOrigin_) / cellSize_)), glm::ivec3(0), gridSize_ - 1);
  float best = std::numeric_limits<float>::max();
  std::uint32_t bestVertex = 0;
  // Search growing shells of cells until the best hit cannot be beaten by a farther shell.
  const int maxRing = std::max({gridSize_.x, gridSize_.y, gridSize_.z});
  for (int ring = 0; ring <= maxRing; ++ring) {
    for (int z = center.z - ring; z <= center.z + ring; ++z) {
      if (z < 0 || z >= gridSize_.z) continue;
      for (int y = center.y - ring; y <= center.y + ring; ++y) {
        if (y < 0 || y >= gridSize_.y) continue;
        for (int x = center.x - ring; x <= center.x + ring; ++x) {
          if (x < 0 || x >= gridSize_.x) continue;
          if (std::max({std::abs(x - center.x), std::abs(y - center.y), std::abs(z - center.z)}) != ring) continue;
          const std::size_t cell = (std::size_t(z) * gridSize_.y + y) * gridSize_.x + x;
          for (std::uint32_t i = cellStart_[cell]; i < cellStart_[cell + 1]; ++i) {
            const float d = glm::distance(point, positions_[cellVertices_[i]]);
            if (d < best) { best = d; bestVertex = cellVertices_[i]; }
          }
        }
      }
    }
    if (best < float(ring) * cellSize_) break;
  }
  return bestVertex;
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
  using Entry = std::pair<float, std::uint32_t>;
  std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
  for (const glm::vec3& seed : seeds) {
    const std::uint32_t v = nearestWelded(seed);
    const float d = glm::distance(seed, positions_[v]);
    if (d < distance[v]) {
      distance[v] = d;
      queue.emplace(d, v);
    }
  }
  while (!queue.empty()) {
    const auto [d, v] = queue.top();
    queue.pop();
    if (d > distance[v] || d > maxDistance) continue;
    for (std::uint32_t e = edgeStart_[v]; e < edgeStart_[v + 1]; ++e) {
      const float next = d + edgeLength_[e];
      const std::uint32_t u = edgeTarget_[e];
      if (next < distance[u] && next <= maxDistance) {
        distance[u] = next;
        queue.emplace(next, u);
      }
    }
  }
  std::vector<float> perVertex(welded_.size());
  for (std::size_t i = 0; i < welded_.size(); ++i) perVertex[i] = distance[welded_[i]];
  return perVertex;
}

}  // namespace myo
