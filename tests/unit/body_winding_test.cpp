// The renderer skips the far side of translucent body structures (ItemStyle::closedSurface).
// That is only right if every structure the body builder makes is a closed mesh whose triangles
// wind counter-clockwise seen from outside: a structure wound inside out would show its inside,
// and one with holes would show its empty back through them when ghosted. This checks both on
// the built-in body.
#include <cmath>
#include <map>
#include <tuple>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "atlas_fixture.hpp"

namespace {

struct SurfaceShape {
  double signedVolume = 0.0;   // positive when the triangles face outward
  double enclosedVolume = 0.0; // the same, whatever the winding
  std::size_t openEdges = 0;   // edges with one triangle only (after welding equal positions)
  std::size_t edges = 0;
};

SurfaceShape shapeOf(const myo::Mesh& mesh, const glm::mat4& world) {
  using Key = std::tuple<long, long, long>;
  std::map<Key, std::uint32_t> weld;
  std::vector<std::uint32_t> welded(mesh.positions.size());
  std::vector<glm::dvec3> points(mesh.positions.size());
  for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
    const glm::vec3 p = glm::vec3(world * glm::vec4(mesh.positions[v], 1.0f));
    points[v] = glm::dvec3(p);
    const Key key{std::lround(p.x * 1e5), std::lround(p.y * 1e5), std::lround(p.z * 1e5)};
    welded[v] = weld.emplace(key, static_cast<std::uint32_t>(weld.size())).first->second;
  }
  SurfaceShape shape;
  std::map<std::pair<std::uint32_t, std::uint32_t>, int> edgeUses;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t i[3] = {mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]};
    shape.signedVolume += glm::dot(points[i[0]], glm::cross(points[i[1]], points[i[2]])) / 6.0;
    for (int e = 0; e < 3; ++e) {
      std::uint32_t a = welded[i[e]], b = welded[i[(e + 1) % 3]];
      if (a == b) continue;
      if (a > b) std::swap(a, b);
      ++edgeUses[{a, b}];
    }
  }
  shape.enclosedVolume = std::abs(shape.signedVolume);
  shape.edges = edgeUses.size();
  for (const auto& [edge, uses] : edgeUses) shape.openEdges += uses == 1 ? 1 : 0;
  return shape;
}

TEST(BodyWinding, EveryStructureIsClosedAndFacesOutward) {
  const myo::test::LoadedAtlas& atlas = myo::test::builtInAtlas();
  ASSERT_TRUE(atlas.error.empty()) << atlas.error;
  const myo::Scene& scene = atlas.scene->scene;
  int structures = 0;
  for (const myo::Node& node : scene.nodes) {
    for (int part : node.parts) {
      const SurfaceShape shape = shapeOf(scene.parts[part].mesh, node.world);
      ++structures;
      EXPECT_GT(shape.signedVolume, 0.0) << node.name << " is wound inside out (signed volume "
                                         << shape.signedVolume << " m^3)";
      // Simplification leaves a few open edges where it pinched the thin tip of a fibre bundle
      // (up to about 30 on the biggest muscles, a millimetre or two each); a hole that shows
      // would open far more.
      EXPECT_LE(shape.openEdges, 40u) << node.name << " has " << shape.openEdges << " open edges of " << shape.edges;
    }
  }
  EXPECT_GT(structures, 180);  // 92 muscles on two sides, the bones and the skin
}

}  // namespace
