// Mesh utilities: bounds and normal generation with a crease angle.
#include <gtest/gtest.h>

#include <glm/geometric.hpp>

#include "myo/engine/mesh.hpp"
#include "myo/engine/primitives.hpp"

namespace {

// A unit cube made of 8 shared corners (no normals), as a scan or an STL would give it.
myo::Mesh sharedCornerCube() {
  myo::Mesh m;
  for (int i = 0; i < 8; ++i) m.positions.emplace_back(i & 1, (i >> 1) & 1, (i >> 2) & 1);
  m.indices = {0, 2, 1, 1, 2, 3, 4, 5, 6, 5, 7, 6, 0, 1, 4, 1, 5, 4,
               2, 6, 3, 3, 6, 7, 0, 4, 2, 2, 4, 6, 1, 3, 5, 3, 7, 5};
  return m;
}

TEST(Mesh, CreaseAngleKeepsACubeFaceted) {
  myo::Mesh cube = sharedCornerCube();
  myo::generateNormals(cube, 60.0f);
  ASSERT_TRUE(myo::hasUsableNormals(cube));
  EXPECT_EQ(cube.vertexCount(), 24u);  // each corner split into its three faces
  for (std::size_t t = 0; t < cube.triangleCount(); ++t) {
    const glm::vec3 n0 = cube.normals[cube.indices[3 * t]];
    for (int k = 1; k < 3; ++k) EXPECT_GT(glm::dot(n0, cube.normals[cube.indices[3 * t + k]]), 0.999f);
  }
}

TEST(Mesh, WideCreaseAngleSmoothsTheCube) {
  myo::Mesh cube = sharedCornerCube();
  myo::generateNormals(cube, 179.0f);
  EXPECT_EQ(cube.vertexCount(), 8u);
  // Corner (1,1,1) points diagonally out.
  EXPECT_GT(glm::dot(cube.normals[7], glm::normalize(glm::vec3(1.0f))), 0.99f);
}

TEST(Mesh, EllipsoidNormalsPointOutward) {
  const myo::Mesh e = myo::makeEllipsoid({1.0f, 2.0f, 3.0f}, {0.5f, 1.0f, 0.25f});
  ASSERT_TRUE(myo::hasUsableNormals(e));
  for (std::size_t i = 0; i < e.vertexCount(); ++i)
    EXPECT_GE(glm::dot(e.normals[i], e.positions[i] - glm::vec3(1.0f, 2.0f, 3.0f)), 0.0f);
  const myo::Bounds b = e.bounds();
  EXPECT_NEAR(b.min.y, 1.0f, 1e-4f);
  EXPECT_NEAR(b.max.x, 1.5f, 0.01f);
}

}  // namespace
