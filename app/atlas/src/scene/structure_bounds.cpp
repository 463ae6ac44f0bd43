#include "myo/atlas/structure_bounds.hpp"

namespace myo::atlas {

Bounds structureBounds(const Scene& scene, const StructureIndex& index, std::string_view id, std::optional<Side> side) {
  Bounds box;
  for (int node : index.find(id, side)) {
    const Node& n = scene.nodes[node];
    for (int part : n.parts)
      for (const glm::vec3& p : scene.parts[part].mesh.positions) box.add(glm::vec3(n.world * glm::vec4(p, 1.0f)));
  }
  return box;
}

}  // namespace myo::atlas
