#pragma once
// Scene: a model file as the engine sees it, whatever its format. Named nodes with world
// transforms, meshes with their material, textures, and the key-value metadata a file attached
// to its nodes (glTF `extras`, Assimp metadata): the atlas's body model keeps its layer and
// structure ids there.
//
// Not here: loading (model_loader.hpp), GPU resources (gpu_scene.hpp), animation: skins and
// morph targets are kept in their bind pose.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <glm/mat4x4.hpp>
#include <glm/vec4.hpp>

#include "myo/engine/bounds.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/mesh.hpp"

namespace myo {

struct Material {
  std::string name;
  glm::vec4 baseColor{1.0f};   // linear RGBA factor
  int baseColorTexture = -1;   // index into Scene::textures, or -1
  bool doubleSided = true;
};

// One drawable piece: a triangle mesh with one material (a glTF primitive, an Assimp mesh).
struct MeshPart {
  Mesh mesh;
  int material = -1;  // index into Scene::materials, or -1 for the default material
  // Coarser levels of detail over mesh's vertices, finest first (coarserLevels), when the file
  // keeps them (the built-in body does). nullopt: they are made when the part is uploaded, which a
  // command does once (a model only looked at, as by `inspect`, never pays for them).
  std::optional<std::vector<DetailLevel>> detail;
};

// The key of a glTF primitive's extras under which MyoAtlas keeps its levels of detail: a list of
// {"indices": accessor, "error": in the mesh's units}, finest first. The built-in body is baked
// with them; the loader takes them when they are whole and valid.
inline constexpr const char* kDetailLevelsKey = "myo_detail_levels";

struct Node {
  std::string name;
  int parent = -1;                 // index into Scene::nodes, or -1 for a root
  glm::mat4 world{1.0f};           // local-to-world, with every parent applied
  std::vector<int> parts;          // indices into Scene::parts drawn with `world`
  std::map<std::string, std::string> metadata;  // strings as they are; other values as JSON text
};

struct Scene {
  std::string format;  // "glTF 2.0 (binary)", "Wavefront OBJ", ...
  std::vector<Node> nodes;
  std::vector<MeshPart> parts;
  std::vector<Material> materials;
  std::vector<Image> textures;        // decoded, RGBA8
  std::vector<std::string> warnings;  // things skipped or repaired while loading
  std::map<std::string, std::string> metadata;  // the file's own (glTF asset extras), as Node::metadata

  std::size_t vertexCount() const;
  std::size_t triangleCount() const;
  Bounds bounds() const;  // of every part under its node's world transform
};

}  // namespace myo
