#pragma once
// Measures of a rendered picture that say what a user sees in it, for CLI tests that only have
// the PNG: how much of it is painted in the chart red of a heat map or region.

#include <cstddef>
#include <cstdint>

#include "myo/engine/image.hpp"

namespace myo::test {

// Whether a pixel is the chart red of a region or the essential zone of a referral pattern.
inline bool isChartRed(const std::uint8_t* p) { return p[0] > 110 && p[0] > 2 * p[1] && p[0] > 2 * p[2]; }

// Share of the pixels in [x0, x1) × [y0, y1) that are chart red; the whole picture by default.
inline double chartRedShare(const Image& image, int x0 = 0, int y0 = 0, int x1 = -1, int y1 = -1) {
  if (x1 < 0) x1 = image.width;
  if (y1 < 0) y1 = image.height;
  std::size_t red = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x)
      if (isChartRed(image.at(x, y))) ++red;
  const double area = double(x1 - x0) * double(y1 - y0);
  return area > 0.0 ? double(red) / area : 0.0;
}

}  // namespace myo::test
