#pragma once
// GpuMesh: a Mesh uploaded to vertex and index buffers, owned here and freed with it.
// Attribute locations: 0 position, 1 normal, 2 uv, 3 colour, 4 scalar (along the fibres),
// 5 fibre direction, 6 heat (essential, spillover); an attribute the mesh lacks reads a constant
// (uv 0, colour white, scalar 0.5, fibre 0, heat 0).
//
//   myo::GpuMesh gpu = myo::GpuMesh::upload(mesh);
//   gpu.draw();

#include "myo/engine/gl_object.hpp"
#include "myo/engine/mesh.hpp"

namespace myo {

class GpuMesh {
 public:
  static GpuMesh upload(const Mesh& mesh);
  void draw() const;
  // Sets the per-vertex heat (x: essential zone, y: spillover zone, each 0..1), one per vertex;
  // an empty vector removes the heat map.
  void setHeat(const std::vector<glm::vec2>& heat);
  bool hasHeat() const { return static_cast<bool>(heat_); }
  std::size_t vertexCount() const { return vertexCount_; }
  std::size_t indexCount() const { return indexCount_; }

 private:
  GpuMesh() = default;
  gl::VertexArray vao_;
  gl::Buffer positions_, normals_, uvs_, colors_, scalars_, fibres_, heat_, indices_;
  std::size_t indexCount_ = 0;
  std::size_t vertexCount_ = 0;
};

}  // namespace myo
