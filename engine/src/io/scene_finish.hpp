#pragma once
// The checks and repairs every loader's output gets, whatever the format:
// - a vertex position that is NaN or infinite fails the file (it would poison bounds, framing and
//   every ray cast);
// - a triangle that repeats another of its part exactly is left out, with a warning (stacked copies
//   made drawing time explode);
// - normals that are missing get generated (smooth within the crease angle); normals that are
//   present but unusable (NaN, zero) are regenerated with a warning; merely unnormalised ones are
//   rescaled. Valid normals are kept untouched, which is the common and fast case;
// - levels of detail the file kept (the built-in body does) are dropped when the vertices change.

#include <cstdint>
#include <string>

#include "myo/engine/model_loader.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"

namespace myo::io {

// Errors are plain reasons; the caller prefixes the file's path.
Status finishScene(Scene& scene, const LoadOptions& options);

// The reason a model over LoadOptions::maxTriangles is refused, said the same by every loader.
std::string tooManyTriangles(std::uint64_t triangles, std::uint64_t limit);

}  // namespace myo::io
