#include "myo/engine/colormap.hpp"

#include <algorithm>
#include <cmath>

namespace myo {

namespace {

glm::vec3 fromHex(unsigned rgb) {
  auto channel = [](unsigned v) { return std::pow(float(v) / 255.0f, 2.2f); };
  return {channel((rgb >> 16) & 0xff), channel((rgb >> 8) & 0xff), channel(rgb & 0xff)};
}

}  // namespace

std::array<glm::vec3, 5> colormapStops(Colormap map) {
  switch (map) {
    case Colormap::Clinical:  // pale rose to the deep red of trigger-point charts
      return {fromHex(0xf4c7b8), fromHex(0xe88a78), fromHex(0xd7301f), fromHex(0xb30000), fromHex(0x7f0000)};
    case Colormap::Heat:  // yellow through orange to red
      return {fromHex(0xffe24d), fromHex(0xfdae3a), fromHex(0xf46d2a), fromHex(0xd7301f), fromHex(0xa50f15)};
    case Colormap::Viridis:
      return {fromHex(0x440154), fromHex(0x3b528b), fromHex(0x21918c), fromHex(0x5ec962), fromHex(0xfde725)};
    case Colormap::Cividis:
      return {fromHex(0x00204d), fromHex(0x414d6b), fromHex(0x7c7b78), fromHex(0xbcaf6f), fromHex(0xffea46)};
  }
  return colormapStops(Colormap::Clinical);
}

glm::vec3 sampleColormap(Colormap map, float t) {
  const auto stops = colormapStops(map);
  const float x = std::clamp(t, 0.0f, 1.0f) * 4.0f;
  const int i = std::min(int(x), 3);
  const float f = x - float(i);
  return stops[i] * (1.0f - f) + stops[i + 1] * f;
}

}  // namespace myo
