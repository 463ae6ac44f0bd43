#pragma once
// IdImage: which drawn item is front-most at every pixel of a picture (FrameItem::id, 0 for none),
// row 0 at the top, as FrameRenderer::pickIds reads it. Plain data: code without GL (the atlas's
// label anchors) reads it.

#include <cstdint>
#include <vector>

namespace myo {

struct IdImage {
  int width = 0;
  int height = 0;
  std::vector<std::uint32_t> ids;  // width * height, top row first

  std::uint32_t at(int x, int y) const { return ids[static_cast<std::size_t>(y) * width + x]; }
  bool contains(int x, int y) const { return x >= 0 && y >= 0 && x < width && y < height; }
};

}  // namespace myo
