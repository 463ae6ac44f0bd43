#pragma once
// The side of the body a structure or a trigger point is on, and the sides a view shows. In text a
// side is "left" or "right", a view's sides "both", "left" or "right": the tables below are the one
// spelling, used only where text comes in or goes out (the files, the command line, the window's
// state dump, words for people). Where a side may be missing, std::optional<Side> says what missing
// means at its declaration: both sides, or the midline.
//
//   std::optional<Side> side = parseSide("right");   // Side::Right
//   toString(opposite(*side));                        // "left"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "myo/atlas/enum_names.hpp"

namespace myo::atlas {

enum class Side { Left, Right };

constexpr EnumTable<Side, 2> enumNames(Side) {
  return {{
      {Side::Left, "left"},
      {Side::Right, "right"},
  }};
}

inline constexpr std::array<Side, 2> kBothSides{Side::Left, Side::Right};

// "left" or "right"; nullopt for anything else ("midline", "both", "").
inline std::optional<Side> parseSide(std::string_view text) { return parseEnum<Side>(text); }

Side opposite(Side side);

// A body node's side as its metadata spells it (the .glb's extras, the state dump): "left",
// "right", or "midline" for none.
std::string_view sideOrMidline(std::optional<Side> side);

// The sides a view shows: one, or both.
enum class SideFilter { Both, Left, Right };

// Listed as docs/tours.md lists them, "both" first.
constexpr EnumTable<SideFilter, 3> enumNames(SideFilter) {
  return {{
      {SideFilter::Both, "both"},
      {SideFilter::Left, "left"},
      {SideFilter::Right, "right"},
  }};
}

std::vector<Side> sidesShown(SideFilter filter);
// One side only, or both when no side is given.
SideFilter showing(std::optional<Side> side);
bool shows(SideFilter filter, Side side);

}  // namespace myo::atlas
