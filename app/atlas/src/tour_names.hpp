#pragma once
// How a tour file spells the values of its enumerations (docs/tours.md), shared by the reader and
// the writer so the two cannot drift apart. Layers keep their own names (layerName/parseLayer).

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "myo/atlas/tour.hpp"

namespace myo::atlas::tour_names {

template <class E>
struct Named {
  E value;
  std::string_view name;
};

inline constexpr std::array<Named<ViewPreset>, 5> kViews{{
    {ViewPreset::Anterior, "anterior"},
    {ViewPreset::Posterior, "posterior"},
    {ViewPreset::Left, "left"},
    {ViewPreset::Right, "right"},
    {ViewPreset::Superior, "superior"},
}};

inline constexpr std::array<Named<TourFraming>, 3> kFramings{{
    {TourFraming::Body, "body"},
    {TourFraming::Painted, "painted"},
    {TourFraming::Selection, "selection"},
}};

inline constexpr std::array<Named<SideFilter>, 3> kSides{{
    {SideFilter::Both, "both"},
    {SideFilter::Left, "left"},
    {SideFilter::Right, "right"},
}};

inline constexpr std::array<Named<Layer>, 5> kLayers{{
    {Layer::Skin, "skin"},
    {Layer::Superficial, "superficial"},
    {Layer::Intermediate, "intermediate"},
    {Layer::Deep, "deep"},
    {Layer::Bone, "bone"},
}};

template <class E, std::size_t N>
std::string_view nameOf(E value, const std::array<Named<E>, N>& names) {
  for (const Named<E>& entry : names)
    if (entry.value == value) return entry.name;
  return names.front().name;
}

template <class E, std::size_t N>
std::optional<E> valueOf(std::string_view name, const std::array<Named<E>, N>& names) {
  for (const Named<E>& entry : names)
    if (entry.name == name) return entry.value;
  return std::nullopt;
}

// "anterior, posterior, left, right, superior", for messages.
template <class E, std::size_t N>
std::string choices(const std::array<Named<E>, N>& names) {
  std::string joined;
  for (const Named<E>& entry : names) {
    if (!joined.empty()) joined += ", ";
    joined += entry.name;
  }
  return joined;
}

}  // namespace myo::atlas::tour_names
