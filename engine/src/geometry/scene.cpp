#include "myo/engine/scene.hpp"

namespace myo {

std::size_t Scene::vertexCount() const {
  std::size_t n = 0;
  for (const Node& node : nodes)
    for (int part : node.parts) n += parts[part].mesh.vertexCount();
  return n;
}

std::size_t Scene::triangleCount() const {
  std::size_t n = 0;
  for (const Node& node : nodes)
    for (int part : node.parts) n += parts[part].mesh.triangleCount();
  return n;
}

Bounds Scene::bounds() const {
  Bounds b;
  for (const Node& node : nodes)
    for (int part : node.parts)
      for (const glm::vec3& p : parts[part].mesh.positions)
        b.add(glm::vec3(node.world * glm::vec4(p, 1.0f)));
  return b;
}

}  // namespace myo
