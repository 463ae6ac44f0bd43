#include "myo/engine/mesh_smoothing.hpp"

#include <algorithm>
#include <glm/geometric.hpp>

#include "myo/engine/solid_check.hpp"

namespace myo {

namespace {

// Neighbours of every vertex in compressed rows (offsets, list), sorted and unique.
struct Adjacency {
  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> list;
  std::vector<char> boundary;
};

Adjacency buildAdjacency(const Mesh& mesh) {
  const std::size_t n = mesh.positions.size();
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edges;
  edges.reserve(mesh.indices.size() * 2);
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
    for (int e = 0; e < 3; ++e) {
      const std::uint32_t a = mesh.indices[t + static_cast<std::size_t>(e)];
      const std::uint32_t b = mesh.indices[t + static_cast<std::size_t>((e + 1) % 3)];
      edges.emplace_back(a, b);
      edges.emplace_back(b, a);
    }
  std::sort(edges.begin(), edges.end());
  Adjacency adj;
  adj.offsets.assign(n + 1, 0);
  adj.boundary.assign(n, 0);
  // An edge used by one triangle appears once in each direction; shared edges appear twice.
  for (std::size_t i = 0; i < edges.size();) {
    std::size_t j = i;
    while (j < edges.size() && edges[j] == edges[i]) ++j;
    if (j - i == 1) adj.boundary[edges[i].first] = 1;
    adj.list.push_back(edges[i].second);
    ++adj.offsets[edges[i].first + 1];
    i = j;
  }
  for (std::size_t v = 0; v < n; ++v) adj.offsets[v + 1] += adj.offsets[v];
  return adj;
}

void laplacianStep(Mesh& mesh, const Adjacency& adj, float factor, std::vector<glm::vec3>& scratch) {
  const std::size_t n = mesh.positions.size();
  scratch = mesh.positions;
  for (std::size_t v = 0; v < n; ++v) {
    const std::uint32_t begin = adj.offsets[v], end = adj.offsets[v + 1];
    if (begin == end || adj.boundary[v]) continue;
    glm::vec3 sum(0.0f);
    for (std::uint32_t k = begin; k < end; ++k) sum += mesh.positions[adj.list[k]];
    const glm::vec3 average = sum / float(end - begin);
    scratch[v] = mesh.positions[v] + factor * (average - mesh.positions[v]);
  }
  std::swap(mesh.positions, scratch);
}

}  // namespace

void taubinSmooth(Mesh& mesh, int iterations, float lambda, float mu) {
  if (iterations <= 0 || mesh.positions.empty()) return;
  const Adjacency adj = buildAdjacency(mesh);
  std::vector<glm::vec3> scratch;
  for (int i = 0; i < iterations; ++i) {
    laplacianStep(mesh, adj, lambda, scratch);
    laplacianStep(mesh, adj, mu, scratch);
  }
}

std::size_t relaxCrossings(Mesh& mesh, int rounds) {
  if (mesh.positions.empty()) return 0;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs = crossingTriangles(mesh);
  if (pairs.empty()) return 0;
  const Adjacency adj = buildAdjacency(mesh);
  const std::size_t n = mesh.positions.size();
  std::vector<char> marked(n), grown(n);
  std::vector<glm::vec3> scratch;
  // The fewest crossings seen, and where the vertices were then: smoothing a thin part can bring
  // its two faces through each other, and the surface is never left worse than it was.
  std::size_t fewest = pairs.size();
  std::vector<glm::vec3> best = mesh.positions;
  for (int round = 0; round < rounds && !pairs.empty(); ++round) {
    // The corners of every crossing triangle, grown by a ring of neighbours (more as the rounds
    // go on, for a fold too deep to smooth out from its own corners).
    std::fill(marked.begin(), marked.end(), 0);
    for (const auto& [s, t] : pairs)
      for (std::uint32_t tri : {s, t})
        for (int c = 0; c < 3; ++c) marked[mesh.indices[3 * std::size_t(tri) + std::size_t(c)]] = 1;
    for (int ring = 0; ring < 1 + round / 6; ++ring) {
      grown = marked;
      for (std::size_t v = 0; v < n; ++v)
        if (marked[v])
          for (std::uint32_t k = adj.offsets[v]; k < adj.offsets[v + 1]; ++k) grown[adj.list[k]] = 1;
      std::swap(marked, grown);
    }
    for (int step = 0; step < 4; ++step) {
      scratch = mesh.positions;
      for (std::size_t v = 0; v < n; ++v) {
        const std::uint32_t begin = adj.offsets[v], end = adj.offsets[v + 1];
        if (!marked[v] || begin == end || adj.boundary[v]) continue;
        glm::vec3 sum(0.0f);
        for (std::uint32_t k = begin; k < end; ++k) sum += mesh.positions[adj.list[k]];
        scratch[v] = glm::mix(mesh.positions[v], sum / float(end - begin), 0.5f);
      }
      std::swap(mesh.positions, scratch);
    }
    // Only a triangle with a moved corner can have begun or stopped crossing; every crossing
    // triangle had its corners moved.
    pairs = crossingTriangles(mesh, 1e-6f, &marked);
    if (pairs.size() < fewest) {
      fewest = pairs.size();
      best = mesh.positions;
    }
  }
  if (pairs.size() > fewest) mesh.positions = std::move(best);
  return fewest;
}

void computeSmoothNormals(Mesh& mesh) {
  std::vector<glm::vec3> normals(mesh.positions.size(), glm::vec3(0.0f));
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
    const glm::vec3 n = glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a]);
    normals[a] += n;
    normals[b] += n;
    normals[c] += n;
  }
  for (glm::vec3& n : normals) {
    const float len = glm::length(n);
    n = len > 1e-20f ? n / len : glm::vec3(0.0f, 1.0f, 0.0f);
  }
  mesh.normals = std::move(normals);
}

}  // namespace myo
