#include "myo/engine/mesh.hpp"

#include <cmath>
#include <glm/geometric.hpp>
#include <utility>
#include <glm/trigonometric.hpp>
#include <unordered_map>

namespace myo {

Bounds Mesh::bounds() const {
  Bounds b;
  for (const glm::vec3& p : positions) b.add(p);
  return b;
}

bool hasUsableNormals(const Mesh& mesh) {
  if (mesh.normals.size() != mesh.positions.size()) return false;
  for (const glm::vec3& n : mesh.normals) {
    const float len = glm::length(n);
    if (!std::isfinite(len) || std::abs(len - 1.0f) > 0.1f) return false;
  }
  return true;
}

namespace {

// Copies every per-vertex attribute of vertex `from` to a new vertex at the end.
std::uint32_t duplicateVertex(Mesh& mesh, std::uint32_t from) {
  const auto index = static_cast<std::uint32_t>(mesh.positions.size());
  mesh.positions.push_back(mesh.positions[from]);
  if (!mesh.uvs.empty()) mesh.uvs.push_back(mesh.uvs[from]);
  if (!mesh.colors.empty()) mesh.colors.push_back(mesh.colors[from]);
  if (!mesh.scalars.empty()) mesh.scalars.push_back(mesh.scalars[from]);
  if (!mesh.fibres.empty()) mesh.fibres.push_back(mesh.fibres[from]);
  return index;
}

}  // namespace

void generateNormals(Mesh& mesh, float creaseDegrees) {
  const std::size_t triangles = mesh.triangleCount();
  std::vector<glm::vec3> faceNormal(triangles);  // area-weighted (unnormalised)
  for (std::size_t t = 0; t < triangles; ++t) {
    const glm::vec3& a = mesh.positions[mesh.indices[3 * t]];
    const glm::vec3& b = mesh.positions[mesh.indices[3 * t + 1]];
    const glm::vec3& c = mesh.positions[mesh.indices[3 * t + 2]];
    faceNormal[t] = glm::cross(b - a, c - a);
  }

  // Faces around each vertex.
  std::vector<std::vector<std::uint32_t>> facesOf(mesh.positions.size());
  for (std::size_t i = 0; i < mesh.indices.size(); ++i)
    facesOf[mesh.indices[i]].push_back(static_cast<std::uint32_t>(i / 3));

  const float cosCrease = std::cos(glm::radians(creaseDegrees));
  const std::size_t originalVertices = mesh.positions.size();
  std::vector<glm::vec3> normals(originalVertices, glm::vec3(0.0f));

  for (std::uint32_t v = 0; v < originalVertices; ++v) {
    // Group the faces around v into smoothing clusters: a face joins the first cluster whose seed
    // face is within the crease angle.
    std::vector<std::uint32_t> seeds;
    std::unordered_map<std::uint32_t, std::size_t> clusterOf;
    for (std::uint32_t f : facesOf[v]) {
      const glm::vec3 nf = glm::normalize(faceNormal[f] + glm::vec3(1e-30f));
      std::size_t cluster = seeds.size();
      for (std::size_t s = 0; s < seeds.size(); ++s) {
        const glm::vec3 ns = glm::normalize(faceNormal[seeds[s]] + glm::vec3(1e-30f));
        if (glm::dot(nf, ns) >= cosCrease) { cluster = s; break; }
      }
      if (cluster == seeds.size()) seeds.push_back(f);
      clusterOf[f] = cluster;
    }
    std::vector<std::uint32_t> vertexOfCluster(seeds.size(), v);
    for (std::size_t s = 1; s < seeds.size(); ++s) {
      vertexOfCluster[s] = duplicateVertex(mesh, v);
      normals.emplace_back(0.0f);
    }
    for (std::uint32_t f : facesOf[v]) {
      const std::uint32_t target = vertexOfCluster[clusterOf[f]];
      normals[target] += faceNormal[f];
      for (int k = 0; k < 3; ++k)
        if (mesh.indices[3 * f + k] == v) mesh.indices[3 * f + k] = target;
    }
  }
  for (glm::vec3& n : normals) {
    const float len = glm::length(n);
    n = (len > 0.0f && std::isfinite(len)) ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
  }
  mesh.normals = std::move(normals);
}

double signedVolume(const Mesh& mesh) {
  double volume = 0.0;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const glm::dvec3 a(mesh.positions[mesh.indices[t]]);
    const glm::dvec3 b(mesh.positions[mesh.indices[t + 1]]);
    const glm::dvec3 c(mesh.positions[mesh.indices[t + 2]]);
    volume += glm::dot(a, glm::cross(b, c));
  }
  return volume / 6.0;
}

void orientOutward(Mesh& mesh) {
  if (signedVolume(mesh) >= 0.0) return;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) std::swap(mesh.indices[t + 1], mesh.indices[t + 2]);
}

}  // namespace myo
