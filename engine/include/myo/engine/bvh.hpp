#pragma once
// TriangleBvh: a bounding-volume hierarchy over a mesh's triangles for ray casts: the nearest hit,
// or every hit along a ray (sorted by distance, each saying whether the ray enters or leaves the
// surface, judged by the triangle's winding). Plain CPU code; build once, query many times.
//
//   myo::TriangleBvh bvh(mesh);
//   std::vector<myo::RayHit> hits = bvh.allHits(origin, direction, 10.0f);

#include <cstdint>
#include <optional>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/engine/bounds.hpp"
#include "myo/engine/mesh.hpp"

namespace myo {

struct RayHit {
  float t = 0.0f;               // distance along the (unit) direction
  std::uint32_t triangle = 0;   // index of the triangle in the mesh
  bool entering = false;        // the ray crosses the triangle against its normal (from outside)
};

class TriangleBvh {
 public:
  explicit TriangleBvh(const Mesh& mesh);

  std::optional<RayHit> nearest(const glm::vec3& origin, const glm::vec3& direction, float maxT) const;
  std::vector<RayHit> allHits(const glm::vec3& origin, const glm::vec3& direction, float maxT) const;
  // Parity of crossings along +X, +Y and +Z, majority vote: robust to a ray grazing an edge.
  bool contains(const glm::vec3& point) const;
  const Bounds& bounds() const { return nodes_.empty() ? empty_ : nodes_.front().box; }

 private:
  struct Node {
    Bounds box;
    std::uint32_t first = 0;  // leaf: first index into order_; inner: index of the left child
    std::uint32_t count = 0;  // leaf: triangle count; inner: 0
  };
  template <class Visit>
  void traverse(const glm::vec3& origin, const glm::vec3& direction, float maxT, Visit&& visit) const;
  std::uint32_t build(std::uint32_t begin, std::uint32_t end, std::vector<glm::vec3>& centroids);

  std::vector<glm::vec3> a_, e1_, e2_;  // per triangle: a corner and two edges
  std::vector<std::uint32_t> order_;
  std::vector<Node> nodes_;
  Bounds empty_;
};

}  // namespace myo
