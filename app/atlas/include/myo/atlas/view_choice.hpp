#pragma once
// Where to look from to show something on the body: the preset view that faces a painted patch or
// a structure best. The quiz points the camera with these and frames with picture_frame.hpp.

#include <optional>
#include <string_view>

#include <glm/vec3.hpp>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/picture_frame.hpp"
#include "myo/engine/bounds.hpp"
#include "myo/engine/camera.hpp"

namespace myo::atlas {

// The front, back, left or right view that looks most squarely at the painted skin (its outward
// normals, weighted by how strongly each vertex is painted). Anterior when nothing is painted.
ViewPreset viewFacingPainted(const AtlasScene& atlas, const AtlasView& view);

// The front, back, left or right view from which most of the structure is in sight in x-ray: no
// bone, and no muscle as deep as it, between it and the eye (ray casts from points of it). The
// front and back, and the side on which it lies over its bones (the biceps in front of the
// humerus, the trapezius behind the ribs), win a near tie; a side view only from its own side.
// Costs a ray-cast structure over the body: tens of milliseconds. No side: both sides.
ViewPreset viewFacingStructure(const Scene& scene, const StructureIndex& index, std::string_view id,
                               std::optional<Side> side);

// The mean of the structure's vertices in the body frame (origin when it has none).
glm::vec3 structureCentroid(const Scene& scene, const StructureIndex& index, std::string_view id,
                            std::optional<Side> side);

}  // namespace myo::atlas
