#include "myo/atlas/region.hpp"

#include <algorithm>

#include "knowledge/edit_distance.hpp"

namespace myo::atlas {

const Region* RegionVocabulary::find(std::string_view id) const {
  const auto found = std::find_if(regions_.begin(), regions_.end(), [&](const Region& r) { return r.id == id; });
  return found == regions_.end() ? nullptr : &*found;
}

const Region* RegionVocabulary::findBase(std::string_view base) const {
  const auto found = std::find_if(regions_.begin(), regions_.end(), [&](const Region& r) { return r.base == base; });
  return found == regions_.end() ? nullptr : &*found;
}

const Region* RegionVocabulary::onSide(std::string_view base, RegionSide side) const {
  const Region* any = findBase(base);
  if (any == nullptr || any->side == RegionSide::Midline) return any;
  return find(regionId(base, side));
}

std::string regionId(std::string_view base, RegionSide side) {
  switch (side) {
    case RegionSide::Left: return "left_" + std::string(base);
    case RegionSide::Right: return "right_" + std::string(base);
    case RegionSide::Midline: break;
  }
  return std::string(base);
}

std::vector<std::string> nearestRegionIds(const RegionVocabulary& regions, std::string_view query, std::size_t limit) {
  // Past about one letter in four wrong, a suggestion is noise.
  const std::size_t plausible = std::max<std::size_t>(2, query.size() / 4);
  // "temple" alone is close to "left_temple" and "right_temple", "left_throat" to the midline
  // "throat": compare the bases too, the side counting as one slip.
  std::string_view queryBase = query;
  for (std::string_view prefix : {"left_", "right_"})
    if (queryBase.starts_with(prefix)) queryBase.remove_prefix(prefix.size());
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const Region& region : regions.all()) {
    const std::size_t distance = std::min(editDistance(query, region.id), editDistance(queryBase, region.base) + 1);
    if (distance <= plausible) scored.emplace_back(distance, region.id);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> ids;
  for (std::size_t i = 0; i < std::min(limit, scored.size()); ++i) ids.push_back(scored[i].second);
  return ids;
}

}  // namespace myo::atlas
