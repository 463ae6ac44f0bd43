#pragma once
// inspectSolid: is a surface a proper solid? Counts what would make it not one: edges used by one
// triangle only or by more than two (after welding positions that coincide), and pairs of triangles
// that cut through each other. A surface made of several meshes (a muscle's belly and tendons) is
// inspected as one. Also gives the volume it encloses.
//
//   myo::SolidReport report = myo::inspectSolid({&belly, &tendon});
//   if (report.isSolid()) use(report.volume);
//
// Not here: repairing what it finds, or telling which side of a surface is inside (signedVolume
// in mesh.hpp says whether the whole winds outward).

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "myo/engine/mesh.hpp"

namespace myo {

struct SolidReport {
  std::size_t triangles = 0;
  std::size_t openEdges = 0;           // used by one triangle: a hole's rim
  std::size_t overusedEdges = 0;       // used by three triangles or more: a fin or a pinch
  std::size_t intersectingPairs = 0;   // triangles with no corner in common that cut each other
  double volume = 0.0;                 // signed: positive when the triangles wind outward

  bool isSolid() const { return openEdges == 0 && overusedEdges == 0 && intersectingPairs == 0; }
};

// `weldTolerance`: positions closer than this are one vertex (the pieces of one structure are cut
// from one mesh, so their shared rims coincide exactly; the tolerance absorbs float noise).
SolidReport inspectSolid(const std::vector<const Mesh*>& pieces, float weldTolerance = 1e-6f);

// The pairs of triangles (indices t of mesh.indices[3t..3t+2], the lower first, sorted) that
// inspectSolid counts as cutting each other. With `touching` (a flag per vertex), only the pairs
// in which a triangle has a flagged corner: after moving some vertices, the pairs that may have
// changed.
std::vector<std::pair<std::uint32_t, std::uint32_t>> crossingTriangles(const Mesh& mesh, float weldTolerance = 1e-6f,
                                                                       const std::vector<char>* touching = nullptr);

}  // namespace myo
