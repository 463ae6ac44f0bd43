#include "myo/engine/bvh.hpp"

#include <algorithm>
#include <cmath>
#include <glm/geometric.hpp>

namespace myo {

TriangleBvh::TriangleBvh(const Mesh& mesh) {
  const std::size_t n = mesh.triangleCount();
  a_.resize(n);
  e1_.resize(n);
  e2_.resize(n);
  order_.resize(n);
  std::vector<glm::vec3> centroids(n);
  for (std::size_t t = 0; t < n; ++t) {
    const glm::vec3 a = mesh.positions[mesh.indices[3 * t]];
    const glm::vec3 b = mesh.positions[mesh.indices[3 * t + 1]];
    const glm::vec3 c = mesh.positions[mesh.indices[3 * t + 2]];
    a_[t] = a;
    e1_[t] = b - a;
    e2_[t] = c - a;
    centroids[t] = (a + b + c) / 3.0f;
    order_[t] = static_cast<std::uint32_t>(t);
  }
  if (n == 0) return;
  nodes_.reserve(2 * n / 2 + 1);
  build(0, static_cast<std::uint32_t>(n), centroids);
}

std::uint32_t TriangleBvh::build(std::uint32_t begin, std::uint32_t end, std::vector<glm::vec3>& centroids) {
  const auto self = static_cast<std::uint32_t>(nodes_.size());
  nodes_.emplace_back();
  Bounds box, centreBox;
  for (std::uint32_t i = begin; i < end; ++i) {
    const std::uint32_t t = order_[i];
    box.add(a_[t]);
    box.add(a_[t] + e1_[t]);
    box.add(a_[t] + e2_[t]);
    centreBox.add(centroids[t]);
  }
  nodes_[self].box = box;
  if (end - begin <= 4) {
    nodes_[self].first = begin;
    nodes_[self].count = end - begin;
    return self;
  }
  const glm::vec3 extent = centreBox.size();
  const int axis = extent.x > extent.y ? (extent.x > extent.z ? 0 : 2) : (extent.y > extent.z ? 1 : 2);
  const std::uint32_t mid = begin + (end - begin) / 2;
  std::nth_element(order_.begin() + begin, order_.begin() + mid, order_.begin() + end,
                   [&](std::uint32_t l, std::uint32_t r) {
                     const float cl = centroids[l][axis], cr = centroids[r][axis];
                     return cl < cr || (cl == cr && l < r);
                   });
  build(begin, mid, centroids);  // left child is self + 1
  const std::uint32_t right = build(mid, end, centroids);
  nodes_[self].first = right;
  nodes_[self].count = 0;
  return self;
}

namespace {

bool hitsBox(const Bounds& box, const glm::vec3& origin, const glm::vec3& inverse, float maxT) {
  float t0 = 0.0f, t1 = maxT;
  for (int a = 0; a < 3; ++a) {
    float near = (box.min[a] - origin[a]) * inverse[a];
    float far = (box.max[a] - origin[a]) * inverse[a];
    if (near > far) std::swap(near, far);
    t0 = std::max(t0, near);
    t1 = std::min(t1, far);
    if (t0 > t1) return false;
  }
  return true;
}

}  // namespace

template <class Visit>
void TriangleBvh::traverse(const glm::vec3& origin, const glm::vec3& direction, float maxT, Visit&& visit) const {
  if (nodes_.empty()) return;
  const glm::vec3 inverse(1.0f / direction.x, 1.0f / direction.y, 1.0f / direction.z);
  std::uint32_t stack[64];
  int top = 0;
  stack[top++] = 0;
  while (top > 0) {
    const Node& node = nodes_[stack[--top]];
    if (!hitsBox(node.box, origin, inverse, maxT)) continue;
    if (node.count == 0) {
      stack[top++] = static_cast<std::uint32_t>(&node - nodes_.data()) + 1;
      stack[top++] = node.first;
      continue;
    }
    for (std::uint32_t i = node.first; i < node.first + node.count; ++i) {
      const std::uint32_t t = order_[i];
      // Moller-Trumbore.
      const glm::vec3 p = glm::cross(direction, e2_[t]);
      const float det = glm::dot(e1_[t], p);
      if (std::abs(det) < 1e-14f) continue;
      const float inv = 1.0f / det;
      const glm::vec3 s = origin - a_[t];
      const float u = glm::dot(s, p) * inv;
      if (u < 0.0f || u > 1.0f) continue;
      const glm::vec3 q = glm::cross(s, e1_[t]);
      const float v = glm::dot(direction, q) * inv;
      if (v < 0.0f || u + v > 1.0f) continue;
      const float dist = glm::dot(e2_[t], q) * inv;
      if (dist < 0.0f || dist > maxT) continue;
      visit(RayHit{dist, t, det > 0.0f});  // det = -dot(direction, normal)
    }
  }
}

std::optional<RayHit> TriangleBvh::nearest(const glm::vec3& origin, const glm::vec3& direction, float maxT) const {
  std::optional<RayHit> best;
  traverse(origin, direction, maxT, [&](const RayHit& hit) {
    if (!best || hit.t < best->t) best = hit;
  });
  return best;
}

std::vector<RayHit> TriangleBvh::allHits(const glm::vec3& origin, const glm::vec3& direction, float maxT) const {
  std::vector<RayHit> hits;
  traverse(origin, direction, maxT, [&](const RayHit& hit) { hits.push_back(hit); });
  std::sort(hits.begin(), hits.end(), [](const RayHit& l, const RayHit& r) {
    return l.t < r.t || (l.t == r.t && l.triangle < r.triangle);
  });
  return hits;
}

bool TriangleBvh::contains(const glm::vec3& point) const {
  int votes = 0;
  for (const glm::vec3 dir : {glm::vec3(1, 0.0013f, 0.0007f), glm::vec3(0.0011f, 1, 0.0017f), glm::vec3(0.0009f, 0.0005f, 1)}) {
    const std::size_t crossings = allHits(point, glm::normalize(dir), 1e6f).size();
    votes += crossings % 2 == 1 ? 1 : 0;
  }
  return votes >= 2;
}

}  // namespace myo
