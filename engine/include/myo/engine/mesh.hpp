#pragma once
// Mesh: triangles on the CPU. Positions and normals always; uv, colour, a per-vertex scalar (the
// position along a muscle's fibres) and a fibre direction when present. Plain data, copyable,
// no GL: upload it with GpuMesh (gpu_mesh.hpp).
//
// Not here: materials and transforms (see scene.hpp), topology queries, GPU state.

#include <cstdint>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "myo/engine/bounds.hpp"

namespace myo {

struct Mesh {
  std::vector<glm::vec3> positions;
  std::vector<glm::vec3> normals;   // same count as positions, unit length
  std::vector<glm::vec2> uvs;       // empty, or one per position
  std::vector<glm::vec4> colors;    // empty, or one per position (linear RGBA)
  std::vector<float> scalars;       // empty, or one per position; for muscles: 0 at the origin, 1 at the insertion
  std::vector<glm::vec3> fibres;    // empty, or one per position: unit fibre direction (muscles)
  std::vector<std::uint32_t> indices;  // three per triangle

  std::size_t vertexCount() const { return positions.size(); }
  std::size_t triangleCount() const { return indices.size() / 3; }
  Bounds bounds() const;
};

// A coarser version of a mesh drawn over the mesh's own vertices, so that per-vertex data (a
// heat map, say) holds for every level (simplify.hpp: coarserLevels).
struct DetailLevel {
  std::vector<std::uint32_t> indices;  // three per triangle
  float error = 0.0f;                  // how far the surface moved at most, in the mesh's units
};

// Recomputes normals as area-weighted averages of the faces around each vertex, but only across
// edges whose faces meet at less than creaseDegrees, so a cube stays faceted and a sphere smooth.
// Vertices are split where a crease needs it, so indices may change.
void generateNormals(Mesh& mesh, float creaseDegrees = 60.0f);

// The volume a closed mesh encloses, positive when its triangles wind counter-clockwise seen from
// outside (their normals by the right-hand rule point out).
double signedVolume(const Mesh& mesh);

// Reverses every triangle of a mesh that winds inside out (negative signed volume), so that
// renderers may skip its far side. Normals are left alone: they are per vertex, not per winding.
void orientOutward(Mesh& mesh);

// True when every normal is finite and of roughly unit length.
bool hasUsableNormals(const Mesh& mesh);

}  // namespace myo
