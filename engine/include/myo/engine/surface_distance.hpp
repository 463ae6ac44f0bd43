#pragma once
// SurfaceDistance: distances measured over a triangle mesh's surface, not straight through the
// body, so a heat-map patch on the side of the neck does not leak onto the shoulder behind it.
// Dijkstra on the graph of the mesh's edges (vertices at the same position are welded first, so
// seams in the mesh do not cut the surface); on an evenly tessellated surface it overestimates the
// true geodesic distance by a few percent, well within what a referral chart can claim.
//
//   myo::SurfaceDistance surface(skin);               // once per mesh
//   std::vector<float> d = surface.from({{0.05f, 1.6f, 0.02f}}, 0.3f);
//
// Not here: exact geodesics, anisotropic metrics.

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/engine/mesh.hpp"

namespace myo {

class SurfaceDistance {
 public:
  explicit SurfaceDistance(const Mesh& mesh, float weldDistance = 1e-5f);

  static constexpr float kFar = std::numeric_limits<float>::infinity();

  // Distance from the nearest seed to every vertex of the mesh (in the mesh's vertex order).
  // Each seed starts at the mesh vertex nearest to it, at its straight-line distance. Vertices
  // farther than maxDistance are left at kFar, which keeps small patches cheap on a big mesh.
  std::vector<float> from(std::span<const glm::vec3> seeds, float maxDistance = kFar) const;

  // The vertex nearest to a point (straight-line), in the mesh's vertex order.
  std::uint32_t nearestVertex(const glm::vec3& point) const;

  // Straight-line distance from a point to the nearest vertex of the mesh.
  float distanceToNearestVertex(const glm::vec3& point) const;

  std::size_t vertexCount() const { return welded_.size(); }

 private:
  std::uint32_t nearestWelded(const glm::vec3& point) const;

  std::vector<glm::vec3> positions_;       // welded vertices
  std::vector<std::uint32_t> firstMeshVertex_;  // welded vertex -> a mesh vertex at that position
  std::vector<std::uint32_t> welded_;      // mesh vertex -> welded vertex
  std::vector<std::uint32_t> edgeStart_;   // CSR adjacency over welded vertices
  std::vector<std::uint32_t> edgeTarget_;
  std::vector<float> edgeLength_;
  // A coarse grid over the welded vertices for nearest-vertex queries.
  glm::vec3 gridOrigin_{0.0f};
  float cellSize_ = 1.0f;
  glm::ivec3 gridSize_{0};
  std::vector<std::uint32_t> cellStart_;
  std::vector<std::uint32_t> cellVertices_;
};

}  // namespace myo
