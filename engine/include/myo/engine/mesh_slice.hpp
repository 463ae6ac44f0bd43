#pragma once
// sliceAtHeight: where a horizontal plane cuts a closed mesh — its outlines as closed loops in the
// plane (x, z). What a tape measure reads around an outline is tapeLength: the perimeter of its
// convex hull, since a tape bridges hollows.
//
//   for (const myo::Outline& loop : myo::sliceAtHeight(skin, 1.30f))
//     if (myo::encloses(loop, {0.0f, 0.0f})) chest = myo::tapeLength(loop);
//
// Not here: slices at an angle, or outlines of open meshes (their cut ends are dropped).

#include <vector>

#include <glm/vec2.hpp>

#include "myo/engine/mesh.hpp"

namespace myo {

using Outline = std::vector<glm::vec2>;  // (x, z), closed: the last point joins the first

std::vector<Outline> sliceAtHeight(const Mesh& mesh, float y);

bool encloses(const Outline& outline, const glm::vec2& point);
float tapeLength(const Outline& outline);
float enclosedArea(const Outline& outline);

}  // namespace myo
