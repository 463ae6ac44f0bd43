// Levels of detail (simplify.hpp: coarserLevels): what a far-away mesh is drawn with. Each level
// must be worth drawing (clearly fewer triangles), stay on the mesh's own vertices (so a heat map
// holds), and say honestly how far it strays.
#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "myo/engine/primitives.hpp"
#include "myo/engine/simplify.hpp"

namespace {

TEST(DetailLevels, ADenseSphereGetsCoarserLevelsOverItsOwnVertices) {
  const myo::Mesh sphere = myo::makeEllipsoid({0.0f, 0.0f, 0.0f}, {0.1f, 0.1f, 0.1f}, 128, 64);
  const std::vector<myo::DetailLevel> levels = myo::coarserLevels(sphere);
  ASSERT_GE(levels.size(), 2u);
  std::size_t previous = sphere.indices.size();
  float previousError = 0.0f;
  for (const myo::DetailLevel& level : levels) {
    EXPECT_EQ(level.indices.size() % 3, 0u);
    EXPECT_LE(level.indices.size() * 4, previous * 3) << "a level should save at least a quarter";
    EXPECT_GT(level.error, previousError);
    for (std::uint32_t index : level.indices) ASSERT_LT(index, sphere.positions.size());
    // The flat triangles of a coarse ball cut inside it, deepest at their middles: by no more
    // than about what the level says (twice, the error being meshoptimizer's estimate, not a bound).
    float deepestCut = 0.0f;
    for (std::size_t t = 0; t + 2 < level.indices.size(); t += 3) {
      const glm::vec3 a = sphere.positions[level.indices[t]];
      const glm::vec3 b = sphere.positions[level.indices[t + 1]];
      const glm::vec3 c = sphere.positions[level.indices[t + 2]];
      deepestCut = std::max(deepestCut, 0.1f - glm::length((a + b + c) / 3.0f));
    }
    EXPECT_LE(deepestCut, 2.0f * level.error + 1e-5f) << "a level strays further than it says";
    previous = level.indices.size();
    previousError = level.error;
  }
}

TEST(DetailLevels, ASmallMeshHasNone) {
  const myo::Mesh ball = myo::makeEllipsoid({0.0f, 0.0f, 0.0f}, {1.0f, 1.0f, 1.0f}, 8, 4);
  EXPECT_TRUE(myo::coarserLevels(ball).empty());
}

}  // namespace
