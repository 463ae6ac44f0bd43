#include "myo/engine/simplify.hpp"

#include <meshoptimizer.h>

#include <glm/geometric.hpp>

namespace myo {

namespace {

template <class T>
void compact(std::vector<T>& values, const std::vector<unsigned int>& remap, std::size_t kept) {
  if (values.empty()) return;
  std::vector<T> out(kept);
  for (std::size_t v = 0; v < values.size(); ++v)
    if (remap[v] != ~0u) out[remap[v]] = values[v];
  values = std::move(out);
}

}  // namespace

std::size_t simplifyMesh(Mesh& mesh, float maxError) {
  if (mesh.indices.size() < 3 || mesh.positions.empty()) return mesh.triangleCount();
  const float extent = glm::length(mesh.bounds().size());
  if (extent <= 0.0f) return mesh.triangleCount();
  std::vector<unsigned int> simplified(mesh.indices.size());
  const std::size_t count = meshopt_simplify(simplified.data(), mesh.indices.data(), mesh.indices.size(),
                                             &mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3),
                                             0, maxError / extent, 0, nullptr);
  simplified.resize(count);
  meshopt_optimizeVertexCache(simplified.data(), simplified.data(), simplified.size(), mesh.positions.size());

  // Drop the vertices no triangle uses any more, keeping every attribute in step.
  std::vector<unsigned int> remap(mesh.positions.size(), ~0u);
  std::size_t kept = 0;
  for (unsigned int& index : simplified) {
    if (remap[index] == ~0u) remap[index] = static_cast<unsigned int>(kept++);
    index = remap[index];
  }
  compact(mesh.positions, remap, kept);
  compact(mesh.normals, remap, kept);
  compact(mesh.uvs, remap, kept);
  compact(mesh.colors, remap, kept);
  compact(mesh.scalars, remap, kept);
  compact(mesh.fibres, remap, kept);
  mesh.indices = std::move(simplified);
  return mesh.triangleCount();
}

}  // namespace myo
