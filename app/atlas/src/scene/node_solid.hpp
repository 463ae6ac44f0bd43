#pragma once
// A node of a body scene as a solid to cast rays through, in the body frame: its meshes under the
// node's transform, their box, and a BVH. The probe, the depth order of the quiz and the study
// sheet's marks all cast rays through the body's structures this way.

#include <memory>

#include <glm/vec3.hpp>

#include "myo/engine/bounds.hpp"
#include "myo/engine/bvh.hpp"
#include "myo/engine/mesh.hpp"
#include "myo/engine/scene.hpp"

namespace myo::atlas {

// A node's meshes in the body frame, with normals when `withNormals`.
Mesh nodeMeshInBodyFrame(const Scene& scene, const Node& node, bool withNormals = false);

// Whether the segment origin + t·direction, 0 ≤ t ≤ length, passes through the box.
bool segmentCrossesBox(const Bounds& box, const glm::vec3& origin, const glm::vec3& direction, float length);

struct NodeSolid {
  Bounds box;                        // empty for a node without geometry
  std::unique_ptr<TriangleBvh> bvh;  // null for a node without geometry

  static NodeSolid of(const Scene& scene, const Node& node);
};

}  // namespace myo::atlas
