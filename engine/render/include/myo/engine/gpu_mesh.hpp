#pragma once
// GpuMesh: a Mesh uploaded to vertex and index buffers, owned here and freed with it.
// Attribute locations: 0 position, 1 normal, 2 uv, 3 colour, 4 scalar (along the fibres),
// 5 fibre direction, 6 heat (essential, spillover), 7 marks (outlined field, cut away); an
// attribute the mesh lacks reads a constant (uv 0, colour white, scalar 0.5, fibre 0, heat 0,
// marks 0).
//
// Coarser levels of detail over the same vertices come with the mesh (read from the file: the
// built-in body keeps them) or are made at upload (simplify.hpp: coarserLevels); draw() takes the
// coarsest one whose error is within what the caller allows.
//
//   myo::GpuMesh gpu = myo::GpuMesh::upload(mesh);
//   gpu.draw();                    // full detail
//   gpu.draw(0.002f);              // any level that moves the surface by 2 mm at most

#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "myo/engine/gl_object.hpp"
#include "myo/engine/mesh.hpp"

namespace myo {

class GpuMesh {
 public:
  // detail: the mesh's coarser levels (MeshPart::detail), or null to make them here.
  static GpuMesh upload(const Mesh& mesh, const std::vector<DetailLevel>* detail = nullptr);
  // allowedError: how far (in the mesh's units) the drawn surface may stray from the mesh.
  void draw(float allowedError = 0.0f) const;
  // Sets the per-vertex heat (x: essential zone, y: spillover zone, each 0..1), one per vertex;
  // an empty vector removes the heat map.
  void setHeat(const std::vector<glm::vec2>& heat);
  bool hasHeat() const { return static_cast<bool>(heat_); }
  // Sets per-vertex marks, one per vertex: x a field whose 0.5 level is drawn as a line
  // (FrameSettings::fieldOutlineColor), y where the surface is cut away (over 0.5) to show what lies
  // under it. An empty vector removes them.
  void setMarks(const std::vector<glm::vec2>& marks);
  bool hasMarks() const { return static_cast<bool>(marks_); }
  std::size_t vertexCount() const { return vertexCount_; }
  std::size_t indexCount() const { return levels_.front().count; }  // of the full detail
  // Indices drawn for an allowed error (the level draw() would pick).
  // The error of the finest level coarser than the mesh itself (0 when there is none).
  float finestCoarserError() const { return levels_.size() > 1 ? levels_[1].error : 0.0f; }
  // A sphere around the mesh, in its own coordinates: how large it is on screen decides the level.
  glm::vec3 boundingCenter() const { return center_; }
  float boundingRadius() const { return radius_; }

 private:
  struct Level {
    std::size_t first = 0;  // in indices, within the one index buffer
    std::size_t count = 0;
    float error = 0.0f;
  };
  GpuMesh() = default;
  const Level& levelWithin(float allowedError) const;
  void setVertexPairs(gl::Buffer& buffer, unsigned int location, const std::vector<glm::vec2>& values);

  gl::VertexArray vao_;
  gl::Buffer positions_, normals_, uvs_, colors_, scalars_, fibres_, heat_, marks_, indices_;
  std::vector<Level> levels_;  // full detail first, then coarser
  std::size_t vertexCount_ = 0;
  glm::vec3 center_{0.0f};
  float radius_ = 0.0f;
};

}  // namespace myo
