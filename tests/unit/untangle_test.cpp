// relaxCrossings: a closed surface that cuts through itself (a lofted tube whose rings cross on the
// inside of a sharp bend, as a muscle's belly did round the pelvic brim) is smoothed where it
// crosses until it does not, keeping its vertices, its connectivity and roughly its volume; a clean
// surface is left alone. crossingTriangles lists the pairs inspectSolid counts.
#include <cmath>
#include <vector>

#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>
#include <gtest/gtest.h>

#include "myo/engine/loft.hpp"
#include "myo/engine/mesh.hpp"
#include "myo/engine/mesh_smoothing.hpp"
#include "myo/engine/solid_check.hpp"

namespace {

// A round tube of `radius` along a path that runs down the y axis, turns a quarter circle of
// `bendRadius` and runs along x; rings every 4 mm, perpendicular to the path.
myo::Mesh bentTube(float radius, float bendRadius) {
  std::vector<glm::vec3> centres, tangents;
  for (int i = 0; i <= 10; ++i) {
    centres.push_back({0.0f, 0.04f - 0.004f * float(i), 0.0f});
    tangents.push_back({0.0f, -1.0f, 0.0f});
  }
  const int arcSteps = std::max(2, static_cast<int>(bendRadius * glm::half_pi<float>() / 0.004f));
  for (int i = 1; i <= arcSteps; ++i) {
    const float a = glm::half_pi<float>() * float(i) / float(arcSteps);
    centres.push_back({bendRadius - bendRadius * std::cos(a), -bendRadius * std::sin(a), 0.0f});
    tangents.push_back({std::sin(a), -std::cos(a), 0.0f});
  }
  const glm::vec3 end = centres.back();
  for (int i = 1; i <= 10; ++i) {
    centres.push_back(end + glm::vec3(0.004f * float(i), 0.0f, 0.0f));
    tangents.push_back({1.0f, 0.0f, 0.0f});
  }
  std::vector<std::vector<glm::vec3>> rings;
  for (std::size_t k = 0; k < centres.size(); ++k) {
    const glm::vec3 side = glm::normalize(glm::cross(tangents[k], glm::vec3(0, 0, 1)));
    std::vector<glm::vec3> ring;
    for (int j = 0; j < 16; ++j) {
      const float t = glm::two_pi<float>() * float(j) / 16.0f;
      ring.push_back(centres[k] + radius * (std::cos(t) * side + std::sin(t) * glm::vec3(0, 0, 1)));
    }
    rings.push_back(std::move(ring));
  }
  return myo::loftRings(rings);
}

TEST(RelaxCrossings, ATubeBentTighterThanItsRadiusIsUntangled) {
  myo::Mesh tube = bentTube(0.012f, 0.004f);  // the inner side of the bend folds over itself
  const myo::SolidReport before = myo::inspectSolid({&tube});
  ASSERT_GT(before.intersectingPairs, 0u);
  const std::size_t vertices = tube.positions.size();
  const std::vector<std::uint32_t> indices = tube.indices;

  EXPECT_EQ(myo::relaxCrossings(tube), 0u);

  const myo::SolidReport after = myo::inspectSolid({&tube});
  EXPECT_EQ(after.intersectingPairs, 0u);
  EXPECT_EQ(after.openEdges, 0u);
  EXPECT_EQ(tube.positions.size(), vertices);
  EXPECT_EQ(tube.indices, indices);
  EXPECT_NEAR(after.volume, before.volume, 0.15 * before.volume);
}

TEST(RelaxCrossings, ATubeThatDoesNotCrossItselfIsLeftAlone) {
  myo::Mesh tube = bentTube(0.012f, 0.03f);
  ASSERT_EQ(myo::inspectSolid({&tube}).intersectingPairs, 0u);
  const std::vector<glm::vec3> positions = tube.positions;
  EXPECT_EQ(myo::relaxCrossings(tube), 0u);
  EXPECT_EQ(tube.positions, positions);
}

TEST(CrossingTriangles, ListsThePairsInspectSolidCounts) {
  const myo::Mesh tube = bentTube(0.012f, 0.004f);
  const auto pairs = myo::crossingTriangles(tube);
  EXPECT_EQ(pairs.size(), myo::inspectSolid({&tube}).intersectingPairs);
  for (const auto& [s, t] : pairs) {
    EXPECT_LT(s, t);
    EXPECT_LT(t, tube.triangleCount());
  }
  // Flagging every vertex finds them all; flagging none finds none.
  const std::vector<char> all(tube.positions.size(), 1), none(tube.positions.size(), 0);
  EXPECT_EQ(myo::crossingTriangles(tube, 1e-6f, &all), pairs);
  EXPECT_TRUE(myo::crossingTriangles(tube, 1e-6f, &none).empty());
}

}  // namespace
