#pragma once
// SurfaceDistance: distances measured over a triangle mesh's surface, not straight through the
// body, so a heat-map patch on the side of the neck does not leak onto the shoulder behind it.
// Dijkstra over the mesh's edges, with a fast-marching step across each triangle: a vertex is
// also reached from two settled corners of a triangle by unfolding the triangle into the plane
// and measuring from the virtual source they imply. Paths may so cross triangles instead of
// zig-zagging along edges, and the result hardly depends on how the surface is tessellated (a
// plain edge graph overestimates by up to ~15% along some directions, so round patches came out
// polygonal and a patch drawn on a mirrored mesh did not mirror). Vertices at the same position
// are welded first, so seams in the mesh do not cut the surface.
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
  // Each seed starts on the triangle nearest to it (among those around its nearest vertex): the
  // triangle's corners start at their straight-line distance from the seed, so the result does not
  // jump with the choice of one vertex. Vertices farther than maxDistance are left at kFar, which
  // keeps small patches cheap on a big mesh.
  std::vector<float> from(std::span<const glm::vec3> seeds, float maxDistance = kFar) const;

  // The vertex nearest to a point (straight-line), in the mesh's vertex order.
  std::uint32_t nearestVertex(const glm::vec3& point) const;

  // Straight-line distance from a point to the nearest vertex of the mesh.
  float distanceToNearestVertex(const glm::vec3& point) const;

  // Straight-line distance from a point to the nearest point of the surface (where a seed starts,
  // see from()).
  float distanceToSurface(const glm::vec3& point) const;

  // The nearest point of the surface to a point: where a seed starts. The point itself when the
  // mesh has no triangles.
  glm::vec3 closestPoint(const glm::vec3& point) const;

  // The mesh vertices reachable from `start` over the mesh's edges without entering a wall vertex
  // (`wall`: one flag per mesh vertex), as one flag per mesh vertex. Empty when more than `limit`
  // vertices are reached: the wall has a gap and the fill leaked. A start on the wall reaches
  // nothing.
  std::vector<std::uint8_t> reachable(std::uint32_t start, std::span<const std::uint8_t> wall,
                                      std::size_t limit) const;

  std::size_t vertexCount() const { return welded_.size(); }

 private:
  template <class VisitCell>
  void searchShells(const glm::vec3& point, const float& best, VisitCell visit) const;
  std::uint32_t nearestWelded(const glm::vec3& point) const;
  // The triangle nearest to a point and the distance to it; distance kFar when the mesh has none.
  std::pair<std::uint32_t, float> nearestTriangle(const glm::vec3& point) const;

  std::vector<glm::vec3> positions_;       // welded vertices
  std::vector<std::uint32_t> firstMeshVertex_;  // welded vertex -> a mesh vertex at that position
  std::vector<std::uint32_t> welded_;      // mesh vertex -> welded vertex
  std::vector<std::uint32_t> edgeStart_;   // CSR adjacency over welded vertices
  std::vector<std::uint32_t> edgeTarget_;
  std::vector<float> edgeLength_;
  std::vector<std::uint32_t> triangles_;     // welded corners, three per non-degenerate triangle
  std::vector<std::uint32_t> triangleStart_; // CSR: welded vertex -> the triangles around it
  std::vector<std::uint32_t> vertexTriangles_;
  // A coarse grid over the welded vertices for nearest-vertex queries.
  glm::vec3 gridOrigin_{0.0f};
  float cellSize_ = 1.0f;
  glm::ivec3 gridSize_{0};
  std::vector<std::uint32_t> cellStart_;
  std::vector<std::uint32_t> cellVertices_;
  std::vector<std::uint32_t> cellTriangleStart_;  // the same grid: the triangles overlapping each cell
  std::vector<std::uint32_t> cellTriangles_;
};

}  // namespace myo
