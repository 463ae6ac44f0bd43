#include "io/scene_finish.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include <glm/geometric.hpp>

namespace myo::io {

namespace {

// True when every float is finite. Tests exponent bits with an integer OR-reduction, which the
// compiler vectorises (std::isfinite in a loop with an early exit does not).
bool allFinite(const float* values, std::size_t count) {
  std::uint32_t bad = 0;
  for (std::size_t i = 0; i < count; ++i) {
    std::uint32_t bits;
    std::memcpy(&bits, values + i, 4);
    bad |= static_cast<std::uint32_t>((bits & 0x7f800000u) == 0x7f800000u);
  }
  return bad == 0;
}

// The same test as hasUsableNormals (finite, length within 0.1 of 1), on squared lengths so the
// loop needs no square root and vectorises: it runs on every vertex of every loaded model.
bool normalsUsable(const Mesh& mesh) {
  if (mesh.normals.size() != mesh.positions.size()) return false;
  int bad = 0;
  for (const glm::vec3& n : mesh.normals) {
    const float squared = n.x * n.x + n.y * n.y + n.z * n.z;
    bad |= static_cast<int>(!(squared >= 0.81f && squared <= 1.21f));  // false for NaN as well
  }
  return bad == 0;
}

std::size_t firstNonFinite(const std::vector<glm::vec3>& positions) {
  for (std::size_t i = 0; i < positions.size(); ++i)
    if (!std::isfinite(positions[i].x) || !std::isfinite(positions[i].y) || !std::isfinite(positions[i].z))
      return i;
  return positions.size();
}

std::string partLabel(const Scene& scene, std::size_t part) {
  for (const Node& node : scene.nodes)
    for (int p : node.parts)
      if (static_cast<std::size_t>(p) == part && !node.name.empty())
        return "mesh part " + std::to_string(part) + " (node '" + node.name + "')";
  return "mesh part " + std::to_string(part);
}

// Rescales normals that are finite and non-zero; false when some cannot be rescaled.
bool renormalise(std::vector<glm::vec3>& normals) {
  for (glm::vec3& n : normals) {
    const float length = glm::length(n);
    if (!std::isfinite(length) || length < 1e-12f) return false;
    n /= length;
  }
  return true;
}

using Corners = std::array<glm::vec3, 3>;

bool lexicographicallyBefore(const glm::vec3& a, const glm::vec3& b) {
  if (a.x != b.x) return a.x < b.x;
  if (a.y != b.y) return a.y < b.y;
  return a.z < b.z;
}

// The corners of triangle t starting from the smallest, turning the same way: (a,b,c), (b,c,a) and
// (c,a,b) are one triangle; (a,c,b), facing the other way, is another.
Corners cornersOf(const Mesh& mesh, std::size_t t) {
  Corners c{mesh.positions[mesh.indices[3 * t]], mesh.positions[mesh.indices[3 * t + 1]],
            mesh.positions[mesh.indices[3 * t + 2]]};
  std::size_t first = lexicographicallyBefore(c[1], c[0]) ? 1 : 0;
  if (lexicographicallyBefore(c[2], c[first])) first = 2;
  std::rotate(c.begin(), c.begin() + static_cast<std::ptrdiff_t>(first), c.end());
  for (glm::vec3& corner : c) corner += glm::vec3(0.0f);  // -0 and +0 are the same place
  return c;
}

std::uint64_t hashOf(const Corners& corners) {
  std::uint64_t hash = 1469598103934665603ull;
  for (const glm::vec3& corner : corners)
    for (int axis = 0; axis < 3; ++axis) {
      std::uint32_t bits;
      std::memcpy(&bits, &corner[axis], 4);
      hash = (hash ^ bits) * 1099511628211ull;
    }
  return hash;
}

// Drops the triangles that repeat an earlier one of the part (the same corners, turning the same
// way) and returns how many. They add nothing to the picture, but a software rasteriser fills each
// copy again and the levels of detail simplify them all: 100,000 copies of one triangle took
// minutes to draw. O(n log n): hashes are sorted, and corners compared only where hashes agree.
std::size_t dropRepeatedTriangles(Mesh& mesh) {
  const std::size_t count = mesh.triangleCount();
  if (count < 2) return 0;
  std::vector<std::pair<std::uint64_t, std::uint32_t>> order(count);
  for (std::size_t t = 0; t < count; ++t) order[t] = {hashOf(cornersOf(mesh, t)), static_cast<std::uint32_t>(t)};
  std::sort(order.begin(), order.end());
  std::vector<bool> repeated(count, false);
  std::size_t dropped = 0;
  std::vector<Corners> kept;  // the distinct triangles of one run of equal hashes
  for (std::size_t start = 0; start < count;) {
    std::size_t end = start + 1;
    while (end < count && order[end].first == order[start].first) ++end;
    if (end - start > 1) {
      kept.clear();
      for (std::size_t i = start; i < end; ++i) {  // in file order: the first of a kind stays
        const Corners corners = cornersOf(mesh, order[i].second);
        if (std::find(kept.begin(), kept.end(), corners) != kept.end()) {
          repeated[order[i].second] = true;
          ++dropped;
        } else {
          kept.push_back(corners);
        }
      }
    }
    start = end;
  }
  if (dropped == 0) return 0;
  std::size_t out = 0;
  for (std::size_t t = 0; t < count; ++t) {
    if (repeated[t]) continue;
    for (int k = 0; k < 3; ++k) mesh.indices[3 * out + static_cast<std::size_t>(k)] = mesh.indices[3 * t + static_cast<std::size_t>(k)];
    ++out;
  }
  mesh.indices.resize(3 * out);
  return dropped;
}

// Checks one part's positions, drops its repeated triangles and mends its normals.
Status finishPart(Scene& scene, std::size_t p, const LoadOptions& options) {
  Mesh& mesh = scene.parts[p].mesh;
  if (mesh.positions.empty()) return {};
  if (!allFinite(reinterpret_cast<const float*>(mesh.positions.data()), mesh.positions.size() * 3))
    return Error{partLabel(scene, p) + ": vertex " + std::to_string(firstNonFinite(mesh.positions)) +
                 " has a position that is NaN or infinite"};
  if (const std::size_t dropped = dropRepeatedTriangles(mesh); dropped > 0)
    scene.warnings.push_back(partLabel(scene, p) + ": " + std::to_string(dropped) +
                             " triangles repeat another exactly (same corners) and were left out");
  if (normalsUsable(mesh)) return {};
  const bool hadNormals = mesh.normals.size() == mesh.positions.size();
  if (hadNormals && renormalise(mesh.normals)) return {};
  if (hadNormals)
    scene.warnings.push_back(partLabel(scene, p) + ": its normals include NaN or zero vectors; recomputed");
  generateNormals(mesh, options.normalCreaseDegrees);
  scene.parts[p].detail.reset();  // the vertices were split: levels read with the file no longer fit
  return {};
}

}  // namespace

Status finishScene(Scene& scene, const LoadOptions& options) {
  for (std::size_t p = 0; p < scene.parts.size(); ++p) {
    Status finished = finishPart(scene, p, options);
    if (!finished) return finished;
  }
  return {};
}

std::string tooManyTriangles(std::uint64_t triangles, std::uint64_t limit) {
  return "it has " + std::to_string(triangles) + " triangles, more than the " + std::to_string(limit) +
         " this program draws (simplify it first, e.g. with Blender's Decimate modifier)";
}

}  // namespace myo::io
