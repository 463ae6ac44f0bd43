#pragma once
// The boxes a picture frames when it is about part of the body: what is painted on the skin
// (`render --frame-painted`, a tour step framed on the painting) or the selected structures. Each
// is a box around its subject, wider than it, so the picture shows where on the body it is. Not a
// cube: a long, flat subject (a pattern down the arm) would be framed from far away, as if it
// were as deep as it is long.

#include <span>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/engine/bounds.hpp"

namespace myo::atlas {

// A box around `subject`, 30% wider than it along each axis and at least 16 cm across each;
// empty when the subject is.
Bounds frameAround(const Bounds& subject);

// The skin that the view paints (regions and referral patterns, where the field is over one
// half), as a tight box; empty when nothing is painted or the scene has no skin.
Bounds paintedBounds(const AtlasScene& atlasScene, const AtlasView& view);

// frameAround paintedBounds.
Bounds paintedFrame(const AtlasScene& atlasScene, const AtlasView& view);

// The box the structures fill (both sides when a ref has no side); empty when the scene has none.
Bounds selectionBounds(const AtlasScene& atlasScene, std::span<const StructureRef> selection);

}  // namespace myo::atlas
