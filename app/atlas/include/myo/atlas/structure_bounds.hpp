#pragma once
// The box a structure fills in the body frame, for framing the camera on it.

#include <string_view>

#include "myo/atlas/structure_index.hpp"
#include "myo/engine/bounds.hpp"
#include "myo/engine/scene.hpp"

namespace myo::atlas {

// Every part of the structure's nodes under their world transforms; side empty means both
// sides. Empty when the scene has no such structure.
Bounds structureBounds(const Scene& scene, const StructureIndex& index, std::string_view id, std::string_view side = {});

}  // namespace myo::atlas
