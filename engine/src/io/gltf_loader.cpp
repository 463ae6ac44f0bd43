#include "io/gltf_loader.hpp"

#include <algorithm>
#include <climits>
#include <cstring>
#include <cmath>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#include <glm/gtc/type_ptr.hpp>
#include <nlohmann/json.hpp>

#include "io/extras_metadata.hpp"
#include "io/file_access.hpp"
#include "io/glb_container.hpp"
#include "io/gltf_accessor.hpp"
#include "io/gltf_file_access.hpp"
#include "io/gltf_hierarchy.hpp"
#include "io/gltf_material.hpp"
#include "io/gltf_primitive.hpp"
#include "io/json_nesting.hpp"
#include "io/tinygltf.hpp"

namespace myo::io {

namespace {

// Extensions that change the geometry itself: without them the accessors hold no usable data.
const std::set<std::string_view> kUnreadableExtensions = {"KHR_draco_mesh_compression",
                                                          "EXT_meshopt_compression"};
// Extensions that are safe to ignore (appearance only) or that the accessor reader handles.
const std::set<std::string_view> kHarmlessExtensions = {
    "KHR_mesh_quantization", "KHR_texture_transform", "KHR_materials_unlit", "KHR_materials_emissive_strength",
    "KHR_materials_clearcoat", "KHR_materials_transmission", "KHR_materials_volume", "KHR_materials_ior",
    "KHR_materials_specular", "KHR_materials_sheen", "KHR_materials_variants", "KHR_lights_punctual"};

// tinygltf's error text, made readable: the first line, without nlohmann's "[json.exception...]".
std::string describeTinygltfError(const std::string& err) {
  std::string line;
  std::istringstream lines(err);
  while (std::getline(lines, line) && line.empty()) {
  }
  if (line.rfind("[json.exception", 0) == 0) {
    const std::size_t close = line.find("] ");
    if (close != std::string::npos) line = line.substr(close + 2);
    return "is not valid JSON: " + line;
  }
  if (line.empty()) line = "tinygltf gave no reason";
  return "is not a valid glTF 2.0 file: " + line;
}

std::string meshLabel(const tinygltf::Model& model, int mesh) {
  const std::string& name = model.meshes[static_cast<std::size_t>(mesh)].name;
  return "mesh " + std::to_string(mesh) + (name.empty() ? "" : " ('" + name + "')");
}

bool allFinite(const std::vector<double>& values) {
  return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

// A node's transform relative to its parent: its matrix, or translation * rotation * scale.
Result<glm::dmat4> localTransform(const tinygltf::Node& node, int index) {
  const std::string label = "node " + std::to_string(index);
  auto check = [&](const std::vector<double>& v, std::size_t size, const char* what) -> Status {
    if (v.empty()) return {};
    if (v.size() != size)
      return Error{label + " has a " + what + " of " + std::to_string(v.size()) + " numbers instead of " +
                   std::to_string(size)};
    if (!allFinite(v)) return Error{label + " has a " + what + " containing NaN or infinity"};
    return {};
  };
  if (Status ok = check(node.matrix, 16, "matrix"); !ok) return ok.error();
  if (node.matrix.size() == 16) return glm::make_mat4(node.matrix.data());  // both column-major

  if (Status ok = check(node.translation, 3, "translation"); !ok) return ok.error();
  if (Status ok = check(node.rotation, 4, "rotation"); !ok) return ok.error();
  if (Status ok = check(node.scale, 3, "scale"); !ok) return ok.error();
  glm::dmat4 m(1.0);
  if (!node.translation.empty()) m = glm::translate(m, glm::make_vec3(node.translation.data()));
  if (!node.rotation.empty()) {
    // glTF stores x, y, z, w; glm's constructor takes w first.
    glm::dquat q(node.rotation[3], node.rotation[0], node.rotation[1], node.rotation[2]);
    const double length = glm::length(q);
    if (length < 1e-12) return Error{label + " has a rotation quaternion of length zero"};
    m *= glm::mat4_cast(q / length);
  }
  if (!node.scale.empty()) m = glm::scale(m, glm::make_vec3(node.scale.data()));
  return m;
}

// What was learnt about the primitives while converting meshes.
struct MeshTally {
  std::vector<std::optional<std::vector<int>>> partsOfMesh;  // per glTF mesh, once converted
  std::size_t drawable = 0;
  std::size_t corrupt = 0;
  std::string firstCorrupt;
};

Result<std::vector<int>> partsFor(int mesh, const tinygltf::Model& model, const GltfAccessors& accessors,
                                  Scene& scene, MeshTally& tally) {
  if (mesh < 0 || static_cast<std::size_t>(mesh) >= model.meshes.size())
    return Error{"a node refers to mesh " + std::to_string(mesh) + ", which does not exist"};
  std::optional<std::vector<int>>& cached = tally.partsOfMesh[static_cast<std::size_t>(mesh)];
  if (cached) return *cached;

  std::vector<int> parts;
  const tinygltf::Mesh& source = model.meshes[static_cast<std::size_t>(mesh)];
  for (std::size_t p = 0; p < source.primitives.size(); ++p) {
    const tinygltf::Primitive& primitive = source.primitives[p];
    const std::string label = meshLabel(model, mesh) + " primitive " + std::to_string(p);
    PrimitiveResult converted = convertPrimitive(primitive, accessors);
    for (const std::string& note : converted.notes) scene.warnings.push_back(label + ": " + note);
    if (converted.kind == PrimitiveResult::Kind::Skipped) {
      scene.warnings.push_back(label + " skipped: " + converted.reason);
      continue;
    }
    if (converted.kind == PrimitiveResult::Kind::Corrupt) {
      if (tally.corrupt++ == 0) tally.firstCorrupt = label + ": " + converted.reason;
      scene.warnings.push_back(label + " dropped: " + converted.reason);
      continue;
    }
    MeshPart part;
    part.mesh = std::move(converted.mesh);
    part.material = primitive.material;
    part.detail = std::move(converted.detail);
    if (part.material >= static_cast<int>(scene.materials.size())) {
      scene.warnings.push_back(label + " uses material " + std::to_string(primitive.material) +
                               ", which does not exist; the default material is used");
      part.material = -1;
    }
    scene.parts.push_back(std::move(part));
    parts.push_back(static_cast<int>(scene.parts.size()) - 1);
    ++tally.drawable;
  }
  cached = parts;
  return parts;
}

// tinygltf's warnings worth passing on, one per line.
void addTinygltfWarnings(const std::string& warn, bool haveOwnMissingMessages, Scene& scene) {
  std::istringstream lines(warn);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    // Missing files are already reported in plain words by GltfFileAccess.
    if (haveOwnMissingMessages && (line.rfind("File not found", 0) == 0 || line.find("external") != std::string::npos))
      continue;
    scene.warnings.push_back("glTF: " + line);
  }
}

// A .glb as tinygltf should see it: the same JSON, but buffer 0 (the BIN chunk) shrunk to one
// byte and the BIN chunk replaced by four zero bytes. tinygltf would copy the whole BIN chunk into
// Buffer::data; for a large model that copy, and the memory it needs, were a third of the load
// time. GltfAccessors reads buffer 0 from the file instead, accessor by accessor, straight into
// the meshes' arrays, with the original byteLength. Returns nothing when the file does not have
// that shape; tinygltf then gets the whole file and reports whatever is wrong with it.
std::optional<std::pair<std::vector<std::uint8_t>, BufferBytes>> shrinkBinaryBuffer(const GlbLayout& layout,
                                                                                   const ReadOnlyFile& file) {
  if (layout.binLength == 0) return std::nullopt;
  nlohmann::json document = nlohmann::json::parse(layout.json, nullptr, /*allow_exceptions=*/false);
  if (document.is_discarded() || !document.is_object()) return std::nullopt;
  const auto buffers = document.find("buffers");
  if (buffers == document.end() || !buffers->is_array() || buffers->empty()) return std::nullopt;
  nlohmann::json& first = (*buffers)[0];
  if (!first.is_object() || first.contains("uri")) return std::nullopt;
  const auto length = first.find("byteLength");
  if (length == first.end() || !length->is_number_unsigned()) return std::nullopt;
  const auto byteLength = length->get<std::uint64_t>();
  if (byteLength < 1 || byteLength > layout.binLength) return std::nullopt;
  *length = 1;

  std::string json = document.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  json.append((4 - json.size() % 4) % 4, ' ');
  const std::uint32_t binLength = 4;
  const auto total = static_cast<std::uint32_t>(12 + 8 + json.size() + 8 + binLength);
  std::vector<std::uint8_t> glb;
  glb.reserve(total);
  auto put32 = [&](std::uint32_t v) {
    std::uint8_t b[4];
    std::memcpy(b, &v, 4);
    glb.insert(glb.end(), b, b + 4);
  };
  glb.insert(glb.end(), {'g', 'l', 'T', 'F'});
  put32(2);
  put32(total);
  put32(static_cast<std::uint32_t>(json.size()));
  put32(0x4E4F534A);  // "JSON"
  glb.insert(glb.end(), json.begin(), json.end());
  put32(binLength);
  put32(0x004E4942);  // "BIN\0"
  glb.insert(glb.end(), binLength, 0);
  return std::make_pair(std::move(glb), BufferBytes::inFile(file, layout.binOffset, byteLength));
}

// What tinygltf parses, and where buffer 0 is when it stays in the file.
struct ParserInput {
  bool binary = false;
  std::vector<std::uint8_t> bytes;  // the JSON text (.gltf) or a binary container (.glb)
  std::optional<BufferBytes> buffer0;
};

Status checkNesting(std::string_view json) {
  if (jsonNestingDepth(json) > kMaxJsonNesting)
    return Error{"its JSON nests arrays and objects more than " + std::to_string(kMaxJsonNesting) +
                 " levels deep, which no real model does"};
  return {};
}

Result<ParserInput> prepareInput(const ReadOnlyFile& file) {
  ParserInput input;
  std::uint8_t head[4] = {};
  const std::size_t headSize = file.size() < 4 ? static_cast<std::size_t>(file.size()) : 4;
  if (Status ok = file.readAt(0, head, headSize); !ok) return ok.error();
  input.binary = looksLikeGlb({head, headSize});
  if (input.binary) {
    Result<GlbLayout> layout = readGlbLayout(file);
    if (!layout) return layout.error();
    if (Status ok = checkNesting(layout->json); !ok) return ok.error();
    if (auto shrunk = shrinkBinaryBuffer(*layout, file)) {
      input.bytes = std::move(shrunk->first);
      input.buffer0 = shrunk->second;
      return input;
    }
  }
  if (file.size() > UINT_MAX) return Error{"glTF files over 4 GiB are not supported"};
  input.bytes.resize(static_cast<std::size_t>(file.size()));
  if (Status ok = file.readAt(0, input.bytes.data(), input.bytes.size()); !ok) return ok.error();
  if (!input.binary) {
    const std::string_view json(reinterpret_cast<const char*>(input.bytes.data()), input.bytes.size());
    if (Status ok = checkNesting(json); !ok) return ok.error();
  }
  return input;
}

// tinygltf on the prepared input, with file access confined by `access`. Its failures, and any
// reference `access` refused, come back as plain reasons.
Result<tinygltf::Model> parseWithTinygltf(const ParserInput& input, GltfFileAccess& access, std::string& warn) {
  tinygltf::TinyGLTF parser;
  parser.SetFsCallbacks(access.callbacks());
  parser.SetImageLoader(&keepEncodedImage, nullptr);
  parser.SetStoreOriginalJSONForExtrasAndExtensions(true);

  tinygltf::Model model;
  std::string err;
  bool parsed = false;
  try {
    // An empty base folder: GltfFileAccess receives each URI exactly as written.
    const auto size = static_cast<unsigned int>(input.bytes.size());
    parsed = input.binary ? parser.LoadBinaryFromMemory(&model, &err, &warn, input.bytes.data(), size, "")
                          : parser.LoadASCIIFromString(&model, &err, &warn,
                                                       reinterpret_cast<const char*>(input.bytes.data()), size, "");
  } catch (const std::bad_alloc&) {
    throw;  // loadModel turns it into "not enough memory"
  } catch (const std::exception& e) {
    parsed = false;
    err = e.what();
  }
  if (!access.refused().empty()) return Error{access.refused().front()};
  if (!parsed) {
    if (!access.missing().empty()) return Error{access.missing().front()};
    return Error{describeTinygltfError(err)};
  }
  return model;
}

}  // namespace

Result<Scene> loadGltf(const std::filesystem::path& path, const LoadOptions& options) {
  Result<ReadOnlyFile> file = ReadOnlyFile::open(path, options.maxFileBytes);
  if (!file) return file.error();
  Result<ParserInput> input = prepareInput(*file);
  if (!input) return input.error();
  const bool binary = input->binary;

  std::filesystem::path folder = path.parent_path();
  if (folder.empty()) folder = ".";
  GltfFileAccess access(folder, options.maxFileBytes);
  std::string warn;
  Result<tinygltf::Model> parsed = parseWithTinygltf(*input, access, warn);
  if (!parsed) return parsed.error();
  const tinygltf::Model& model = *parsed;

  Scene scene;
  scene.format = binary ? "glTF 2.0 (binary)" : "glTF 2.0";
  if (!addExtras(model.asset.extras_json_string, scene.metadata))
    scene.warnings.push_back("asset: its extras are not valid JSON");
  for (const std::string& name : access.missing())
    scene.warnings.push_back(name + "; drawn without it");
  addTinygltfWarnings(warn, !access.missing().empty(), scene);
  for (const std::string& extension : model.extensionsRequired) {
    if (kUnreadableExtensions.count(extension))
      return Error{"it needs the glTF extension " + extension + ", which MyoAtlas cannot read"};
    if (!kHarmlessExtensions.count(extension))
      scene.warnings.push_back("the extension " + extension + " is required but not supported; "
                               "the model may look different from its author's intent");
  }

  BufferSpans buffers;
  buffers.reserve(model.buffers.size());
  for (const tinygltf::Buffer& buffer : model.buffers) buffers.push_back(BufferBytes::inMemory(buffer.data));
  if (input->buffer0 && !buffers.empty()) buffers[0] = *input->buffer0;
  const GltfAccessors accessors(model, std::move(buffers));

  Result<std::vector<FlatNode>> flat = flattenDefaultScene(model);
  if (!flat) return flat.error();

  convertMaterials(model, accessors, scene);

  MeshTally tally;
  tally.partsOfMesh.resize(model.meshes.size());
  std::vector<glm::dmat4> trueWorld(flat->size());
  scene.nodes.reserve(flat->size());
  for (std::size_t i = 0; i < flat->size(); ++i) {
    const FlatNode& f = (*flat)[i];
    const tinygltf::Node& source = model.nodes[static_cast<std::size_t>(f.gltfNode)];
    Result<glm::dmat4> local = localTransform(source, f.gltfNode);
    if (!local) return local.error();
    trueWorld[i] = f.parent < 0 ? *local : trueWorld[static_cast<std::size_t>(f.parent)] * *local;

    Node node;
    node.name = source.name;
    node.parent = f.parent;
    // A skinned mesh in its bind pose is already in scene space: every joint's world matrix times
    // its inverse bind matrix is the identity, and glTF ignores the mesh node's own transform.
    const bool skinned = source.skin >= 0 && source.mesh >= 0;
    node.world = skinned ? glm::mat4(1.0f) : glm::mat4(trueWorld[i]);
    if (!addExtras(source.extras_json_string, node.metadata))
      scene.warnings.push_back("node " + std::to_string(f.gltfNode) + ": its extras are not valid JSON");
    if (source.mesh >= 0) {
      Result<std::vector<int>> parts = partsFor(source.mesh, model, accessors, scene, tally);
      if (!parts) return parts.error();
      node.parts = std::move(*parts);
      const tinygltf::Mesh& mesh = model.meshes[static_cast<std::size_t>(source.mesh)];
      if (node.name.empty()) node.name = mesh.name;
      addExtras(mesh.extras_json_string, node.metadata);  // the node's own keys win
    }
    scene.nodes.push_back(std::move(node));
  }

  // Damage that left nothing to draw is the file's failure, not a warning next to an empty view.
  if (tally.drawable == 0 && tally.corrupt > 0)
    return Error{tally.firstCorrupt + (tally.corrupt > 1 ? " (and " + std::to_string(tally.corrupt - 1) +
                                                               " more broken primitives)"
                                                         : std::string())};
  return scene;
}

}  // namespace myo::io
