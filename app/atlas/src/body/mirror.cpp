#include "body/mirror.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <utility>

#include <glm/geometric.hpp>

namespace myo::atlas {

std::vector<glm::vec3> mirroredVectors(const std::vector<glm::vec3>& vectors) {
  std::vector<glm::vec3> out = vectors;
  for (glm::vec3& v : out) v.x = -v.x;
  return out;
}

Mesh mirroredMesh(const Mesh& mesh) {
  Mesh m = mesh;
  m.positions = mirroredVectors(mesh.positions);
  m.normals = mirroredVectors(mesh.normals);
  for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) std::swap(m.indices[t + 1], m.indices[t + 2]);
  return m;
}

Mesh leftHalf(const Mesh& mesh) {
  Mesh half;
  const bool withNormals = mesh.normals.size() == mesh.positions.size();
  std::vector<std::uint32_t> kept(mesh.positions.size(), ~0u);
  const auto keep = [&](std::uint32_t v) {
    if (kept[v] == ~0u) {
      kept[v] = static_cast<std::uint32_t>(half.positions.size());
      half.positions.push_back(mesh.positions[v]);
      if (withNormals) half.normals.push_back(mesh.normals[v]);
    }
    return kept[v];
  };
  // One vertex where an edge crosses x = 0, shared by the two triangles of that edge.
  std::map<std::pair<std::uint32_t, std::uint32_t>, std::uint32_t> cuts;
  const auto cut = [&](std::uint32_t a, std::uint32_t b) {
    const auto key = std::minmax(a, b);
    if (const auto found = cuts.find(key); found != cuts.end()) return found->second;
    const glm::vec3 p = mesh.positions[key.first], q = mesh.positions[key.second];
    const float t = p.x / (p.x - q.x);
    glm::vec3 at = glm::mix(p, q, t);
    at.x = 0.0f;
    const auto index = static_cast<std::uint32_t>(half.positions.size());
    half.positions.push_back(at);
    if (withNormals) {
      const glm::vec3 n = glm::mix(mesh.normals[key.first], mesh.normals[key.second], t);
      half.normals.push_back(glm::length(n) > 0.0f ? glm::normalize(n) : n);
    }
    cuts.emplace(key, index);
    return index;
  };
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::array<std::uint32_t, 3> corner{mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
    std::vector<std::uint32_t> polygon;  // the triangle clipped to x >= 0, in its winding
    for (int i = 0; i < 3; ++i) {
      const std::uint32_t a = corner[std::size_t(i)], b = corner[std::size_t((i + 1) % 3)];
      const float xa = mesh.positions[a].x, xb = mesh.positions[b].x;
      if (xa >= 0.0f) polygon.push_back(keep(a));
      if ((xa > 0.0f && xb < 0.0f) || (xa < 0.0f && xb > 0.0f)) polygon.push_back(cut(a, b));
    }
    for (std::size_t i = 1; i + 1 < polygon.size(); ++i) {
      const glm::vec3 &p = half.positions[polygon[0]], &q = half.positions[polygon[i]], &r = half.positions[polygon[i + 1]];
      if (glm::length(glm::cross(q - p, r - p)) <= 0.0f) continue;  // no area: a corner cut at its own vertex
      half.indices.insert(half.indices.end(), {polygon[0], polygon[i], polygon[i + 1]});
    }
  }
  return half;
}

Mesh joinedWithMirror(const Mesh& half) {
  const bool withNormals = half.normals.size() == half.positions.size();
  const auto onCut = [&](std::uint32_t v) { return half.positions[v].x == 0.0f; };
  // A triangle with all three corners on the cut lies in the midline plane: a sliver the
  // simplifier left where it collapsed a vertex onto the (locked) cut. With its mirror image it
  // would be a double sheet, so it goes.
  std::vector<std::uint32_t> faces;
  for (std::size_t t = 0; t + 2 < half.indices.size(); t += 3)
    if (!(onCut(half.indices[t]) && onCut(half.indices[t + 1]) && onCut(half.indices[t + 2])))
      faces.insert(faces.end(), {half.indices[t], half.indices[t + 1], half.indices[t + 2]});

  Mesh whole;
  std::vector<std::uint32_t> left(half.positions.size(), ~0u), right(half.positions.size(), ~0u);
  const auto add = [&](const glm::vec3& p, const glm::vec3* n) {
    whole.positions.push_back(p);
    if (n) whole.normals.push_back(*n);
    return static_cast<std::uint32_t>(whole.positions.size() - 1);
  };
  const auto leftOf = [&](std::uint32_t v) {
    if (left[v] == ~0u) left[v] = add(half.positions[v], withNormals ? &half.normals[v] : nullptr);
    return left[v];
  };
  const auto rightOf = [&](std::uint32_t v) {
    if (onCut(v)) return leftOf(v);  // on the cut: both halves share it
    if (right[v] == ~0u) {
      const glm::vec3 p(-half.positions[v].x, half.positions[v].y, half.positions[v].z);
      const glm::vec3 n = withNormals ? glm::vec3(-half.normals[v].x, half.normals[v].y, half.normals[v].z) : glm::vec3(0.0f);
      right[v] = add(p, withNormals ? &n : nullptr);
    }
    return right[v];
  };
  for (std::size_t t = 0; t + 2 < faces.size(); t += 3)
    whole.indices.insert(whole.indices.end(), {leftOf(faces[t]), leftOf(faces[t + 1]), leftOf(faces[t + 2])});
  for (std::size_t t = 0; t + 2 < faces.size(); t += 3)
    whole.indices.insert(whole.indices.end(), {rightOf(faces[t]), rightOf(faces[t + 2]), rightOf(faces[t + 1])});
  return whole;
}

}  // namespace myo::atlas
