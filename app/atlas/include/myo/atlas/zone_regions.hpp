#pragma once
// RegionCover: the body regions a drawn referral zone covers. The drawing is the pattern; the
// regions are its words — what a card says the pattern reaches and what a person names when
// looking a pain up. A region is covered when the zone fills a fifth of it, or when a quarter of
// the zone lies in it; its weight is the share of the region the zone fills, in steps of 0.05.
//
//   RegionCover cover(skinMap);                        // once: every region's patch, ~1 s
//   std::vector<ZonePatch> words = cover.regionsOf(zoneField);
//
// Not here: painting the zone (SkinMap::paint), checking a card (drawn_zone_checks.hpp).

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "myo/atlas/muscle.hpp"
#include "myo/atlas/skin_map.hpp"

namespace myo::atlas {

class RegionCover {
 public:
  explicit RegionCover(const SkinMap& skin);

  // The base regions (left and right merged) a zone covers, one value 0..1 per skin vertex, most
  // covered first.
  std::vector<ZonePatch> regionsOf(std::span<const float> zone) const;

 private:
  struct Patch {
    std::string base;
    std::vector<std::uint32_t> vertex;  // where the patch is not zero
    std::vector<float> value;
    double area = 0.0;  // m², weighted by the value
  };
  std::vector<Patch> patches_;
  std::vector<float> vertexArea_;
};

// Whether two region lists name the same regions with weights at most `tolerance` apart.
bool sameRegions(const std::vector<ZonePatch>& a, const std::vector<ZonePatch>& b, double tolerance = 0.051);

// A region list in words for messages: "temple 1.00, ear 0.60", or "(none)".
std::string describeRegions(const std::vector<ZonePatch>& regions);

}  // namespace myo::atlas
