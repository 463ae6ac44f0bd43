#pragma once
// GpuMesh: a Mesh uploaded to vertex and index buffers, owned here and freed with it.
// Attribute locations: 0 position, 1 normal, 2 uv, 3 colour, 4 scalar; an attribute the mesh
// lacks reads a constant (uv 0, colour white, scalar 0).
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
  // Replaces the per-vertex scalars (same count as vertices), e.g. a new heat map.
  void updateScalars(const std::vector<float>& scalars);
  std::size_t indexCount() const { return indexCount_; }

 private:
  GpuMesh() = default;
  gl::VertexArray vao_;
  gl::Buffer positions_, normals_, uvs_, colors_, scalars_, indices_;
  std::size_t indexCount_ = 0;
  std::size_t vertexCount_ = 0;
};

}  // namespace myo
