#pragma once
// The depth order of the atlas, outermost first. The body model tags every structure with one;
// a muscle's card names one of the three muscle layers (superficial, intermediate, deep): how
// deep it lies under the skin where it is usually palpated.

#include <optional>
#include <string_view>

namespace myo::atlas {

enum class Layer { Skin, Superficial, Intermediate, Deep, Bone };

// "skin", "superficial", "intermediate", "deep", "bone" (null-terminated literals).
std::string_view layerName(Layer layer);
std::optional<Layer> parseLayer(std::string_view name);

}  // namespace myo::atlas
