#include "myo/atlas/side.hpp"

namespace myo::atlas {

Side opposite(Side side) { return side == Side::Left ? Side::Right : Side::Left; }

std::string_view sideOrMidline(std::optional<Side> side) { return side ? toString(*side) : "midline"; }

std::vector<Side> sidesShown(SideFilter filter) {
  switch (filter) {
    case SideFilter::Left: return {Side::Left};
    case SideFilter::Right: return {Side::Right};
    case SideFilter::Both: break;
  }
  return {kBothSides.begin(), kBothSides.end()};
}

SideFilter showing(std::optional<Side> side) {
  if (!side) return SideFilter::Both;
  return *side == Side::Left ? SideFilter::Left : SideFilter::Right;
}

bool shows(SideFilter filter, Side side) { return filter == SideFilter::Both || filter == showing(side); }

}  // namespace myo::atlas
