#include "io/gltf_primitive.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <nlohmann/json.hpp>

#include "myo/engine/scene.hpp"

namespace myo::io {

namespace {

PrimitiveResult skipped(std::string reason) {
  PrimitiveResult r;
  r.kind = PrimitiveResult::Kind::Skipped;
  r.reason = std::move(reason);
  return r;
}

PrimitiveResult corrupt(std::string reason) {
  PrimitiveResult r;
  r.kind = PrimitiveResult::Kind::Corrupt;
  r.reason = std::move(reason);
  return r;
}

const char* modeName(int mode) {
  switch (mode) {
    case TINYGLTF_MODE_POINTS: return "points";
    case TINYGLTF_MODE_LINE: return "lines";
    case TINYGLTF_MODE_LINE_LOOP: return "a line loop";
    case TINYGLTF_MODE_LINE_STRIP: return "a line strip";
    default: return "an unknown primitive mode";
  }
}

// An optional attribute: read it if present; on a wrong count or broken data drop it with a note,
// because the triangles are still worth drawing.
template <class Vec>
void readOptional(const tinygltf::Primitive& primitive, const char* semantic, const GltfAccessors& accessors,
                  std::size_t vertexCount, std::vector<Vec>& out, std::vector<std::string>& notes) {
  const auto it = primitive.attributes.find(semantic);
  if (it == primitive.attributes.end()) return;
  if (Status ok = accessors.read(it->second, out); !ok) {
    out.clear();
    notes.push_back(std::string(semantic) + " ignored: " + ok.error().message);
    return;
  }
  if (out.size() != vertexCount) {
    notes.push_back(std::string(semantic) + " ignored: it has " + std::to_string(out.size()) +
                    " values for " + std::to_string(vertexCount) + " vertices");
    out.clear();
  }
}

// Strip: triangle i is (i, i+1, i+2), every other one flipped to keep the winding (glTF 3.7.2.1).
// Fan: triangle i is (i+1, i+2, 0). Degenerate triangles (used to join strips) are dropped.
std::vector<std::uint32_t> triangulate(const std::vector<std::uint32_t>& in, int mode) {
  std::vector<std::uint32_t> out;
  if (in.size() < 3) return out;
  out.reserve((in.size() - 2) * 3);
  for (std::size_t i = 0; i + 2 < in.size(); ++i) {
    std::uint32_t a, b, c;
    if (mode == TINYGLTF_MODE_TRIANGLE_STRIP) {
      a = in[i];
      b = in[i + 1 + i % 2];
      c = in[i + 2 - i % 2];
    } else {
      a = in[i + 1];
      b = in[i + 2];
      c = in[0];
    }
    if (a == b || b == c || a == c) continue;
    out.insert(out.end(), {a, b, c});
  }
  return out;
}

}  // namespace

namespace {

// Levels of detail a file keeps are taken only whole and valid: anything wrong and they are made
// again when the part is uploaded, with a note, as for a file that has none.
void readDetailLevels(const tinygltf::Primitive& primitive, const GltfAccessors& accessors, std::size_t vertexCount,
                      PrimitiveResult& result) {
  if (primitive.extras_json_string.empty()) return;
  const nlohmann::json extras = nlohmann::json::parse(primitive.extras_json_string, nullptr, false);
  if (!extras.is_object() || !extras.contains(kDetailLevelsKey)) return;
  const auto refuse = [&](const std::string& why) {
    result.notes.push_back(std::string("its ") + kDetailLevelsKey + " were ignored (" + why + "); they are made again");
  };
  const nlohmann::json& listed = extras[kDetailLevelsKey];
  if (!listed.is_array()) return refuse("not a list");
  std::vector<DetailLevel> levels;
  for (const nlohmann::json& entry : listed) {
    if (!entry.is_object() || !entry.contains("indices") || !entry["indices"].is_number_integer() ||
        !entry.contains("error") || !entry["error"].is_number())
      return refuse("an entry is not {\"indices\": accessor, \"error\": number}");
    DetailLevel level;
    level.error = entry["error"].get<float>();
    if (!std::isfinite(level.error) || level.error < 0.0f) return refuse("an error is negative or not finite");
    if (Status ok = accessors.readIndices(entry["indices"].get<int>(), level.indices); !ok)
      return refuse(ok.error().message);
    if (level.indices.size() % 3 != 0) return refuse("a level's index count is not a multiple of three");
    if (std::any_of(level.indices.begin(), level.indices.end(), [&](std::uint32_t i) { return i >= vertexCount; }))
      return refuse("a level refers to a vertex that does not exist");
    levels.push_back(std::move(level));
  }
  result.detail = std::move(levels);
}

}  // namespace

PrimitiveResult convertPrimitive(const tinygltf::Primitive& primitive, const GltfAccessors& accessors) {
  const int mode = primitive.mode < 0 ? TINYGLTF_MODE_TRIANGLES : primitive.mode;
  if (mode != TINYGLTF_MODE_TRIANGLES && mode != TINYGLTF_MODE_TRIANGLE_STRIP &&
      mode != TINYGLTF_MODE_TRIANGLE_FAN)
    return skipped(std::string("it draws ") + modeName(mode) + ", and MyoAtlas draws only triangles");

  const auto position = primitive.attributes.find("POSITION");
  if (position == primitive.attributes.end()) return skipped("it has no POSITION attribute");

  PrimitiveResult result;
  Mesh& mesh = result.mesh;
  if (Status ok = accessors.read(position->second, mesh.positions); !ok)
    return corrupt("POSITION: " + ok.error().message);
  const std::size_t vertexCount = mesh.positions.size();

  // Indices before the optional attributes: a primitive dropped for bad indices costs no more.
  if (primitive.indices >= 0) {
    if (Status ok = accessors.readIndices(primitive.indices, mesh.indices); !ok)
      return corrupt("indices: " + ok.error().message);
    // One pass for the maximum (vectorises); find the culprit only when there is one.
    std::uint32_t highest = 0;
    for (std::uint32_t index : mesh.indices) highest = std::max(highest, index);
    if (!mesh.indices.empty() && highest >= vertexCount) {
      const auto bad = std::find_if(mesh.indices.begin(), mesh.indices.end(),
                                    [&](std::uint32_t i) { return i >= vertexCount; });
      return corrupt("index " + std::to_string(*bad) + " at position " +
                     std::to_string(bad - mesh.indices.begin()) + " is out of range: there are only " +
                     std::to_string(vertexCount) + " vertices");
    }
  } else {
    mesh.indices.resize(vertexCount);
    std::iota(mesh.indices.begin(), mesh.indices.end(), 0u);
  }

  if (mode == TINYGLTF_MODE_TRIANGLES) {
    if (const std::size_t extra = mesh.indices.size() % 3; extra != 0) {
      mesh.indices.resize(mesh.indices.size() - extra);
      result.notes.push_back(std::to_string(extra) + " trailing index(es) that do not make a triangle ignored");
    }
  } else {
    mesh.indices = triangulate(mesh.indices, mode);
  }
  if (mesh.indices.empty()) return skipped("it has no triangles");

  readOptional(primitive, "NORMAL", accessors, vertexCount, mesh.normals, result.notes);
  readOptional(primitive, "TEXCOORD_0", accessors, vertexCount, mesh.uvs, result.notes);
  readOptional(primitive, "COLOR_0", accessors, vertexCount, mesh.colors, result.notes);
  // MyoAtlas's own muscle attributes (the body model writes them): fibre direction and the
  // position along the fibres, for striations, pale tendons and trigger-point placement.
  readOptional(primitive, "_FIBRE", accessors, vertexCount, mesh.fibres, result.notes);
  readOptional(primitive, "_ALONG", accessors, vertexCount, mesh.scalars, result.notes);
  readDetailLevels(primitive, accessors, vertexCount, result);
  return result;
}

}  // namespace myo::io
