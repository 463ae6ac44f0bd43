#include "myo/engine/simplify.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <map>

#include <meshoptimizer.h>

#include <glm/common.hpp>
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

// Drops the vertices no triangle of `indices` uses, keeping every attribute in step, and makes
// `indices` the mesh's triangles.
void keepOnlyUsedVertices(Mesh& mesh, std::vector<unsigned int> indices) {
  std::vector<unsigned int> remap(mesh.positions.size(), ~0u);
  std::size_t kept = 0;
  for (unsigned int& index : indices) {
    if (remap[index] == ~0u) remap[index] = static_cast<unsigned int>(kept++);
    index = remap[index];
  }
  compact(mesh.positions, remap, kept);
  compact(mesh.normals, remap, kept);
  compact(mesh.uvs, remap, kept);
  compact(mesh.colors, remap, kept);
  compact(mesh.scalars, remap, kept);
  compact(mesh.fibres, remap, kept);
  mesh.indices = std::move(indices);
}

// meshoptimizer measures its error as a share of the extent of the vertices it is given: the
// largest side of their bounding box.
float largestSide(const std::vector<glm::vec3>& positions) {
  Bounds box;
  for (const glm::vec3& p : positions) box.add(p);
  const glm::vec3 size = box.size();
  return std::max(size.x, std::max(size.y, size.z));
}

}  // namespace

std::size_t simplifyMesh(Mesh& mesh, float maxError, MeshBorder border) {
  if (mesh.indices.size() < 3 || mesh.positions.empty()) return mesh.triangleCount();
  const float extent = glm::length(mesh.bounds().size());
  if (extent <= 0.0f) return mesh.triangleCount();
  std::vector<unsigned int> simplified(mesh.indices.size());
  const std::size_t count = meshopt_simplify(simplified.data(), mesh.indices.data(), mesh.indices.size(),
                                             &mesh.positions[0].x, mesh.positions.size(), sizeof(glm::vec3),
                                             0, maxError / extent,
                                             border == MeshBorder::Kept ? unsigned(meshopt_SimplifyLockBorder) : 0u, nullptr);
  simplified.resize(count);
  meshopt_optimizeVertexCache(simplified.data(), simplified.data(), simplified.size(), mesh.positions.size());
  keepOnlyUsedVertices(mesh, std::move(simplified));
  return mesh.triangleCount();
}

std::size_t simplifyMeshInTiles(Mesh& mesh, float maxError, float tileSize) {
  if (mesh.indices.size() < 3 || mesh.positions.empty() || !(tileSize > 0.0f)) return mesh.triangleCount();
  // The same bound in the mesh's units as simplifyMesh sets for the whole mesh.
  const float extent = glm::length(mesh.bounds().size());
  if (extent <= 0.0f) return mesh.triangleCount();
  const float absoluteError = maxError / extent * largestSide(mesh.positions);

  std::map<std::array<int, 3>, std::vector<unsigned int>> tiles;  // ordered: the result does not depend on hashing
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::vec3 centroid =
        (mesh.positions[mesh.indices[t]] + mesh.positions[mesh.indices[t + 1]] + mesh.positions[mesh.indices[t + 2]]) / 3.0f;
    const glm::ivec3 cell(glm::floor(centroid / tileSize));
    std::vector<unsigned int>& tile = tiles[{cell.x, cell.y, cell.z}];
    tile.insert(tile.end(), mesh.indices.begin() + static_cast<std::ptrdiff_t>(t), mesh.indices.begin() + static_cast<std::ptrdiff_t>(t + 3));
  }

  std::vector<unsigned int> all;
  all.reserve(mesh.indices.size());
  std::vector<unsigned int> local(mesh.positions.size(), ~0u);
  for (auto& [cell, indices] : tiles) {
    // The tile's own vertices, so that meshoptimizer's work and its error's scale are the tile's.
    std::vector<unsigned int> global;
    std::vector<glm::vec3> positions;
    std::vector<unsigned int> tileIndices(indices.size());
    for (std::size_t i = 0; i < indices.size(); ++i) {
      unsigned int& slot = local[indices[i]];
      if (slot == ~0u) {
        slot = static_cast<unsigned int>(global.size());
        global.push_back(indices[i]);
        positions.push_back(mesh.positions[indices[i]]);
      }
      tileIndices[i] = slot;
    }
    for (unsigned int g : global) local[g] = ~0u;
    const float side = largestSide(positions);
    std::vector<unsigned int> simplified = tileIndices;
    if (side > 0.0f)
      simplified.resize(meshopt_simplify(simplified.data(), tileIndices.data(), tileIndices.size(), &positions[0].x,
                                         positions.size(), sizeof(glm::vec3), 0, absoluteError / side,
                                         unsigned(meshopt_SimplifyLockBorder), nullptr));
    for (unsigned int index : simplified) all.push_back(global[index]);
  }
  meshopt_optimizeVertexCache(all.data(), all.data(), all.size(), mesh.positions.size());
  keepOnlyUsedVertices(mesh, std::move(all));
  return mesh.triangleCount();
}

std::vector<DetailLevel> coarserLevels(const Mesh& mesh) {
  // Error bounds as shares of the mesh's size (its diagonal), doubling: a 2 m skin gets levels
  // from 1 mm, a 10 cm muscle from 0.05 mm up to 3 mm.
  constexpr float kRelativeBounds[] = {0.0005f, 0.001f, 0.002f, 0.004f, 0.008f, 0.016f, 0.032f};
  constexpr std::size_t kSmallestWorthIt = 32 * 3;  // indices
  std::vector<DetailLevel> levels;
  if (mesh.indices.size() < 2 * kSmallestWorthIt || mesh.positions.empty()) return levels;
  const float extent = glm::length(mesh.bounds().size());
  if (extent <= 0.0f) return levels;
  // Each level is simplified from the one before (cheap), within what the bound leaves after the
  // errors already made, so the errors add up to no more than the bound.
  std::vector<std::uint32_t> previous = mesh.indices;
  float previousError = 0.0f;  // relative
  for (float bound : kRelativeBounds) {
    std::vector<std::uint32_t> indices(previous.size());
    float reached = 0.0f;
    const std::size_t count = meshopt_simplify(indices.data(), previous.data(), previous.size(), &mesh.positions[0].x,
                                               mesh.positions.size(), sizeof(glm::vec3), 0, bound - previousError, 0,
                                               &reached);
    if (count < kSmallestWorthIt) break;
    if (count * 4 > previous.size() * 3) continue;  // not worth a level: try with a larger bound
    indices.resize(count);
    meshopt_optimizeVertexCache(indices.data(), indices.data(), count, mesh.positions.size());
    previousError += reached;
    previous = indices;
    levels.push_back({std::move(indices), previousError * extent});
  }
  return levels;
}

}  // namespace myo
