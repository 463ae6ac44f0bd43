// Distances over the surface follow the surface: on a sphere they match the great-circle distance.
#include <gtest/gtest.h>

#include <cmath>
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
    EXPECT_LE(d[i], exact * 1.12f + 2e-3f) << i;  // edge paths overestimate a little, never underestimate
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
