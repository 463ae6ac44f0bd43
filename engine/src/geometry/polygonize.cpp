#include "myo/engine/polygonize.hpp"

#include <array>
#include <cstdint>
#include <glm/common.hpp>
#include <glm/geometric.hpp>

namespace myo {

namespace {

constexpr std::uint32_t kNone = UINT32_MAX;

// The 12 edges of a cube as pairs of corners (corner bits: x = 1, y = 2, z = 4).
constexpr std::array<std::array<int, 2>, 12> kEdges = {{
    {0, 1}, {2, 3}, {4, 5}, {6, 7}, {0, 2}, {1, 3}, {4, 6}, {5, 7}, {0, 4}, {1, 5}, {2, 6}, {3, 7},
}};

glm::ivec3 corner(int c) { return {c & 1, (c >> 1) & 1, (c >> 2) & 1}; }

}  // namespace

Mesh polygonize(const SdfGrid& grid, float iso) {
  Mesh mesh;
  const glm::ivec3 n = grid.size();
  if (n.x < 2 || n.y < 2 || n.z < 2) return mesh;
  const glm::ivec3 cells = n - glm::ivec3(1);
  const auto cellIndex = [&](int i, int j, int k) {
    return (static_cast<std::size_t>(k) * static_cast<std::size_t>(cells.y) + static_cast<std::size_t>(j)) *
               static_cast<std::size_t>(cells.x) + static_cast<std::size_t>(i);
  };
  std::vector<std::uint32_t> cellVertex(static_cast<std::size_t>(cells.x) * cells.y * cells.z, kNone);

  // One vertex per cell with corners on both sides.
  for (int k = 0; k < cells.z; ++k)
    for (int j = 0; j < cells.y; ++j)
      for (int i = 0; i < cells.x; ++i) {
        std::array<float, 8> v{};
        int inside = 0;
        for (int c = 0; c < 8; ++c) {
          const glm::ivec3 o = corner(c);
          v[static_cast<std::size_t>(c)] = grid.at(i + o.x, j + o.y, k + o.z);
          inside += v[static_cast<std::size_t>(c)] < iso ? 1 : 0;
        }
        if (inside == 0 || inside == 8) continue;
        glm::vec3 sum(0.0f);
        int crossings = 0;
        for (const auto& e : kEdges) {
          const float a = v[static_cast<std::size_t>(e[0])], b = v[static_cast<std::size_t>(e[1])];
          if ((a < iso) == (b < iso)) continue;
          const float t = glm::clamp((iso - a) / (b - a), 0.0f, 1.0f);
          sum += glm::mix(glm::vec3(corner(e[0])), glm::vec3(corner(e[1])), t);
          ++crossings;
        }
        cellVertex[cellIndex(i, j, k)] = static_cast<std::uint32_t>(mesh.positions.size());
        mesh.positions.push_back(grid.point(i, j, k) + (sum / float(crossings)) * grid.spacing());
      }

  // One quad per crossed grid edge, joining the four cells around it.
  const auto emit = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c, std::uint32_t d, const glm::vec3& outward) {
    if (a == kNone || b == kNone || c == kNone || d == kNone) return;
    const glm::vec3 pa = mesh.positions[a], pb = mesh.positions[b], pc = mesh.positions[c], pd = mesh.positions[d];
    std::array<std::uint32_t, 6> tri;
    if (glm::length(pa - pc) <= glm::length(pb - pd)) tri = {a, b, c, a, c, d};
    else tri = {a, b, d, b, c, d};
    const glm::vec3 normal = glm::cross(pb - pa, pc - pa) + glm::cross(pc - pa, pd - pa);
    if (glm::dot(normal, outward) < 0.0f)
      for (std::size_t t = 0; t < 6; t += 3) std::swap(tri[t + 1], tri[t + 2]);
    mesh.indices.insert(mesh.indices.end(), tri.begin(), tri.end());
  };
  for (int k = 0; k < n.z; ++k)
    for (int j = 0; j < n.y; ++j)
      for (int i = 0; i < n.x; ++i) {
        const bool in0 = grid.at(i, j, k) < iso;
        for (int axis = 0; axis < 3; ++axis) {
          glm::ivec3 p1(i, j, k);
          p1[axis] += 1;
          if (p1[axis] >= n[axis]) continue;
          const bool in1 = grid.at(p1.x, p1.y, p1.z) < iso;
          if (in0 == in1) continue;
          // The other two axes index the four cells around the edge.
          const int u = (axis + 1) % 3, w = (axis + 2) % 3;
          glm::ivec3 base(i, j, k);
          if (base[u] < 1 || base[w] < 1 || base[u] >= n[u] - 1 || base[w] >= n[w] - 1) continue;
          const auto cellAt = [&](int du, int dw) {
            glm::ivec3 c = base;
            c[u] += du;
            c[w] += dw;
            return cellVertex[cellIndex(c.x, c.y, c.z)];
          };
          glm::vec3 outward(0.0f);
          outward[axis] = in0 ? 1.0f : -1.0f;
          emit(cellAt(-1, -1), cellAt(0, -1), cellAt(0, 0), cellAt(-1, 0), outward);
        }
      }
  return mesh;
}

}  // namespace myo
