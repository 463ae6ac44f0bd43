#pragma once
// A window in the skin over a muscle, for showing a client the muscle under the pain: one value
// per skin vertex, 1 where the skin is cut away to show the muscle beneath, falling to 0 a little
// beyond. The window covers the skin nearest the muscle, however deep it lies: measured over the
// skin from the muscle's surface, within a few centimetres of the skin's closest approach to it.
//
//   std::vector<float> window = skinWindow(atlas, {"infraspinatus", Side::Left});

#include <vector>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/display.hpp"

namespace myo::atlas {

// Empty when the scene has no skin map or no such muscle.
std::vector<float> skinWindow(const AtlasScene& atlas, const StructureRef& muscle);

}  // namespace myo::atlas
