// The body field's blur: what the muscles and the skin are built over. Its result is part of the
// baked body, so it must not move by a bit when its loops are rearranged for speed.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstring>

#include "myo/engine/sdf_grid.hpp"

namespace {

// A field of uneven values on an uneven lattice (7 x 5 x 6 cells), so a mixed-up axis shows.
myo::SdfGrid unevenField() {
  myo::Bounds box;
  box.add(glm::vec3(0.0f));
  box.add(glm::vec3(0.04f, 0.02f, 0.03f));
  myo::SdfGrid grid(box, 0.01f, 0.0f);
  unsigned state = 12345u;
  for (float& v : grid.values()) {
    state = state * 1103515245u + 12345u;
    v = static_cast<float>((state >> 8) % 10007u) * 1e-5f - 0.05f;
  }
  return grid;
}

// The blur as its comment defines it: every cell adds its window's values from the first to the
// last, border cells repeated, then scales by the window's length.
myo::SdfGrid referenceBlur(const myo::SdfGrid& grid, int radius, int passes) {
  myo::SdfGrid a = grid, b = grid;
  const glm::ivec3 n = grid.size();
  const float norm = 1.0f / float(2 * radius + 1);
  for (int pass = 0; pass < passes; ++pass)
    for (int axis = 0; axis < 3; ++axis) {
      for (int k = 0; k < n.z; ++k)
        for (int j = 0; j < n.y; ++j)
          for (int i = 0; i < n.x; ++i) {
            float sum = 0.0f;
            for (int w = -radius; w <= radius; ++w) {
              glm::ivec3 c(i, j, k);
              c[axis] = std::clamp(c[axis] + w, 0, n[axis] - 1);
              sum += a.at(c.x, c.y, c.z);
            }
            b.at(i, j, k) = sum * norm;
          }
      std::swap(a, b);
    }
  return a;
}

TEST(SdfGridBlur, EveryCellIsItsWindowsMeanToTheBitAlongEachAxis) {
  const myo::SdfGrid field = unevenField();
  ASSERT_EQ(field.size(), glm::ivec3(7, 5, 6));
  for (int radius : {1, 2, 3}) {
    const myo::SdfGrid fast = myo::blurred(field, radius, 2);
    const myo::SdfGrid slow = referenceBlur(field, radius, 2);
    ASSERT_EQ(fast.values().size(), slow.values().size());
    EXPECT_EQ(0, std::memcmp(fast.values().data(), slow.values().data(), fast.values().size() * sizeof(float)))
        << "radius " << radius << ": the blur differs from the per-cell window mean";
  }
}

TEST(SdfGridBlur, AWindowWiderThanTheGridRepeatsTheBorderCells) {
  const myo::SdfGrid field = unevenField();
  const myo::SdfGrid fast = myo::blurred(field, 9, 1);
  const myo::SdfGrid slow = referenceBlur(field, 9, 1);
  EXPECT_EQ(0, std::memcmp(fast.values().data(), slow.values().data(), fast.values().size() * sizeof(float)));
}

}  // namespace
