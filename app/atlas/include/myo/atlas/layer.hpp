#pragma once
// The depth order of the atlas, outermost first. The body model tags every structure with one;
// a muscle's card names one of the three muscle layers (superficial, intermediate, deep): how
// deep it lies under the skin where it is usually palpated.

#include <optional>
#include <string_view>

#include "myo/atlas/enum_names.hpp"

namespace myo::atlas {

enum class Layer { Skin, Superficial, Intermediate, Deep, Bone };

constexpr EnumTable<Layer, 5> enumNames(Layer) {
  return {{
      {Layer::Skin, "skin"},
      {Layer::Superficial, "superficial"},
      {Layer::Intermediate, "intermediate"},
      {Layer::Deep, "deep"},
      {Layer::Bone, "bone"},
  }};
}

// The layers a muscle's card may name: the muscle layers, not the skin or the bone.
inline constexpr EnumTable<Layer, 3> kMuscleLayerNames{{
    {Layer::Superficial, "superficial"},
    {Layer::Intermediate, "intermediate"},
    {Layer::Deep, "deep"},
}};

// "skin", "superficial", "intermediate", "deep", "bone" (null-terminated literals).
constexpr std::string_view layerName(Layer layer) { return toString(layer); }
constexpr std::optional<Layer> parseLayer(std::string_view name) { return parseEnum<Layer>(name); }

}  // namespace myo::atlas
