#pragma once
// The body-region vocabulary: the places on the skin where a person can say "it hurts here"
// (assets/knowledge/regions.json). Sided regions exist twice, `left_<base>` and `right_<base>`;
// the four midline ones (vertex, throat, sternum, coccyx) once, without a prefix. Referral zones
// name regions by their base id; the side follows from the trigger point.
//
// Where each region lies on the skin of the body model is not part of this type yet: that
// belongs to the body model, which does not exist yet (see docs/knowledge-base.md, "regions.json").

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "myo/atlas/enum_names.hpp"
#include "myo/atlas/side.hpp"

namespace myo::atlas {

enum class RegionSide { Left, Right, Midline };

// The sections of the region list, for grouping in pickers and on intake forms.
enum class RegionGroup { HeadAndFace, Neck, ShoulderChestAbdomen, BackAndPelvis, UpperLimb, LowerLimb };

constexpr EnumTable<RegionSide, 3> enumNames(RegionSide) {
  return {{
      {RegionSide::Left, "left"},
      {RegionSide::Right, "right"},
      {RegionSide::Midline, "midline"},
  }};
}

constexpr EnumTable<RegionGroup, 6> enumNames(RegionGroup) {
  return {{
      {RegionGroup::HeadAndFace, "head_and_face"},
      {RegionGroup::Neck, "neck"},
      {RegionGroup::ShoulderChestAbdomen, "shoulder_chest_abdomen"},
      {RegionGroup::BackAndPelvis, "back_and_pelvis"},
      {RegionGroup::UpperLimb, "upper_limb"},
      {RegionGroup::LowerLimb, "lower_limb"},
  }};
}

struct Region {
  std::string id;        // "left_temple", or "vertex" for a midline region
  std::string base;      // "temple": the id without its side prefix
  std::string name;      // "Left temple"
  std::string baseName;  // "Temple": the name without its side, for cards that speak of both sides
  RegionSide side = RegionSide::Midline;
  RegionGroup group = RegionGroup::HeadAndFace;
  std::string description;  // where it is, in words
};

class RegionVocabulary {
 public:
  RegionVocabulary() = default;
  explicit RegionVocabulary(std::vector<Region> regions) : regions_(std::move(regions)) {}

  // In file order: grouped, each sided region left then right.
  const std::vector<Region>& all() const { return regions_; }
  std::size_t size() const { return regions_.size(); }

  const Region* find(std::string_view id) const;
  // Any region with this base id (the left one for a sided region), or nullptr.
  const Region* findBase(std::string_view base) const;
  // The region a zone patch lands on for a given side of the body; midline regions ignore it.
  const Region* onSide(std::string_view base, RegionSide side) const;

 private:
  std::vector<Region> regions_;
};

// "left_" or "right_" followed by the base id; the base id alone for a midline region.
std::string regionId(std::string_view base, RegionSide side);

// The regions on one side of the body: those a trigger point on that side refers pain to.
constexpr RegionSide regionSide(Side side) { return side == Side::Left ? RegionSide::Left : RegionSide::Right; }

// The region ids nearest in spelling to an unknown one, closest first, for "did you mean".
std::vector<std::string> nearestRegionIds(const RegionVocabulary& regions, std::string_view query,
                                          std::size_t limit = 3);

}  // namespace myo::atlas
