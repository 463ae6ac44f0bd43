#include "myo/atlas/label_anchor.hpp"

#include <algorithm>
#include <limits>
#include <vector>

namespace myo::atlas {

std::optional<VisibleRegion> visibleRegion(const IdImage& image, std::span<const std::uint32_t> ids) {
  auto belongs = [&](std::uint32_t id) { return id != 0 && std::find(ids.begin(), ids.end(), id) != ids.end(); };
  // The region's bounding box first: the distance transform then runs over it alone, which keeps
  // labelling a whole layer a matter of milliseconds.
  glm::ivec2 lowest(std::numeric_limits<int>::max()), highest(-1);
  int pixels = 0;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x)
      if (belongs(image.at(x, y))) {
        lowest = glm::min(lowest, glm::ivec2(x, y));
        highest = glm::max(highest, glm::ivec2(x, y));
        ++pixels;
      }
  if (pixels == 0) return std::nullopt;
  // Chamfer distance (3-4 weights, two passes) to the nearest pixel outside the region; the
  // picture's border counts as outside.
  const int width = highest.x - lowest.x + 1, height = highest.y - lowest.y + 1;
  constexpr int kStraight = 3, kDiagonal = 4, kFar = std::numeric_limits<int>::max() / 2;
  std::vector<int> distance(static_cast<std::size_t>(width) * height);
  auto at = [&](int x, int y) -> int& { return distance[static_cast<std::size_t>(y) * width + x]; };
  auto outside = [&](int x, int y) { return x < 0 || y < 0 || x >= width || y >= height; };
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) at(x, y) = belongs(image.at(lowest.x + x, lowest.y + y)) ? kFar : 0;
  auto relax = [&](int x, int y, int dx, int dy, int weight) {
    const int from = outside(x + dx, y + dy) ? 0 : at(x + dx, y + dy);
    at(x, y) = std::min(at(x, y), from + weight);
  };
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      if (at(x, y) == 0) continue;
      relax(x, y, -1, 0, kStraight);
      relax(x, y, 0, -1, kStraight);
      relax(x, y, -1, -1, kDiagonal);
      relax(x, y, 1, -1, kDiagonal);
    }
  VisibleRegion region;
  region.pixels = pixels;
  int deepest = -1;
  for (int y = height - 1; y >= 0; --y)
    for (int x = width - 1; x >= 0; --x) {
      if (at(x, y) == 0) continue;
      relax(x, y, 1, 0, kStraight);
      relax(x, y, 0, 1, kStraight);
      relax(x, y, 1, 1, kDiagonal);
      relax(x, y, -1, 1, kDiagonal);
    }
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      if (at(x, y) > deepest) {
        deepest = at(x, y);
        region.centre = lowest + glm::ivec2(x, y);
      }
  region.depth = float(deepest) / float(kStraight);
  return region;
}

}  // namespace myo::atlas
