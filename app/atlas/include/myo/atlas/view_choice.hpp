#pragma once
// Where to look from to show something on the body: the box around what is painted on the skin,
// and the preset view that faces a painted patch or a structure best. The quiz points the camera
// with these, and `render --frame-painted` frames with paintedFrame.

#include <string_view>

#include <glm/vec3.hpp>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/engine/bounds.hpp"
#include "myo/engine/camera.hpp"

namespace myo::atlas {

// A cube around the painted skin (regions and referral patterns, field over one half), 30% wider
// than it and at least 16 cm across, so the picture shows where on the body it is. Empty when
// nothing is painted or the scene has no skin.
Bounds paintedFrame(const AtlasScene& atlas, const AtlasView& view);

// The front, back, left or right view that looks most squarely at the painted skin (its outward
// normals, weighted by how strongly each vertex is painted). Anterior when nothing is painted.
ViewPreset viewFacingPainted(const AtlasScene& atlas, const AtlasView& view);

// The front, back, left or right view from which the structure lies on the near side of the
// bones around it (the biceps in front of the humerus, the trapezius behind the ribs), so that
// nothing but ghostable muscle lies between it and the eye. side empty: both sides.
ViewPreset viewFacingStructure(const Scene& scene, const StructureIndex& index, std::string_view id,
                               std::string_view side);

// The mean of the structure's vertices in the body frame (origin when it has none).
glm::vec3 structureCentroid(const Scene& scene, const StructureIndex& index, std::string_view id, std::string_view side);

}  // namespace myo::atlas
