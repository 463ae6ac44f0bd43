#include "myo/atlas/body_glb.hpp"

#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>

#include "myo/atlas/baked_body.hpp"
#include "myo/engine/file_writing.hpp"
#include "myo/engine/scene.hpp"
#include "myo/engine/simplify.hpp"

namespace myo::atlas {

namespace {

using Json = nlohmann::ordered_json;

constexpr int kFloat = 5126;
constexpr int kUnsignedInt = 5125;
constexpr int kArrayBuffer = 34962;
constexpr int kElementArrayBuffer = 34963;

class GlbBuilder {
 public:
  // Appends raw data as a new buffer view (4-byte aligned) and an accessor over it.
  int accessor(const void* data, std::size_t bytes, std::size_t count, int componentType, const char* type,
               int target, const Json& min = nullptr, const Json& max = nullptr) {
    while (bin_.size() % 4 != 0) bin_.push_back(0);
    const std::size_t offset = bin_.size();
    bin_.resize(offset + bytes);
    if (bytes > 0) std::memcpy(bin_.data() + offset, data, bytes);
    Json view = {{"buffer", 0}, {"byteOffset", offset}, {"byteLength", bytes}, {"target", target}};
    views_.push_back(view);
    Json acc = {{"bufferView", views_.size() - 1}, {"componentType", componentType}, {"count", count}, {"type", type}};
    if (!min.is_null()) acc["min"] = min;
    if (!max.is_null()) acc["max"] = max;
    accessors_.push_back(acc);
    return static_cast<int>(accessors_.size() - 1);
  }

  Json primitive(const BodyPiece& piece) {
    const Mesh& m = piece.mesh;
    const Bounds b = m.bounds();
    Json attributes;
    attributes["POSITION"] = accessor(m.positions.data(), m.positions.size() * 12, m.positions.size(), kFloat, "VEC3",
                                      kArrayBuffer, Json::array({b.min.x, b.min.y, b.min.z}),
                                      Json::array({b.max.x, b.max.y, b.max.z}));
    attributes["NORMAL"] = accessor(m.normals.data(), m.normals.size() * 12, m.normals.size(), kFloat, "VEC3", kArrayBuffer);
    if (piece.fibre.size() == m.positions.size() && !piece.fibre.empty()) {
      attributes["_FIBRE"] = accessor(piece.fibre.data(), piece.fibre.size() * 12, piece.fibre.size(), kFloat, "VEC3", kArrayBuffer);
      attributes["_ALONG"] = accessor(piece.along.data(), piece.along.size() * 4, piece.along.size(), kFloat, "SCALAR", kArrayBuffer);
    }
    const int indices = accessor(m.indices.data(), m.indices.size() * 4, m.indices.size(), kUnsignedInt, "SCALAR",
                                 kElementArrayBuffer);
    // The levels of detail, made here once so that no program that opens the body makes them again.
    Json levels = Json::array();
    for (const DetailLevel& level : coarserLevels(m)) {
      const int levelIndices = accessor(level.indices.data(), level.indices.size() * 4, level.indices.size(),
                                        kUnsignedInt, "SCALAR", kElementArrayBuffer);
      levels.push_back(Json{{"indices", levelIndices}, {"error", level.error}});
    }
    return Json{{"attributes", attributes}, {"indices", indices}, {"material", static_cast<int>(piece.tissue)}, {"mode", 4},
                {"extras", Json{{kDetailLevelsKey, levels}}}};
  }

  std::vector<std::uint8_t> finish(Json document) {
    while (bin_.size() % 4 != 0) bin_.push_back(0);
    document["bufferViews"] = views_;
    document["accessors"] = accessors_;
    document["buffers"] = Json::array({Json{{"byteLength", bin_.size()}}});
    std::string text = document.dump();
    while (text.size() % 4 != 0) text.push_back(' ');
    std::vector<std::uint8_t> out;
    const auto u32 = [&](std::uint32_t v) {
      for (int i = 0; i < 4; ++i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
    };
    const auto total = static_cast<std::uint32_t>(12 + 8 + text.size() + 8 + bin_.size());
    u32(0x46546C67u);  // "glTF"
    u32(2);
    u32(total);
    u32(static_cast<std::uint32_t>(text.size()));
    u32(0x4E4F534Au);  // "JSON"
    out.insert(out.end(), text.begin(), text.end());
    u32(static_cast<std::uint32_t>(bin_.size()));
    u32(0x004E4942u);  // "BIN\0"
    out.insert(out.end(), bin_.begin(), bin_.end());
    return out;
  }

 private:
  std::vector<std::uint8_t> bin_;
  Json views_ = Json::array();
  Json accessors_ = Json::array();
};

}  // namespace

std::vector<std::uint8_t> encodeGlb(const BodyModel& body, const std::string& bakeKey) {
  GlbBuilder builder;
  Json doc;
  doc["asset"] = {{"version", "2.0"}, {"generator", "MyoAtlas bake"}};
  if (!bakeKey.empty()) doc["asset"]["extras"] = {{kBakeKeyMetadata, bakeKey}};
  doc["scene"] = 0;
  Json nodes = Json::array(), meshes = Json::array(), sceneNodes = Json::array();
  for (const BodyStructure& s : body.structures) {
    Json primitives = Json::array();
    for (const BodyPiece& p : s.pieces) primitives.push_back(builder.primitive(p));
    meshes.push_back(Json{{"name", s.nodeName()}, {"primitives", primitives}});
    Json extras = {{"kind", s.kind}, {"id", s.id}, {"side", sideOrMidline(s.side)}, {"layer", toString(s.layer)}};
    if (!s.member.empty()) extras["member"] = s.member;
    if (s.fibreLength > 0.0f) extras["fibre_length_m"] = std::round(s.fibreLength * 10000.0f) / 10000.0f;
    sceneNodes.push_back(nodes.size());
    nodes.push_back(Json{{"name", s.nodeName()}, {"mesh", meshes.size() - 1}, {"extras", extras}});
  }
  doc["scenes"] = Json::array({Json{{"name", "body"}, {"nodes", sceneNodes}}});
  doc["nodes"] = nodes;
  doc["meshes"] = meshes;
  Json materials = Json::array();
  for (const Material& m : bodyMaterials())
    materials.push_back(Json{{"name", m.name},
                             {"pbrMetallicRoughness",
                              {{"baseColorFactor", {m.baseColor.r, m.baseColor.g, m.baseColor.b, m.baseColor.a}},
                               {"metallicFactor", 0.0},
                               {"roughnessFactor", 0.7}}}});
  doc["materials"] = materials;
  return builder.finish(std::move(doc));
}

Status writeGlb(const std::vector<std::uint8_t>& bytes, const std::filesystem::path& path) {
  return replaceFile(path, bytes);
}

}  // namespace myo::atlas
