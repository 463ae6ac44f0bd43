#include "io/assimp_loader.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <limits>
#include <map>
#include <string>
#include <utility>
#include <vector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wpedantic"
#include <assimp/Importer.hpp>
#include <assimp/importerdesc.h>
#include <assimp/material.h>
#include <assimp/metadata.h>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <assimp/texture.h>
#pragma GCC diagnostic pop

#include "io/assimp_io.hpp"
#include "io/file_access.hpp"
#include "io/image_decode.hpp"
#include "io/ply_check.hpp"
#include "io/scene_finish.hpp"

namespace myo::io {

namespace fs = std::filesystem;

namespace {

std::string lowerExtension(const fs::path& path) {
  std::string ext = path.extension().string();
  if (!ext.empty()) ext.erase(0, 1);
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

const std::map<std::string, std::string, std::less<>>& formatNames() {
  static const std::map<std::string, std::string, std::less<>> kNames = {
      {"obj", "Wavefront OBJ"}, {"fbx", "Autodesk FBX"},   {"stl", "STL"},
      {"ply", "Stanford PLY"},  {"dae", "COLLADA"},        {"3ds", "3D Studio (3DS)"},
      {"off", "Object File Format (OFF)"}, {"x", "DirectX X"}, {"blend", "Blender"},
      {"ase", "3D Studio ASCII (ASE)"}, {"lwo", "LightWave object"}, {"ifc", "IFC"},
      {"ms3d", "Milkshape 3D"}, {"ac", "AC3D"}, {"md2", "Quake II model (MD2)"}};
  return kNames;
}

std::string formatNameOf(const std::string& ext) {
  const auto it = formatNames().find(ext);
  return it == formatNames().end() ? ext : it->second;
}

std::string formatName(const fs::path& path, const Assimp::Importer& importer) {
  const std::string ext = lowerExtension(path);
  if (auto it = formatNames().find(ext); it != formatNames().end()) return it->second;
  const size_t index = importer.GetImporterIndex(ext.c_str());
  if (const aiImporterDesc* desc = importer.GetImporterInfo(index); desc != nullptr && desc->mName)
    return desc->mName;
  return ext.empty() ? "3D model (Assimp)" : ext + " (Assimp)";
}

glm::mat4 toGlm(const aiMatrix4x4& m) {
  // Assimp is row-major (a1..a4 is the first row); glm is column-major.
  return glm::mat4(m.a1, m.b1, m.c1, m.d1, m.a2, m.b2, m.c2, m.d2, m.a3, m.b3, m.c3, m.d3, m.a4, m.b4, m.c4, m.d4);
}

bool finite(const glm::mat4& m) {
  for (int c = 0; c < 4; ++c)
    for (int r = 0; r < 4; ++r)
      if (!std::isfinite(m[c][r])) return false;
  return true;
}

std::string metadataText(const aiMetadataEntry& entry) {
  if (entry.mData == nullptr) return {};
  switch (entry.mType) {
    case AI_BOOL: return *static_cast<const bool*>(entry.mData) ? "true" : "false";
    case AI_INT32: return std::to_string(*static_cast<const int32_t*>(entry.mData));
    case AI_UINT64: return std::to_string(*static_cast<const uint64_t*>(entry.mData));
    case AI_FLOAT: return std::to_string(*static_cast<const float*>(entry.mData));
    case AI_DOUBLE: return std::to_string(*static_cast<const double*>(entry.mData));
    case AI_AISTRING: return static_cast<const aiString*>(entry.mData)->C_Str();
    case AI_AIVECTOR3D: {
      const auto* v = static_cast<const aiVector3D*>(entry.mData);
      std::string text(1, '[');
      text.append(std::to_string(v->x)).append(1, ',').append(std::to_string(v->y)).append(1, ',');
      return text.append(std::to_string(v->z)).append(1, ']');
    }
    default: return {};  // nested metadata: not needed by anything yet
  }
}

void addMetadata(const aiMetadata* metadata, std::map<std::string, std::string>& out) {
  if (metadata == nullptr || metadata->mKeys == nullptr || metadata->mValues == nullptr) return;
  for (unsigned i = 0; i < metadata->mNumProperties; ++i)
    out.emplace(metadata->mKeys[i].C_Str(), metadataText(metadata->mValues[i]));
}

// Decodes the texture a material names: embedded ("*0" or a name Assimp matched) or a file beside
// the model. Textures are cached by their reference.
class TextureLoader {
 public:
  TextureLoader(const aiScene& scene, fs::path folder, const LoadOptions& options, Scene& out)
      : scene_(scene), folder_(std::move(folder)), options_(options), out_(out) {}

  int load(const std::string& reference) {
    if (auto it = cache_.find(reference); it != cache_.end()) return it->second;
    Result<Image> image = decode(reference);
    int index = -1;
    if (image) {
      out_.textures.push_back(std::move(*image));
      index = static_cast<int>(out_.textures.size()) - 1;
    } else {
      out_.warnings.push_back("texture '" + reference + "': " + image.error().message + "; drawn without it");
    }
    cache_.emplace(reference, index);
    return index;
  }

 private:
  Result<Image> decode(const std::string& reference) {
    if (const aiTexture* embedded = scene_.GetEmbeddedTexture(reference.c_str())) return decodeEmbedded(*embedded);
    Result<fs::path> file = resolveReference(folder_, reference);
    if (!file) {
      // Exporters often write the author's absolute path; the image usually travels beside the
      // model, so look for its bare file name in the model's folder (still confined).
      std::string name = reference;
      const size_t slash = name.find_last_of("/\\");
      if (slash == std::string::npos || slash + 1 == name.size()) return file.error();
      name = name.substr(slash + 1);
      file = resolveReference(folder_, name);
      if (!file) return file.error();
    }
    Result<std::vector<std::uint8_t>> bytes = readFileLimited(*file, options_.maxFileBytes);
    if (!bytes) return bytes.error();
    return decodeImage(bytes->data(), bytes->size());
  }

  static Result<Image> decodeEmbedded(const aiTexture& texture) {
    if (texture.pcData == nullptr) return Error{"the embedded image is empty"};
    if (texture.mHeight == 0)  // compressed (PNG, JPEG ...): mWidth is its size in bytes
      return decodeImage(reinterpret_cast<const std::uint8_t*>(texture.pcData), texture.mWidth);
    if (texture.mWidth > static_cast<unsigned>(kMaxTextureSide) || texture.mHeight > static_cast<unsigned>(kMaxTextureSide))
      return Error{"the embedded image is too large"};
    Image image(static_cast<int>(texture.mWidth), static_cast<int>(texture.mHeight));
    const std::size_t count = static_cast<std::size_t>(texture.mWidth) * texture.mHeight;
    for (std::size_t i = 0; i < count; ++i) {
      const aiTexel& t = texture.pcData[i];
      std::uint8_t* p = image.pixels.data() + 4 * i;
      p[0] = t.r;
      p[1] = t.g;
      p[2] = t.b;
      p[3] = t.a;
    }
    return image;
  }

  const aiScene& scene_;
  fs::path folder_;
  const LoadOptions& options_;
  Scene& out_;
  std::map<std::string, int> cache_;
};

Material convertMaterial(const aiMaterial& source, TextureLoader& textures) {
  Material material;
  aiString name;
  if (source.Get(AI_MATKEY_NAME, name) == AI_SUCCESS) material.name = name.C_Str();
  aiColor4D color(1.0f, 1.0f, 1.0f, 1.0f);
  if (source.Get(AI_MATKEY_BASE_COLOR, color) == AI_SUCCESS || source.Get(AI_MATKEY_COLOR_DIFFUSE, color) == AI_SUCCESS)
    material.baseColor = glm::vec4(color.r, color.g, color.b, color.a);
  float opacity = 1.0f;
  if (source.Get(AI_MATKEY_OPACITY, opacity) == AI_SUCCESS) material.baseColor.a *= opacity;
  for (int c = 0; c < 4; ++c)
    material.baseColor[c] = std::isfinite(material.baseColor[c]) ? std::clamp(material.baseColor[c], 0.0f, 1.0f) : 1.0f;

  for (aiTextureType type : {aiTextureType_BASE_COLOR, aiTextureType_DIFFUSE}) {
    aiString reference;
    if (source.GetTextureCount(type) > 0 && source.GetTexture(type, 0, &reference) == AI_SUCCESS &&
        reference.length > 0) {
      material.baseColorTexture = textures.load(reference.C_Str());
      break;
    }
  }
  return material;
}

// One Assimp mesh into a part, or a reason to skip it.
Result<Mesh> convertMesh(const aiMesh& source) {
  if ((source.mPrimitiveTypes & aiPrimitiveType_TRIANGLE) == 0)
    return Error{"it holds only points or lines, and MyoAtlas draws only triangles"};
  if (source.mVertices == nullptr || source.mNumVertices == 0) return Error{"it has no vertices"};
  Mesh mesh;
  const std::size_t n = source.mNumVertices;
  mesh.positions.resize(n);
  for (std::size_t i = 0; i < n; ++i) mesh.positions[i] = {source.mVertices[i].x, source.mVertices[i].y, source.mVertices[i].z};
  if (source.mNormals != nullptr) {
    mesh.normals.resize(n);
    for (std::size_t i = 0; i < n; ++i) mesh.normals[i] = {source.mNormals[i].x, source.mNormals[i].y, source.mNormals[i].z};
  }
  if (source.mTextureCoords[0] != nullptr) {
    mesh.uvs.resize(n);
    for (std::size_t i = 0; i < n; ++i) mesh.uvs[i] = {source.mTextureCoords[0][i].x, source.mTextureCoords[0][i].y};
  }
  if (source.mColors[0] != nullptr) {
    mesh.colors.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
      const aiColor4D& c = source.mColors[0][i];
      mesh.colors[i] = {c.r, c.g, c.b, c.a};
    }
  }
  mesh.indices.reserve(static_cast<std::size_t>(source.mNumFaces) * 3);
  for (unsigned f = 0; f < source.mNumFaces; ++f) {
    const aiFace& face = source.mFaces[f];
    if (face.mNumIndices != 3 || face.mIndices == nullptr) continue;  // triangles only, after Triangulate
    for (unsigned k = 0; k < 3; ++k) {
      if (face.mIndices[k] >= n)
        return Error{"face " + std::to_string(f) + " uses vertex " + std::to_string(face.mIndices[k]) +
                     ", but there are only " + std::to_string(n)};
      mesh.indices.push_back(face.mIndices[k]);
    }
  }
  if (mesh.indices.empty()) return Error{"it has no triangles"};
  return mesh;
}

// The first bytes of the file against what its extension promises, for the formats whose start
// is known: a PLY starts with "ply"; OBJ, COLLADA, OFF and ASCII exporters write text, which never
// holds a NUL byte.
Status checkSignature(const fs::path& path, const std::string& ext) {
  const bool text = ext == "obj" || ext == "dae" || ext == "off" || ext == "ase";
  if (ext != "ply" && !text) return {};
  Result<ReadOnlyFile> file = ReadOnlyFile::open(path, std::numeric_limits<std::uint64_t>::max());
  if (!file) return file.error();
  std::vector<std::uint8_t> head(static_cast<std::size_t>(std::min<std::uint64_t>(file->size(), 4096)));
  if (Status ok = file->readAt(0, head.data(), head.size()); !ok) return ok;
  if (ext == "ply" && !looksLikePly(head)) return Error{"not a PLY file (it does not start with 'ply')"};
  if (text && std::find(head.begin(), head.end(), std::uint8_t{0}) != head.end())
    return Error{"not a " + formatNameOf(ext) + " file: it holds binary data (a NUL byte) in its first " +
                 std::to_string(head.size()) + " bytes, where the format is text"};
  return {};
}

std::string meshLabel(const aiMesh& mesh, unsigned index) {
  const std::string name = mesh.mName.C_Str();
  return "mesh " + std::to_string(index) + (name.empty() ? "" : " ('" + name + "')");
}

}  // namespace

Result<Scene> loadWithAssimp(const fs::path& path, const LoadOptions& options) {
  fs::path folder = path.parent_path();
  if (folder.empty()) folder = ".";

  // What the first bytes can refuse is refused before the whole file is read: a 1 GiB file that is
  // not a PLY took 15 s and 5 GB of memory to be told so.
  if (Status ok = checkSignature(path, lowerExtension(path)); !ok) return ok.error();
  Result<std::vector<std::uint8_t>> bytes = readFileLimited(path, options.maxFileBytes);
  if (!bytes) return bytes.error();
  if (lowerExtension(path) == "ply" || looksLikePly(*bytes))
    if (Status ok = checkPly(*bytes); !ok) return ok.error();

  Assimp::Importer importer;
  auto* io = new ConfinedIOSystem(folder, options.maxFileBytes);
  io->preload(path.string(), std::move(*bytes));
  importer.SetIOHandler(io);  // the importer owns and deletes it
  // FBX pivots would add helper nodes ("$AssimpFbx$") that mean nothing to a person.
  importer.SetPropertyBool(AI_CONFIG_IMPORT_FBX_PRESERVE_PIVOTS, false);
  importer.SetPropertyBool(AI_CONFIG_IMPORT_NO_SKELETON_MESHES, true);
  const unsigned flags = aiProcess_Triangulate | aiProcess_JoinIdenticalVertices | aiProcess_SortByPType |
                         aiProcess_ValidateDataStructure;
  const aiScene* source = nullptr;
  try {
    // Read as it is first, and count: welding the vertices of ten million triangles alone takes
    // longer than anyone waits for a refusal.
    source = importer.ReadFile(path.string(), 0);
    if (source != nullptr && io->refused().empty()) {
      std::uint64_t faces = 0;
      for (unsigned m = 0; m < source->mNumMeshes; ++m)
        if (source->mMeshes != nullptr && source->mMeshes[m] != nullptr) faces += source->mMeshes[m]->mNumFaces;
      if (faces > options.maxTriangles) return Error{tooManyTriangles(faces, options.maxTriangles)};
      source = importer.ApplyPostProcessing(flags);
    }
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {
    return Error{std::string("could not be read: ") + e.what()};
  }
  if (!io->refused().empty()) return Error{io->refused().front()};
  if (source == nullptr) {
    std::string reason = importer.GetErrorString();
    if (reason.empty()) reason = "Assimp gave no reason";
    return Error{"could not be read as a 3D model: " + reason};
  }
  if (source->mRootNode == nullptr) return Error{"could not be read as a 3D model: it has no scene"};

  Scene scene;
  scene.format = formatName(path, importer);
  TextureLoader textures(*source, folder, options, scene);
  for (unsigned m = 0; m < source->mNumMaterials; ++m)
    scene.materials.push_back(source->mMaterials[m] ? convertMaterial(*source->mMaterials[m], textures) : Material{});

  std::vector<int> partOfMesh(source->mNumMeshes, -1);
  for (unsigned m = 0; m < source->mNumMeshes; ++m) {
    const aiMesh* mesh = source->mMeshes[m];
    if (mesh == nullptr) continue;
    Result<Mesh> converted = convertMesh(*mesh);
    if (!converted) {
      scene.warnings.push_back(meshLabel(*mesh, m) + " skipped: " + converted.error().message);
      continue;
    }
    MeshPart part;
    part.mesh = std::move(*converted);
    part.material = mesh->mMaterialIndex < scene.materials.size() ? static_cast<int>(mesh->mMaterialIndex) : -1;
    scene.parts.push_back(std::move(part));
    partOfMesh[m] = static_cast<int>(scene.parts.size()) - 1;
  }

  // Nodes parent-first, iteratively (a deep hierarchy must not exhaust the stack). Assimp builds a
  // tree, so there are no cycles to guard against.
  std::vector<std::pair<const aiNode*, int>> stack{{source->mRootNode, -1}};
  while (!stack.empty()) {
    const auto [aiNodePtr, parent] = stack.back();
    stack.pop_back();
    Node node;
    node.name = aiNodePtr->mName.C_Str();
    node.parent = parent;
    const glm::mat4 local = toGlm(aiNodePtr->mTransformation);
    if (!finite(local)) return Error{"node '" + node.name + "' has a transform containing NaN or infinity"};
    node.world = parent < 0 ? local : scene.nodes[static_cast<std::size_t>(parent)].world * local;
    for (unsigned i = 0; i < aiNodePtr->mNumMeshes; ++i) {
      const unsigned mesh = aiNodePtr->mMeshes[i];
      if (mesh < partOfMesh.size() && partOfMesh[mesh] >= 0) node.parts.push_back(partOfMesh[mesh]);
    }
    addMetadata(aiNodePtr->mMetaData, node.metadata);
    scene.nodes.push_back(std::move(node));
    const int self = static_cast<int>(scene.nodes.size()) - 1;
    for (unsigned c = aiNodePtr->mNumChildren; c-- > 0;)
      if (aiNodePtr->mChildren[c] != nullptr) stack.emplace_back(aiNodePtr->mChildren[c], self);
  }
  return scene;
}

}  // namespace myo::io
