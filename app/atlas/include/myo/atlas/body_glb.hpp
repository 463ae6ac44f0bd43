#pragma once
// The body model as binary glTF 2.0 (.glb). One node per structure, named <kind>.<id>.<side>,
// with {"kind", "id", "side", "layer"} (and "member" for a group's member) in its extras; one
// mesh per node with a primitive per piece; four materials (muscle, tendon, bone, skin).
// Muscle and tendon primitives carry two custom attributes for the renderer: _FIBRE (VEC3, the
// unit fibre direction) and _ALONG (SCALAR, 0 at the origin to 1 at the insertion).
// Deterministic: the same model gives the same bytes (no time stamps, fixed number formatting).

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "myo/atlas/body_model.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

// bakeKey (baked_body.hpp), when given, goes into the file's asset extras, so that a program
// opening the body later can tell whether it was baked from the description it has now.
std::vector<std::uint8_t> encodeGlb(const BodyModel& body, const std::string& bakeKey = {});

// Writes to a temporary file beside `path`, then renames it over `path`.
Status writeGlb(const std::vector<std::uint8_t>& bytes, const std::filesystem::path& path);

}  // namespace myo::atlas
