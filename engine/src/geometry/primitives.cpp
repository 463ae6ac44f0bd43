#include "myo/engine/primitives.hpp"

#include <cmath>
#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>

namespace myo {

namespace {

// Indices for a (rows+1) x (columns+1) grid of vertices laid out row by row.
void addGridTriangles(Mesh& mesh, std::uint32_t first, int rows, int columns) {
  const auto stride = static_cast<std::uint32_t>(columns + 1);
  for (int r = 0; r < rows; ++r) {
    for (int c = 0; c < columns; ++c) {
      const std::uint32_t i = first + static_cast<std::uint32_t>(r) * stride + static_cast<std::uint32_t>(c);
      mesh.indices.insert(mesh.indices.end(), {i, i + stride, i + 1, i + 1, i + stride, i + stride + 1});
    }
  }
}

}  // namespace

Mesh makeEllipsoid(const glm::vec3& center, const glm::vec3& radii, int segments, int rings) {
  Mesh mesh;
  const float pi = glm::pi<float>();
  for (int r = 0; r <= rings; ++r) {
    const float theta = pi * float(r) / float(rings);  // 0 at +Y
    for (int s = 0; s <= segments; ++s) {
      const float phi = 2.0f * pi * float(s) / float(segments);
      const glm::vec3 unit(std::sin(theta) * std::sin(phi), std::cos(theta), std::sin(theta) * std::cos(phi));
      mesh.positions.push_back(center + unit * radii);
      mesh.normals.push_back(glm::normalize(unit / radii));
    }
  }
  addGridTriangles(mesh, 0, rings, segments);
  return mesh;
}

Mesh makeCapsule(const glm::vec3& a, float radiusA, const glm::vec3& b, float radiusB, int segments, int rings) {
  Mesh mesh;
  const float pi = glm::pi<float>();
  glm::vec3 axis = b - a;
  const float length = glm::length(axis);
  axis = length > 0.0f ? axis / length : glm::vec3(0, 1, 0);
  const glm::vec3 helper = std::abs(axis.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
  const glm::vec3 u = glm::normalize(glm::cross(axis, helper));
  const glm::vec3 v = glm::cross(axis, u);
  // Profile: hemisphere at a (from the pole), the tube, hemisphere at b (to the pole).
  struct Ring { glm::vec3 center; float radius; float axial; };  // axial: normal's component along -axis..+axis
  std::vector<Ring> profile;
  for (int r = 0; r <= rings; ++r) {
    const float t = pi * 0.5f * float(r) / float(rings);  // 0 at the pole
    profile.push_back({a - axis * (radiusA * std::cos(t)), radiusA * std::sin(t), -std::cos(t)});
  }
  for (int r = 0; r <= rings; ++r) {
    const float t = pi * 0.5f * float(r) / float(rings);
    profile.push_back({b + axis * (radiusB * std::sin(t)), radiusB * std::cos(t), std::sin(t)});
  }
  for (const Ring& ring : profile) {
    for (int s = 0; s <= segments; ++s) {
      const float phi = 2.0f * pi * float(s) / float(segments);
      const glm::vec3 radial = u * std::cos(phi) + v * std::sin(phi);
      mesh.positions.push_back(ring.center + radial * ring.radius);
      const float side = std::sqrt(std::max(0.0f, 1.0f - ring.axial * ring.axial));
      mesh.normals.push_back(glm::normalize(radial * side + axis * ring.axial));
    }
  }
  addGridTriangles(mesh, 0, int(profile.size()) - 1, segments);
  return mesh;
}

void appendMesh(Mesh& mesh, const Mesh& other) {
  const auto offset = static_cast<std::uint32_t>(mesh.positions.size());
  const bool keepUvs = mesh.uvs.size() == mesh.positions.size() && other.uvs.size() == other.positions.size();
  const bool keepColors = mesh.colors.size() == mesh.positions.size() && other.colors.size() == other.positions.size();
  const bool keepFibres = mesh.fibres.size() == mesh.positions.size() && other.fibres.size() == other.positions.size();
  const bool keepScalars = mesh.scalars.size() == mesh.positions.size() && other.scalars.size() == other.positions.size();
  mesh.positions.insert(mesh.positions.end(), other.positions.begin(), other.positions.end());
  mesh.normals.insert(mesh.normals.end(), other.normals.begin(), other.normals.end());
  if (keepUvs) mesh.uvs.insert(mesh.uvs.end(), other.uvs.begin(), other.uvs.end()); else mesh.uvs.clear();
  if (keepColors) mesh.colors.insert(mesh.colors.end(), other.colors.begin(), other.colors.end()); else mesh.colors.clear();
  if (keepScalars) mesh.scalars.insert(mesh.scalars.end(), other.scalars.begin(), other.scalars.end()); else mesh.scalars.clear();
  if (keepFibres) mesh.fibres.insert(mesh.fibres.end(), other.fibres.begin(), other.fibres.end()); else mesh.fibres.clear();
  for (std::uint32_t i : other.indices) mesh.indices.push_back(i + offset);
}

}  // namespace myo
