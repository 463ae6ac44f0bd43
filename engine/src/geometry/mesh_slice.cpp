#include "myo/engine/mesh_slice.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <map>
#include <tuple>
#include <utility>

#include <glm/geometric.hpp>

namespace myo {

namespace {

// A point where the plane crosses an edge, named by the edge so neighbouring triangles agree on it.
using EdgeKey = std::pair<std::uint32_t, std::uint32_t>;

EdgeKey edgeKey(std::uint32_t a, std::uint32_t b) { return a < b ? EdgeKey{a, b} : EdgeKey{b, a}; }

float cross2(const glm::vec2& o, const glm::vec2& a, const glm::vec2& b) {
  return (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
}

// One id per distinct position, so a mesh with seams (the same corner twice) still gives closed loops.
std::vector<std::uint32_t> weldedIds(const Mesh& mesh) {
  std::map<std::tuple<long long, long long, long long>, std::uint32_t> ids;
  std::vector<std::uint32_t> out(mesh.positions.size());
  for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
    const glm::vec3 p = mesh.positions[v] * 1e6f;
    out[v] = ids.emplace(std::make_tuple(std::llround(p.x), std::llround(p.y), std::llround(p.z)), static_cast<std::uint32_t>(v))
                 .first->second;
  }
  return out;
}

}  // namespace

std::vector<Outline> sliceAtHeight(const Mesh& mesh, float y) {
  // A vertex exactly on the plane counts as above it, so every crossing is on an edge's interior.
  const auto above = [&](std::uint32_t v) { return mesh.positions[v].y >= y; };
  const std::vector<std::uint32_t> welded = weldedIds(mesh);
  std::map<EdgeKey, glm::vec2> points;
  std::map<EdgeKey, std::vector<EdgeKey>> links;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    std::vector<EdgeKey> crossed;
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = welded[mesh.indices[t + static_cast<std::size_t>(e)]];
      const std::uint32_t b = welded[mesh.indices[t + static_cast<std::size_t>((e + 1) % 3)]];
      if (above(a) == above(b)) continue;
      const EdgeKey key = edgeKey(a, b);
      const glm::vec3 &p = mesh.positions[a], &q = mesh.positions[b];
      const float s = (y - p.y) / (q.y - p.y);
      points.emplace(key, glm::vec2(p.x + s * (q.x - p.x), p.z + s * (q.z - p.z)));
      crossed.push_back(key);
    }
    if (crossed.size() != 2) continue;
    links[crossed[0]].push_back(crossed[1]);
    links[crossed[1]].push_back(crossed[0]);
  }
  // Each link is walked once. Where two surfaces touch along an edge (shared by four triangles:
  // skin folded onto itself), its crossing has four links and the outline passes it twice.
  std::map<std::pair<EdgeKey, EdgeKey>, int> unwalked;
  for (const auto& [from, to] : links)
    for (const EdgeKey& k : to) ++unwalked[{from, k}];
  const auto walk = [&](const EdgeKey& from, const EdgeKey& to) {
    --unwalked[{from, to}];
    --unwalked[{to, from}];
  };
  // The crossings of one closed walk from `from` back to it, or none where it cannot get back.
  const auto cycle = [&](const EdgeKey& from) {
    std::vector<EdgeKey> walked;
    EdgeKey current = from;
    while (true) {
      const std::vector<EdgeKey>& around = links[current];
      const auto step = std::find_if(around.begin(), around.end(), [&](const EdgeKey& k) { return unwalked[{current, k}] > 0; });
      if (step == around.end()) return std::vector<EdgeKey>{};
      walked.push_back(current);
      walk(current, *step);
      current = *step;
      if (current == from) return walked;
    }
  };
  std::vector<Outline> outlines;
  for (const auto& [start, next] : links) {
    std::vector<EdgeKey> loop = cycle(start);
    if (loop.empty()) continue;
    // A crossing passed twice leaves a second round from it: walk that too and splice it in there.
    for (std::size_t i = 0; i < loop.size(); ++i)
      for (std::vector<EdgeKey> round = cycle(loop[i]); !round.empty(); round = cycle(loop[i])) {
        round.push_back(loop[i]);
        loop.insert(loop.begin() + std::ptrdiff_t(i) + 1, round.begin() + 1, round.end());
      }
    if (loop.size() < 3) continue;
    Outline outline;
    for (const EdgeKey& k : loop) outline.push_back(points[k]);
    outlines.push_back(std::move(outline));
  }
  return outlines;
}

bool encloses(const Outline& outline, const glm::vec2& point) {
  bool inside = false;
  for (std::size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++) {
    const glm::vec2 &a = outline[i], &b = outline[j];
    if ((a.y > point.y) != (b.y > point.y) && point.x < (b.x - a.x) * (point.y - a.y) / (b.y - a.y) + a.x) inside = !inside;
  }
  return inside;
}

float tapeLength(const Outline& outline) {
  if (outline.size() < 3) return 0.0f;
  Outline sorted = outline;
  std::sort(sorted.begin(), sorted.end(), [](const glm::vec2& a, const glm::vec2& b) { return a.x < b.x || (a.x == b.x && a.y < b.y); });
  Outline hull(2 * sorted.size());
  std::size_t k = 0;
  for (std::size_t i = 0; i < sorted.size(); ++i) {  // Andrew's monotone chain
    while (k >= 2 && cross2(hull[k - 2], hull[k - 1], sorted[i]) <= 0.0f) --k;
    hull[k++] = sorted[i];
  }
  for (std::size_t i = sorted.size() - 1, lower = k + 1; i > 0; --i) {
    while (k >= lower && cross2(hull[k - 2], hull[k - 1], sorted[i - 1]) <= 0.0f) --k;
    hull[k++] = sorted[i - 1];
  }
  float length = 0.0f;
  for (std::size_t i = 1; i < k; ++i) length += glm::length(hull[i] - hull[i - 1]);
  return length;
}

float enclosedArea(const Outline& outline) {
  float twice = 0.0f;
  for (std::size_t i = 0, j = outline.size() - 1; i < outline.size(); j = i++)
    twice += outline[j].x * outline[i].y - outline[i].x * outline[j].y;
  return std::abs(0.5f * twice);
}

}  // namespace myo
