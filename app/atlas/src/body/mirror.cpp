#include "body/mirror.hpp"

#include <utility>

namespace myo::atlas {

std::vector<glm::vec3> mirroredVectors(const std::vector<glm::vec3>& vectors) {
  std::vector<glm::vec3> out = vectors;
  for (glm::vec3& v : out) v.x = -v.x;
  return out;
}

Mesh mirroredMesh(const Mesh& mesh) {
  Mesh m = mesh;
  m.positions = mirroredVectors(mesh.positions);
  m.normals = mirroredVectors(mesh.normals);
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) std::swap(m.indices[t + 1], m.indices[t + 2]);
  return m;
}

}  // namespace myo::atlas
