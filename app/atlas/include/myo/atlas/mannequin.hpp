#pragma once
// A simple mannequin in the atlas's body frame (metres, +Y up, feet on y = 0, facing +Z, the
// person's left at +X, 1.75 m tall, arms at the sides): smooth primitives for head, trunk and
// limbs. It is what the viewer and `render` show when no model is given, until the anatomical
// body model (skeleton, muscles, skin) is baked from assets/; it carries no anatomy.

#include "myo/engine/scene.hpp"

namespace myo::atlas {

Scene buildMannequin();

}  // namespace myo::atlas
