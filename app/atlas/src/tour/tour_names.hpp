#pragma once
// How a tour file spells which sides a step shows (docs/tours.md), shared by the reader and the
// writer. The other enumerations of a tour spell themselves through their own tables
// (enumNames next to each enum); sides wait for the atlas's side type.

#include <array>

#include "myo/atlas/display.hpp"
#include "myo/atlas/enum_names.hpp"

namespace myo::atlas::tour_names {

inline constexpr EnumTable<SideFilter, 3> kSides{{
    {SideFilter::Both, "both"},
    {SideFilter::Left, "left"},
    {SideFilter::Right, "right"},
}};

}  // namespace myo::atlas::tour_names
