// Simplifying a mesh tile by tile: an edit changes the triangles only in the tiles it reaches.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <set>

#include "myo/engine/simplify.hpp"

namespace {

// A wavy sheet of 2 mm squares, 60 x 20 cm, the kind of fine surface a marching-cubes skin is: the
// simplifier has much to take away on its gentle waves.
myo::Mesh wavySheet(float bump) {
  constexpr int kAcross = 300, kDown = 100;
  constexpr float kStep = 0.002f;
  myo::Mesh mesh;
  for (int j = 0; j <= kDown; ++j)
    for (int i = 0; i <= kAcross; ++i) {
      const float x = static_cast<float>(i) * kStep, y = static_cast<float>(j) * kStep;
      float z = 0.01f * std::sin(x * 20.0f) * std::cos(y * 15.0f);
      // The edit: a bump near one corner only.
      const float r = std::hypot(x - 0.05f, y - 0.05f);
      if (r < 0.03f) z += bump * (1.0f - r / 0.03f);
      mesh.positions.emplace_back(x, y, z);
      mesh.normals.emplace_back(0.0f, 0.0f, 1.0f);
    }
  const auto at = [](int i, int j) { return static_cast<std::uint32_t>(j * (kAcross + 1) + i); };
  for (int j = 0; j < kDown; ++j)
    for (int i = 0; i < kAcross; ++i) {
      mesh.indices.insert(mesh.indices.end(), {at(i, j), at(i + 1, j), at(i + 1, j + 1)});
      mesh.indices.insert(mesh.indices.end(), {at(i, j), at(i + 1, j + 1), at(i, j + 1)});
    }
  return mesh;
}

using Triangle = std::array<float, 9>;

// The triangles lying wholly beyond x = `from`, as sets of corner coordinates (vertex numbering
// differs between two simplifications of different meshes).
std::set<Triangle> trianglesBeyond(const myo::Mesh& mesh, float from) {
  std::set<Triangle> out;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    Triangle corners{};
    bool beyond = true;
    for (int c = 0; c < 3; ++c) {
      const glm::vec3 p = mesh.positions[mesh.indices[t + c]];
      beyond = beyond && p.x > from;
      corners[3 * c] = p.x;
      corners[3 * c + 1] = p.y;
      corners[3 * c + 2] = p.z;
    }
    // The same triangle may start at another corner.
    std::array<Triangle, 3> turns{};
    for (int r = 0; r < 3; ++r)
      for (int c = 0; c < 3; ++c)
        for (int k = 0; k < 3; ++k) turns[r][3 * c + k] = corners[3 * ((c + r) % 3) + k];
    if (beyond) out.insert(*std::min_element(turns.begin(), turns.end()));
  }
  return out;
}

constexpr float kError = 0.0004f;
constexpr float kTile = 0.1f;

TEST(SimplifyInTiles, AnEditChangesOnlyTheTilesItReaches) {
  myo::Mesh before = wavySheet(0.0f);
  myo::Mesh after = wavySheet(0.02f);
  const std::size_t fine = before.triangleCount();
  myo::simplifyMeshInTiles(before, kError, kTile);
  myo::simplifyMeshInTiles(after, kError, kTile);
  EXPECT_LT(before.triangleCount(), fine / 4) << "the waves are gentle: most triangles go";
  // The bump lies within 8 cm of the corner, in the first tile; from the third tile on (x > 0.2 m)
  // nothing may have moved.
  const std::set<Triangle> far = trianglesBeyond(before, 0.2f);
  ASSERT_FALSE(far.empty());
  EXPECT_EQ(far, trianglesBeyond(after, 0.2f));
  // Near the bump the tessellation did change.
  EXPECT_NE(trianglesBeyond(before, 0.0f), trianglesBeyond(after, 0.0f));
}

TEST(SimplifyInTiles, TheSheetKeepsItsShapeAndItsOutline) {
  myo::Mesh sheet = wavySheet(0.02f);
  const myo::Bounds outline = sheet.bounds();
  myo::simplifyMeshInTiles(sheet, kError, kTile);
  const myo::Bounds kept = sheet.bounds();
  EXPECT_NEAR(kept.min.x, outline.min.x, 1e-6f);
  EXPECT_NEAR(kept.max.x, outline.max.x, 1e-6f);
  EXPECT_NEAR(kept.min.y, outline.min.y, 1e-6f);
  EXPECT_NEAR(kept.max.y, outline.max.y, 1e-6f);
  // Every vertex left is one of the sheet's, with its normal: nothing is moved, only left out.
  ASSERT_EQ(sheet.normals.size(), sheet.positions.size());
  for (const glm::vec3& p : sheet.positions) {
    const float x = p.x, y = p.y;
    float z = 0.01f * std::sin(x * 20.0f) * std::cos(y * 15.0f);
    const float r = std::hypot(x - 0.05f, y - 0.05f);
    if (r < 0.03f) z += 0.02f * (1.0f - r / 0.03f);
    ASSERT_NEAR(p.z, z, 1e-6f);
  }
  // The area is the sheet's, to within what the error bound allows.
  double area = 0.0;
  for (std::size_t t = 0; t + 2 < sheet.indices.size(); t += 3) {
    const glm::vec3 a = sheet.positions[sheet.indices[t]], b = sheet.positions[sheet.indices[t + 1]],
                    c = sheet.positions[sheet.indices[t + 2]];
    area += 0.5 * glm::length(glm::cross(b - a, c - a));
  }
  EXPECT_NEAR(area, 0.6 * 0.2, 0.6 * 0.2 * 0.05);
}

}  // namespace
