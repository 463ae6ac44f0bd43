#include "myo/atlas/region.hpp"

#include <algorithm>

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

}  // namespace myo::atlas
