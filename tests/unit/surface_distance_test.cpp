// Distances over the surface follow the surface: on a sphere they match the great-circle distance.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <glm/geometric.hpp>

#include "myo/engine/primitives.hpp"
#include "myo/engine/surface_distance.hpp"

namespace {

TEST(SurfaceDistance, OnASphereItApproximatesTheGreatCircle) {
  const float radius = 0.1f;
  const myo::Mesh sphere = myo::makeEllipsoid({0, 0, 0}, glm::vec3(radius), 96, 48);
  const myo::SurfaceDistance surface(sphere);
  const glm::vec3 seed(0, 0, radius);  // front pole
  const std::vector<float> d = surface.from(std::span(&seed, 1));
  ASSERT_EQ(d.size(), sphere.vertexCount());
  for (std::size_t i = 0; i < sphere.vertexCount(); i += 97) {
    const float angle = std::acos(std::clamp(glm::dot(glm::normalize(sphere.positions[i]), glm::vec3(0, 0, 1)), -1.0f, 1.0f));
    const float exact = radius * angle;
    EXPECT_GE(d[i], exact * 0.98f - 1e-3f) << i;
    EXPECT_LE(d[i], exact * 1.05f + 2e-3f) << i;
  }
}

TEST(SurfaceDistance, GoesAroundNotThrough) {
  // The back of a sphere is far over the surface (pi r) though only 2r away in a straight line.
  const myo::Mesh sphere = myo::makeEllipsoid({0, 0, 0}, glm::vec3(0.1f), 64, 32);
  const myo::SurfaceDistance surface(sphere);
  const glm::vec3 seed(0, 0, 0.1f);
  const std::vector<float> d = surface.from(std::span(&seed, 1));
  const std::uint32_t back = surface.nearestVertex({0, 0, -0.1f});
  EXPECT_GT(d[back], 0.3f);
}

TEST(SurfaceDistance, SeamsAreWelded) {
  // The ellipsoid's longitude seam duplicates vertices; distances must cross it.
  const myo::Mesh sphere = myo::makeEllipsoid({0, 0, 0}, glm::vec3(0.1f), 64, 32);
  const myo::SurfaceDistance surface(sphere);
  EXPECT_LT(surface.vertexCount(), sphere.vertexCount() + 1);
  const glm::vec3 seed(0.0f, 0.0f, 0.1f);  // on the seam (phi = 0)
  const std::vector<float> d = surface.from(std::span(&seed, 1));
  const std::uint32_t left = surface.nearestVertex({0.02f, 0.0f, 0.098f});
  const std::uint32_t right = surface.nearestVertex({-0.02f, 0.0f, 0.098f});
  EXPECT_NEAR(d[left], d[right], 0.004f);
}

// A flat square, 20 cm a side, as a grid whose cells are all split along the same diagonal: a
// tessellation that is not mirror-symmetric and whose edges run in only three directions.
myo::Mesh skewedGrid(int cells = 40, float size = 0.2f) {
  myo::Mesh mesh;
  for (int j = 0; j <= cells; ++j)
    for (int i = 0; i <= cells; ++i)
      mesh.positions.emplace_back(size * (float(i) / float(cells) - 0.5f), size * (float(j) / float(cells) - 0.5f), 0.0f);
  for (int j = 0; j < cells; ++j)
    for (int i = 0; i < cells; ++i) {
      const std::uint32_t a = std::uint32_t(j * (cells + 1) + i), b = a + 1, c = a + std::uint32_t(cells) + 1, d = c + 1;
      mesh.indices.insert(mesh.indices.end(), {a, b, d, a, d, c});
    }
  mesh.normals.assign(mesh.positions.size(), glm::vec3(0, 0, 1));
  return mesh;
}

TEST(SurfaceDistance, OnAPlaneItIsTheStraightDistanceInEveryDirection) {
  // Along edges only, the diagonal the grid does not have would cost sqrt(2) too much; paths
  // across the triangles are straight.
  const myo::Mesh plane = skewedGrid();
  const myo::SurfaceDistance surface(plane);
  const glm::vec3 seed(0.0f, 0.0f, 0.0f);
  const std::vector<float> d = surface.from(std::span(&seed, 1));
  for (std::size_t i = 0; i < plane.vertexCount(); ++i) {
    const float exact = glm::distance(plane.positions[i], seed);
    if (exact > 0.09f) continue;  // the disc inside the square
    EXPECT_NEAR(d[i], exact, 0.02f * exact + 1e-4f) << "at " << plane.positions[i].x << ", " << plane.positions[i].y;
  }
}

TEST(SurfaceDistance, MirroredSeedsGiveMirroredDistancesOnAnUnsymmetricMesh) {
  // Seeds off the vertices, mirrored across x = 0: the distances mirror too, although the
  // triangles do not (a region and its other side must be the same size and shape).
  const myo::Mesh plane = skewedGrid();
  const myo::SurfaceDistance surface(plane);
  const glm::vec3 left(0.0312f, 0.0117f, 0.004f), right(-0.0312f, 0.0117f, 0.004f);
  const std::vector<float> dl = surface.from(std::span(&left, 1));
  const std::vector<float> dr = surface.from(std::span(&right, 1));
  for (std::size_t i = 0; i < plane.vertexCount(); i += 3) {
    const glm::vec3 p = plane.positions[i];
    if (std::abs(p.x) > 0.06f || std::abs(p.y) > 0.06f) continue;
    const std::uint32_t mirror = surface.nearestVertex({-p.x, p.y, p.z});
    EXPECT_NEAR(dl[i], dr[mirror], 0.002f) << "at " << p.x << ", " << p.y;
  }
}

TEST(SurfaceDistance, SeedsStartOnTheNearestPointOfTheSurface) {
  // A square of two large triangles: a seed above the middle of one is 2 cm from the surface but
  // far from every vertex, and each corner starts at its own distance from the seed.
  myo::Mesh square;
  square.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}};
  square.normals.assign(4, glm::vec3(0, 0, 1));
  square.indices = {0, 1, 2, 0, 2, 3};
  const myo::SurfaceDistance surface(square);
  const glm::vec3 seed(0.7f, 0.2f, 0.02f);
  EXPECT_NEAR(surface.distanceToSurface(seed), 0.02f, 1e-5f);
  EXPECT_GT(surface.distanceToNearestVertex(seed), 0.3f);
  const std::vector<float> d = surface.from(std::span(&seed, 1));
  for (std::size_t i = 0; i < 3; ++i) EXPECT_NEAR(d[i], glm::distance(seed, square.positions[i]), 1e-5f) << i;
}

TEST(SurfaceDistance, CutoffLeavesFarVerticesUnreached) {
  const myo::Mesh sphere = myo::makeEllipsoid({0, 0, 0}, glm::vec3(0.1f), 64, 32);
  const myo::SurfaceDistance surface(sphere);
  const glm::vec3 seed(0, 0, 0.1f);
  const std::vector<float> d = surface.from(std::span(&seed, 1), 0.05f);
  const std::uint32_t back = surface.nearestVertex({0, 0, -0.1f});
  EXPECT_EQ(d[back], myo::SurfaceDistance::kFar);
  EXPECT_LE(d[surface.nearestVertex({0, 0, 0.1f})], 0.01f);
}

}  // namespace
