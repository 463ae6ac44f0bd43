#include "scene/node_solid.hpp"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>

namespace myo::atlas {

Mesh nodeMeshInBodyFrame(const Scene& scene, const Node& node, bool withNormals) {
  Mesh mesh;
  const glm::mat3 normalMatrix = glm::transpose(glm::inverse(glm::mat3(node.world)));
  for (int part : node.parts) {
    const Mesh& local = scene.parts[std::size_t(part)].mesh;
    const auto base = std::uint32_t(mesh.positions.size());
    for (const glm::vec3& p : local.positions) mesh.positions.push_back(glm::vec3(node.world * glm::vec4(p, 1.0f)));
    if (withNormals)
      for (const glm::vec3& n : local.normals) mesh.normals.push_back(glm::normalize(normalMatrix * n));
    for (std::uint32_t index : local.indices) mesh.indices.push_back(base + index);
  }
  return mesh;
}

bool segmentCrossesBox(const Bounds& box, const glm::vec3& origin, const glm::vec3& direction, float length) {
  float near = 0.0f, far = length;
  for (int axis = 0; axis < 3; ++axis) {
    if (std::abs(direction[axis]) < 1e-9f) {
      if (origin[axis] < box.min[axis] || origin[axis] > box.max[axis]) return false;
      continue;
    }
    float t0 = (box.min[axis] - origin[axis]) / direction[axis];
    float t1 = (box.max[axis] - origin[axis]) / direction[axis];
    if (t0 > t1) std::swap(t0, t1);
    near = std::max(near, t0);
    far = std::min(far, t1);
    if (near > far) return false;
  }
  return true;
}

NodeSolid NodeSolid::of(const Scene& scene, const Node& node) {
  NodeSolid solid;
  const Mesh mesh = nodeMeshInBodyFrame(scene, node);
  for (const glm::vec3& p : mesh.positions) solid.box.add(p);
  if (!solid.box.empty()) solid.bvh = std::make_unique<TriangleBvh>(mesh);
  return solid;
}

}  // namespace myo::atlas
