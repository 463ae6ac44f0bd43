#include "myo/atlas/zone_regions.hpp"

#include <algorithm>
#include <cstdio>
#include <cmath>
#include <map>

#include "myo/atlas/pain_lookup.hpp"

namespace myo::atlas {

namespace {

constexpr double kShareOfRegion = 0.2;
constexpr double kShareOfZone = 0.25;

}  // namespace

RegionCover::RegionCover(const SkinMap& skin) : vertexArea_(vertexAreas(skin.mesh())) {
  for (const auto& [base, geometry] : skin.patches().all()) {
    const std::vector<std::string> ids =
        geometry.midline ? std::vector<std::string>{base} : std::vector<std::string>{"left_" + base, "right_" + base};
    for (const std::string& id : ids) {
      const std::vector<float> field = skin.region(id);
      Patch patch{base, {}, {}, 0.0};
      for (std::uint32_t v = 0; v < field.size(); ++v)
        if (field[v] > 0.0f) {
          patch.vertex.push_back(v);
          patch.value.push_back(field[v]);
          patch.area += double(vertexArea_[v]) * field[v];
        }
      if (patch.area > 0.0) patches_.push_back(std::move(patch));
    }
  }
}

std::vector<ZonePatch> RegionCover::regionsOf(std::span<const float> zone) const {
  double zoneArea = 0.0;
  for (std::size_t v = 0; v < zone.size() && v < vertexArea_.size(); ++v) zoneArea += double(vertexArea_[v]) * zone[v];
  std::map<std::string, double> weightOf;
  if (zoneArea <= 0.0) return {};
  for (const Patch& patch : patches_) {
    double overlap = 0.0;
    for (std::size_t i = 0; i < patch.vertex.size(); ++i) {
      const std::uint32_t v = patch.vertex[i];
      if (v < zone.size()) overlap += double(vertexArea_[v]) * std::min(zone[v], patch.value[i]);
    }
    const double ofRegion = overlap / patch.area;
    if (ofRegion < kShareOfRegion && overlap / zoneArea < kShareOfZone) continue;
    const double weight = std::clamp(std::round(std::min(ofRegion, 1.0) * 20.0) / 20.0, 0.05, 1.0);
    double& kept = weightOf[patch.base];
    kept = std::max(kept, weight);
  }
  std::vector<ZonePatch> regions;
  for (const auto& [base, weight] : weightOf) regions.push_back({base, weight});
  std::stable_sort(regions.begin(), regions.end(),
                   [](const ZonePatch& a, const ZonePatch& b) { return a.weight > b.weight; });
  return regions;
}

bool sameRegions(const std::vector<ZonePatch>& a, const std::vector<ZonePatch>& b, double tolerance) {
  if (a.size() != b.size()) return false;
  for (const ZonePatch& p : a) {
    const auto match = std::find_if(b.begin(), b.end(), [&](const ZonePatch& q) { return q.region == p.region; });
    if (match == b.end() || std::abs(match->weight - p.weight) > tolerance) return false;
  }
  return true;
}

std::string describeRegions(const std::vector<ZonePatch>& regions) {
  std::string text;
  char weight[16];
  for (const ZonePatch& p : regions) {
    std::snprintf(weight, sizeof weight, " %.2f", p.weight);
    text += (text.empty() ? "" : ", ") + p.region + weight;
  }
  return text.empty() ? "(none)" : text;
}

}  // namespace myo::atlas
