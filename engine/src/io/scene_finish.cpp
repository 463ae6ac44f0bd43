#include "io/scene_finish.hpp"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>

#include <glm/geometric.hpp>

namespace myo::io {

namespace {

// True when every float is finite. Tests exponent bits with an integer OR-reduction, which the
// compiler vectorises (std::isfinite in a loop with an early exit does not).
bool allFinite(const float* values, std::size_t count) {
  std::uint32_t bad = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::uint32_t bits;
    std::memcpy(&bits, values + i, 4);
    bad |= static_cast<std::uint32_t>((bits & 0x7f800000u) == 0x7f800000u);
  }
  return bad == 0;
}

// The same test as hasUsableNormals (finite, length within 0.1 of 1), on squared lengths so the
// loop needs no square root and vectorises: it runs on every vertex of every loaded model.
bool normalsUsable(const Mesh& mesh) {
  if (mesh.normals.size() != mesh.positions.size()) return false;
  int bad = 0;
  for (const glm::vec3& n : mesh.normals) {
    const float squared = n.x * n.x + n.y * n.y + n.z * n.z;
    bad |= static_cast<int>(!(squared >= 0.81f && squared <= 1.21f));  // false for NaN as well
  }
  return bad == 0;
}

std::size_t firstNonFinite(const std::vector<glm::vec3>& positions) {
  for (std::size_t i = 0; i < positions.size(); ++i)
    if (!std::isfinite(positions[i].x) || !std::isfinite(positions[i].y) || !std::isfinite(positions[i].z))
      return i;
  return positions.size();
}

std::string partLabel(const Scene& scene, std::size_t part) {
  for (const Node& node : scene.nodes)
    for (int p : node.parts)
      if (static_cast<std::size_t>(p) == part && !node.name.empty())
        return "mesh part " + std::to_string(part) + " (node '" + node.name + "')";
  return "mesh part " + std::to_string(part);
}

// Rescales normals that are finite and non-zero; false when some cannot be rescaled.
bool renormalise(std::vector<glm::vec3>& normals) {
  for (glm::vec3& n : normals) {
    const float length = glm::length(n);
    if (!std::isfinite(length) || length < 1e-12f) return false;
    n /= length;
  }
  return true;
}

}  // namespace

Status finishScene(Scene& scene, const LoadOptions& options) {
  for (std::size_t p = 0; p < scene.parts.size(); ++p) {
    Mesh& mesh = scene.parts[p].mesh;
    if (mesh.positions.empty()) continue;
    if (!allFinite(reinterpret_cast<const float*>(mesh.positions.data()), mesh.positions.size() * 3))
      return Error{partLabel(scene, p) + ": vertex " + std::to_string(firstNonFinite(mesh.positions)) +
                   " has a position that is NaN or infinite"};
    if (normalsUsable(mesh)) continue;
    const bool hadNormals = mesh.normals.size() == mesh.positions.size();
    if (hadNormals && renormalise(mesh.normals)) continue;
    if (hadNormals)
      scene.warnings.push_back(partLabel(scene, p) + ": its normals include NaN or zero vectors; recomputed");
    generateNormals(mesh, options.normalCreaseDegrees);
  }
  return {};
}

}  // namespace myo::io
