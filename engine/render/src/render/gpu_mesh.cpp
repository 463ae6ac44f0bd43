#include "myo/engine/gpu_mesh.hpp"

#include <epoxy/gl.h>

#include <glm/geometric.hpp>

#include "myo/engine/simplify.hpp"

namespace myo {

namespace {

template <class T>
gl::Buffer uploadAttribute(GLuint location, const std::vector<T>& data, GLint components,
                           GLenum usage = GL_STATIC_DRAW) {
  gl::Buffer buffer = gl::Buffer::create();
  glBindBuffer(GL_ARRAY_BUFFER, buffer.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(T)), data.data(), usage);
  glEnableVertexAttribArray(location);
  glVertexAttribPointer(location, components, GL_FLOAT, GL_FALSE, 0, nullptr);
  return buffer;
}

}  // namespace

GpuMesh GpuMesh::upload(const Mesh& mesh, const std::vector<DetailLevel>* detail) {
  GpuMesh gpu;
  gpu.vao_ = gl::VertexArray::create();
  glBindVertexArray(gpu.vao_.id());
  gpu.vertexCount_ = mesh.positions.size();
  gpu.positions_ = uploadAttribute(0, mesh.positions, 3);
  gpu.normals_ = uploadAttribute(1, mesh.normals, 3);
  if (mesh.uvs.size() == mesh.positions.size() && !mesh.uvs.empty()) gpu.uvs_ = uploadAttribute(2, mesh.uvs, 2);

  if (mesh.colors.size() == mesh.positions.size() && !mesh.colors.empty()) gpu.colors_ = uploadAttribute(3, mesh.colors, 4);

  if (mesh.scalars.size() == mesh.positions.size() && !mesh.scalars.empty())
    gpu.scalars_ = uploadAttribute(4, mesh.scalars, 1);
  if (mesh.fibres.size() == mesh.positions.size() && !mesh.fibres.empty())
    gpu.fibres_ = uploadAttribute(5, mesh.fibres, 3);

  // Every level in one index buffer, full detail first.
  std::vector<std::uint32_t> indices = mesh.indices;
  gpu.levels_.push_back({0, mesh.indices.size(), 0.0f});
  const std::vector<DetailLevel> made = detail == nullptr ? coarserLevels(mesh) : std::vector<DetailLevel>{};
  for (const DetailLevel& level : detail == nullptr ? made : *detail) {
    gpu.levels_.push_back({indices.size(), level.indices.size(), level.error});
    indices.insert(indices.end(), level.indices.begin(), level.indices.end());
  }
  gpu.indices_ = gl::Buffer::create();
  glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, gpu.indices_.id());
  glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(indices.size() * sizeof(std::uint32_t)),
               indices.data(), GL_STATIC_DRAW);
  glBindVertexArray(0);

  const Bounds bounds = mesh.bounds();
  gpu.center_ = bounds.empty() ? glm::vec3(0.0f) : bounds.center();
  gpu.radius_ = 0.5f * glm::length(bounds.size());
  return gpu;
}

// One vec2 per vertex into the buffer of an attribute, made at first use; empty values remove it.
void GpuMesh::setVertexPairs(gl::Buffer& buffer, GLuint location, const std::vector<glm::vec2>& values) {
  if (values.empty()) {
    buffer.reset();
    glBindVertexArray(vao_.id());
    glDisableVertexAttribArray(location);
    glBindVertexArray(0);
    return;
  }
  if (values.size() != vertexCount_) return;
  glBindVertexArray(vao_.id());
  if (!buffer) {
    buffer = uploadAttribute(location, values, 2, GL_DYNAMIC_DRAW);
  } else {
    glBindBuffer(GL_ARRAY_BUFFER, buffer.id());
    glBufferSubData(GL_ARRAY_BUFFER, 0, static_cast<GLsizeiptr>(values.size() * sizeof(glm::vec2)), values.data());
  }
  glBindVertexArray(0);
}

void GpuMesh::setHeat(const std::vector<glm::vec2>& heat) { setVertexPairs(heat_, 6, heat); }

void GpuMesh::setMarks(const std::vector<glm::vec2>& marks) { setVertexPairs(marks_, 7, marks); }

const GpuMesh::Level& GpuMesh::levelWithin(float allowedError) const {
  const Level* chosen = &levels_.front();
  for (const Level& level : levels_)
    if (level.error <= allowedError) chosen = &level;
  return *chosen;
}

void GpuMesh::draw(float allowedError) const {
  const Level& level = levelWithin(allowedError);
  glBindVertexArray(vao_.id());
  // Constant attribute values are context state, not vertex-array state: set them per draw.
  if (!uvs_) glVertexAttrib2f(2, 0.0f, 0.0f);
  if (!colors_) glVertexAttrib4f(3, 1.0f, 1.0f, 1.0f, 1.0f);
  if (!scalars_) glVertexAttrib1f(4, 0.5f);
  if (!fibres_) glVertexAttrib3f(5, 0.0f, 0.0f, 0.0f);
  if (!heat_) glVertexAttrib2f(6, 0.0f, 0.0f);
  if (!marks_) glVertexAttrib2f(7, 0.0f, 0.0f);
  glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(level.count), GL_UNSIGNED_INT,
                 reinterpret_cast<const void*>(level.first * sizeof(std::uint32_t)));
  glBindVertexArray(0);
}

}  // namespace myo
