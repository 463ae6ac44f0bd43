#pragma once
// SdfGrid: a signed distance field sampled on a regular grid (negative inside). Shapes are
// stamped in with min() over the cells near them, the field is read back with trilinear
// interpolation, and polygonize.hpp turns its zero level into a mesh.
//
//   myo::SdfGrid grid(box, 0.005f, 0.05f);        // 5 mm cells, everything "0.05 m outside"
//   grid.stamp(shapeBox, 0.02f, [&](glm::vec3 p) { return myo::sdf::sphere(p, c, r); });
//   float d = grid.sample(p);  glm::vec3 n = grid.gradient(p);
//
// Not here: meshing (polygonize.hpp); the distance functions themselves (distance_functions.hpp).

#include <cstddef>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/engine/bounds.hpp"

namespace myo {

class SdfGrid {
 public:
  SdfGrid() = default;
  // Covers `box` (grown by one cell) with cells of `spacing`, every value set to `fill`.
  SdfGrid(const Bounds& box, float spacing, float fill);

  glm::ivec3 size() const { return size_; }
  float spacing() const { return spacing_; }
  glm::vec3 origin() const { return origin_; }
  glm::vec3 point(int i, int j, int k) const { return origin_ + glm::vec3(i, j, k) * spacing_; }
  std::size_t index(int i, int j, int k) const {
    return (static_cast<std::size_t>(k) * static_cast<std::size_t>(size_.y) + static_cast<std::size_t>(j)) *
               static_cast<std::size_t>(size_.x) + static_cast<std::size_t>(i);
  }
  float& at(int i, int j, int k) { return values_[index(i, j, k)]; }
  float at(int i, int j, int k) const { return values_[index(i, j, k)]; }
  std::vector<float>& values() { return values_; }
  const std::vector<float>& values() const { return values_; }

  // Trilinear value; points outside the grid read the nearest border cell.
  float sample(const glm::vec3& p) const;
  // Central-difference gradient of sample(), not normalised.
  glm::vec3 gradient(const glm::vec3& p) const;

  // values = min(values, distance(p)) for every grid point within `band` of `region`.
  template <class DistanceFn>
  void stamp(const Bounds& region, float band, DistanceFn&& distance) {
    glm::ivec3 lo, hi;
    if (!cellRange(region, band, lo, hi)) return;
    for (int k = lo.z; k <= hi.z; ++k)
      for (int j = lo.y; j <= hi.y; ++j)
        for (int i = lo.x; i <= hi.x; ++i) {
          float& v = at(i, j, k);
          const float d = distance(point(i, j, k));
          if (d < v) v = d;
        }
  }
  // As stamp, but combining with an arbitrary function: v = combine(v, distance(p)).
  template <class DistanceFn, class CombineFn>
  void combine(const Bounds& region, float band, DistanceFn&& distance, CombineFn&& combineFn) {
    glm::ivec3 lo, hi;
    if (!cellRange(region, band, lo, hi)) return;
    for (int k = lo.z; k <= hi.z; ++k)
      for (int j = lo.y; j <= hi.y; ++j)
        for (int i = lo.x; i <= hi.x; ++i) {
          float& v = at(i, j, k);
          v = combineFn(v, distance(point(i, j, k)));
        }
  }

  // The grid cells whose points lie within `band` of `region`, clamped to the grid; false if none.
  bool cellRange(const Bounds& region, float band, glm::ivec3& lo, glm::ivec3& hi) const;

 private:
  glm::vec3 origin_{0.0f};
  float spacing_ = 1.0f;
  glm::ivec3 size_{0};
  std::vector<float> values_;
};

// A separable box blur of the field, `radius` cells each way, applied `passes` times (three
// passes approximate a Gaussian). Blurring a distance field fills narrow creases and rounds edges.
SdfGrid blurred(const SdfGrid& grid, int radius, int passes = 3);

}  // namespace myo
