#pragma once
// The signed distance and extent of a description ShapePart, and its mirror image: what both the
// bone meshes and the body's distance field are made of.

#include "myo/atlas/anatomy_description.hpp"
#include "myo/engine/bounds.hpp"

namespace myo::atlas {

float distance(const ShapePart& part, const glm::vec3& p);
Bounds bounds(const ShapePart& part);
ShapePart mirrored(const ShapePart& part);   // x -> -x
bool onMidline(const ShapePart& part);       // its own mirror image (mirroring would add nothing)
// A part list with every off-midline part also added mirrored: how midline structures are made.
std::vector<ShapePart> withMirroredParts(const std::vector<ShapePart>& parts);

inline glm::vec3 mirrorPoint(const glm::vec3& p) { return {-p.x, p.y, p.z}; }

}  // namespace myo::atlas
