#pragma once
// The box a structure fills in the body frame, for framing the camera on it.

#include <optional>
#include <string_view>

#include "myo/atlas/structure_index.hpp"
#include "myo/engine/bounds.hpp"
#include "myo/engine/scene.hpp"

namespace myo::atlas {

// Every part of the structure's nodes under their world transforms; no side means both sides.
// Empty when the scene has no such structure.
Bounds structureBounds(const Scene& scene, const StructureIndex& index, std::string_view id,
                       std::optional<Side> side = std::nullopt);

}  // namespace myo::atlas
