#include "myo/engine/sdf_grid.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <glm/common.hpp>

namespace myo {

SdfGrid::SdfGrid(const Bounds& box, float spacing, float fill) : spacing_(spacing) {
  origin_ = box.min - glm::vec3(spacing);
  const glm::vec3 extent = box.size() + glm::vec3(2.0f * spacing);
  size_ = glm::ivec3(glm::ceil(extent / spacing)) + glm::ivec3(1);
  values_.assign(static_cast<std::size_t>(size_.x) * size_.y * size_.z, fill);
}

float SdfGrid::sample(const glm::vec3& p) const {
  const glm::vec3 g = (p - origin_) / spacing_;
  if (!std::isfinite(g.x) || !std::isfinite(g.y) || !std::isfinite(g.z)) return std::numeric_limits<float>::max();
  const glm::vec3 maxIndex = glm::vec3(size_ - glm::ivec3(1));
  const glm::vec3 c = glm::clamp(g, glm::vec3(0.0f), maxIndex - glm::vec3(1e-4f));
  const glm::ivec3 i0 = glm::ivec3(glm::floor(c));
  const glm::vec3 f = c - glm::vec3(i0);
  const int i = i0.x, j = i0.y, k = i0.z;
  const float c00 = at(i, j, k) * (1 - f.x) + at(i + 1, j, k) * f.x;
  const float c10 = at(i, j + 1, k) * (1 - f.x) + at(i + 1, j + 1, k) * f.x;
  const float c01 = at(i, j, k + 1) * (1 - f.x) + at(i + 1, j, k + 1) * f.x;
  const float c11 = at(i, j + 1, k + 1) * (1 - f.x) + at(i + 1, j + 1, k + 1) * f.x;
  const float c0 = c00 * (1 - f.y) + c10 * f.y;
  const float c1 = c01 * (1 - f.y) + c11 * f.y;
  return c0 * (1 - f.z) + c1 * f.z;
}

glm::vec3 SdfGrid::gradient(const glm::vec3& p) const {
  const float h = spacing_ * 0.5f;
  return glm::vec3(sample(p + glm::vec3(h, 0, 0)) - sample(p - glm::vec3(h, 0, 0)),
                   sample(p + glm::vec3(0, h, 0)) - sample(p - glm::vec3(0, h, 0)),
                   sample(p + glm::vec3(0, 0, h)) - sample(p - glm::vec3(0, 0, h))) /
         (2.0f * h);
}

bool SdfGrid::cellRange(const Bounds& region, float band, glm::ivec3& lo, glm::ivec3& hi) const {
  if (region.empty() || values_.empty()) return false;
  lo = glm::ivec3(glm::floor((region.min - glm::vec3(band) - origin_) / spacing_));
  hi = glm::ivec3(glm::ceil((region.max + glm::vec3(band) - origin_) / spacing_));
  lo = glm::max(lo, glm::ivec3(0));
  hi = glm::min(hi, size_ - glm::ivec3(1));
  return lo.x <= hi.x && lo.y <= hi.y && lo.z <= hi.z;
}

namespace {

// One box blur along `axis` (0, 1, 2), borders clamped. Each cell sums its own window, first cell
// to last: a running sum along the line would carry its rounding from one end of the body to the
// other, so that an edit at the foot changed the neck's field in the last bits, and a muscle built
// over it that is close to crumpling came out another size. Across x the window is summed for a
// whole row at once, row by row, so the grid is read in memory order; each cell still adds the same
// values in the same order, to the bit.
void boxBlurX(const SdfGrid& in, SdfGrid& out, int radius) {
  const glm::ivec3 n = in.size();
  const float norm = 1.0f / float(2 * radius + 1);
  std::vector<float> line(static_cast<std::size_t>(n.x + 2 * radius));
  for (int k = 0; k < n.z; ++k)
    for (int j = 0; j < n.y; ++j) {
      const float* row = in.values().data() + in.index(0, j, k);
      for (int t = -radius; t < n.x + radius; ++t) line[static_cast<std::size_t>(t + radius)] = row[std::clamp(t, 0, n.x - 1)];
      float* target = out.values().data() + out.index(0, j, k);
      for (int t = 0; t < n.x; ++t) {
        float sum = 0.0f;
        for (int w = 0; w <= 2 * radius; ++w) sum += line[static_cast<std::size_t>(t + w)];
        target[t] = sum * norm;
      }
    }
}

// Along y or z: the rows of x at offsets -radius..radius are added one after the other.
void boxBlurAcross(const SdfGrid& in, SdfGrid& out, int axis, int radius) {
  const glm::ivec3 n = in.size();
  const int len = n[axis];
  const int other = axis == 1 ? n.z : n.y;
  const float norm = 1.0f / float(2 * radius + 1);
  std::vector<float> sum(static_cast<std::size_t>(n.x));
  const auto rowStart = [&](int t, int o) { return axis == 1 ? in.index(0, t, o) : in.index(0, o, t); };
  for (int o = 0; o < other; ++o)
    for (int t = 0; t < len; ++t) {
      std::fill(sum.begin(), sum.end(), 0.0f);
      for (int w = t - radius; w <= t + radius; ++w) {
        const float* source = in.values().data() + rowStart(std::clamp(w, 0, len - 1), o);
        for (int x = 0; x < n.x; ++x) sum[static_cast<std::size_t>(x)] += source[x];
      }
      float* target = out.values().data() + rowStart(t, o);
      for (int x = 0; x < n.x; ++x) target[x] = sum[static_cast<std::size_t>(x)] * norm;
    }
}

void boxBlurAxis(const SdfGrid& in, SdfGrid& out, int axis, int radius) {
  if (axis == 0)
    boxBlurX(in, out, radius);
  else
    boxBlurAcross(in, out, axis, radius);
}

}  // namespace

SdfGrid blurred(const SdfGrid& grid, int radius, int passes) {
  SdfGrid a = grid;
  SdfGrid b = grid;
  for (int pass = 0; pass < passes; ++pass)
    for (int axis = 0; axis < 3; ++axis) {
      boxBlurAxis(a, b, axis, radius);
      std::swap(a, b);
    }
  return a;
}

}  // namespace myo
