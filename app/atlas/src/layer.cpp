#include "myo/atlas/layer.hpp"

namespace myo::atlas {

std::optional<Layer> parseLayer(std::string_view name) {
  if (name == "skin") return Layer::Skin;
  if (name == "superficial") return Layer::Superficial;
  if (name == "intermediate") return Layer::Intermediate;
  if (name == "deep") return Layer::Deep;
  if (name == "bone") return Layer::Bone;
  return std::nullopt;
}

std::string_view layerName(Layer layer) {
  switch (layer) {
    case Layer::Skin: return "skin";
    case Layer::Superficial: return "superficial";
    case Layer::Intermediate: return "intermediate";
    case Layer::Deep: return "deep";
    case Layer::Bone: return "bone";
  }
  return "bone";
}

}  // namespace myo::atlas
