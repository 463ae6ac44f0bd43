#pragma once
// The checks of `myoatlas validate` on drawn referral zones: each trigger point has a drawing with
// an essential zone (every trigger point refers pain somewhere; the spillover zone may be empty),
// every shape of it lies on the skin of both sides (a right-side trigger point shows the mirror image), and the card's region lists are the regions the drawing
// covers (so the words of the card and of the lookup say what the picture shows).

#include <string>
#include <vector>

#include "myo/atlas/muscle.hpp"
#include "myo/atlas/problem.hpp"
#include "myo/atlas/skin_map.hpp"
#include "myo/atlas/zone_regions.hpp"

namespace myo::atlas {

std::vector<Problem> checkDrawnZones(const Muscle& muscle, const std::string& file, const SkinMap& skin,
                                     const RegionCover& cover);

}  // namespace myo::atlas
