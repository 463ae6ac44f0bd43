#pragma once
// The side of the body a structure or a trigger point is on, and the sides a view shows. In text a
// side is "left" or "right": parseSide and toString are the one spelling, used only where text
// comes in or goes out (the files, the command line, the window's state dump). Where a side may
// be missing, std::optional<Side> says what missing means at its declaration: both sides, or the
// midline.
//
//   std::optional<Side> side = parseSide("right");   // Side::Right
//   toString(opposite(*side));                        // "left"

#include <array>
#include <optional>
#include <string_view>
#include <vector>

namespace myo::atlas {

enum class Side { Left, Right };

inline constexpr std::array<Side, 2> kBothSides{Side::Left, Side::Right};

std::string_view toString(Side side);
// "left" or "right"; nullopt for anything else.
std::optional<Side> parseSide(std::string_view text);

Side opposite(Side side);

// The sides a view shows: one, or both.
enum class SideFilter { Both, Left, Right };

std::vector<Side> sidesShown(SideFilter filter);
// One side only, or both when no side is given.
SideFilter showing(std::optional<Side> side);
bool shows(SideFilter filter, Side side);

}  // namespace myo::atlas
