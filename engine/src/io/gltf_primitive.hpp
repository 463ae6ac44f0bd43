#pragma once
// One glTF primitive into a triangle Mesh: attributes read through GltfAccessors, indices checked
// against the vertex count, strips and fans turned into triangle lists. Points and lines are not
// drawn by MyoAtlas: such primitives come back Skipped with the reason, never as an error.

#include <optional>
#include <string>
#include <vector>

#include "io/gltf_accessor.hpp"
#include "io/tinygltf.hpp"
#include "myo/engine/mesh.hpp"

namespace myo::io {

struct PrimitiveResult {
  enum class Kind {
    Triangles,  // `mesh` holds the triangles
    Skipped,    // nothing to draw by design (points, lines, no POSITION): `reason` says why
    Corrupt,    // the data is broken (out-of-range index, accessor past its buffer): `reason`
  };
  Kind kind = Kind::Triangles;
  Mesh mesh;
  std::string reason;
  std::vector<std::string> notes;  // repairs worth a warning (an attribute dropped, ...)
  // The primitive's levels of detail, when its extras keep them (kDetailLevelsKey), all valid.
  std::optional<std::vector<DetailLevel>> detail;
};

PrimitiveResult convertPrimitive(const tinygltf::Primitive& primitive, const GltfAccessors& accessors);

}  // namespace myo::io
