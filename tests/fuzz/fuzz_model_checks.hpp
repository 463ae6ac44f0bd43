#pragma once
// The promises loadModel makes, checked on every input: a refusal is one line that starts with the
// file's path and says what is wrong; a Scene it returns has indices inside their mesh, attributes
// one per vertex, finite positions and references inside the scene. Each check returns the broken
// promise, or "" when all held (the fuzzers abort on it, the regression test reports it).

#include <cmath>
#include <filesystem>
#include <string>

#include "myo/engine/model_loader.hpp"

namespace myo::fuzz {

inline std::string clearErrorProblem(const std::string& message, const std::filesystem::path& file) {
  if (message.rfind(file.string(), 0) != 0) return "the error starts with the file's path: " + message;
  if (message.find('\n') != std::string::npos) return "the error is one line: " + message;
  if (message.size() <= file.string().size() + 2) return "the error says what is wrong: " + message;
  return {};
}

inline std::string sceneProblem(const Scene& scene) {
  for (std::size_t p = 0; p < scene.parts.size(); ++p) {
    const MeshPart& part = scene.parts[p];
    const Mesh& mesh = part.mesh;
    const std::string where = " (part " + std::to_string(p) + ")";
    if (mesh.indices.size() % 3 != 0) return "indices come in triangles" + where;
    for (std::uint32_t index : mesh.indices)
      if (index >= mesh.positions.size()) return "every index names a vertex" + where;
    if (mesh.normals.size() != mesh.positions.size()) return "one normal per vertex" + where;
    if (!mesh.uvs.empty() && mesh.uvs.size() != mesh.positions.size()) return "uvs: none or one per vertex" + where;
    if (!mesh.colors.empty() && mesh.colors.size() != mesh.positions.size()) return "colours: none or one per vertex" + where;
    for (const glm::vec3& position : mesh.positions)
      if (!std::isfinite(position.x) || !std::isfinite(position.y) || !std::isfinite(position.z))
        return "positions are finite" + where;
    if (part.material < -1 || part.material >= static_cast<int>(scene.materials.size()))
      return "a part's material is in the scene" + where;
  }
  for (std::size_t n = 0; n < scene.nodes.size(); ++n) {
    const Node& node = scene.nodes[n];
    if (node.parent < -1 || node.parent >= static_cast<int>(scene.nodes.size()))
      return "a node's parent is in the scene (node " + std::to_string(n) + ")";
    for (int part : node.parts)
      if (part < 0 || part >= static_cast<int>(scene.parts.size()))
        return "a node's parts are in the scene (node " + std::to_string(n) + ")";
  }
  for (const Material& material : scene.materials)
    if (material.baseColorTexture < -1 || material.baseColorTexture >= static_cast<int>(scene.textures.size()))
      return "a material's texture is in the scene (" + material.name + ")";
  for (const Image& texture : scene.textures)
    if (texture.width <= 0 || texture.height <= 0 ||
        texture.pixels.size() != static_cast<std::size_t>(texture.width) * texture.height * 4)
      return "a texture holds width x height RGBA pixels";
  return {};
}

inline std::string loadProblem(const Result<Scene>& scene, const std::filesystem::path& file) {
  return scene ? sceneProblem(*scene) : clearErrorProblem(scene.error().message, file);
}

}  // namespace myo::fuzz
