#include "myo/atlas/skin_window.hpp"

#include <algorithm>

namespace myo::atlas {

namespace {

// How far beyond the skin's closest approach the window reaches, fully open and then fading.
constexpr float kOpenReach = 0.025f;
constexpr float kFadeReach = 0.035f;
constexpr std::size_t kMostSeeds = 1500;  // a sample of the muscle's surface is plenty

}  // namespace

std::vector<float> skinWindow(const AtlasScene& atlas, const StructureRef& muscle) {
  if (!atlas.skin) return {};
  std::vector<glm::vec3> surface;
  for (int node : atlas.index.find(muscle.id, muscle.side))
    for (int part : atlas.scene.nodes[node].parts)
      for (const glm::vec3& p : atlas.scene.parts[part].mesh.positions)
        surface.push_back(glm::vec3(atlas.scene.nodes[node].world * glm::vec4(p, 1.0f)));
  if (surface.empty()) return {};
  const std::size_t every = std::max<std::size_t>(1, surface.size() / kMostSeeds);
  std::vector<glm::vec3> seeds;
  float closest = SurfaceDistance::kFar;
  for (std::size_t i = 0; i < surface.size(); i += every) {
    seeds.push_back(surface[i]);
    closest = std::min(closest, atlas.skin->surface().distanceToSurface(surface[i]));
  }
  // Seeds start at their straight-line distance from the skin, so a deep muscle's window opens
  // where the skin comes closest to it.
  const std::vector<float> distance = atlas.skin->surface().from(seeds, closest + kFadeReach);
  std::vector<float> window(distance.size(), 0.0f);
  for (std::size_t v = 0; v < distance.size(); ++v) {
    const float beyond = distance[v] - closest;
    if (beyond <= kOpenReach) window[v] = 1.0f;
    else if (beyond < kFadeReach) window[v] = (kFadeReach - beyond) / (kFadeReach - kOpenReach);
  }
  return window;
}

}  // namespace myo::atlas
