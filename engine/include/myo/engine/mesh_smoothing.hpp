#pragma once
// Smoothing a triangle mesh in place: Taubin's lambda/mu smoothing (a Laplacian step followed by
// a slightly larger negative one, so the surface loses its noise without shrinking), and smooth
// vertex normals without crease splitting (for generated organic surfaces, where every edge is
// smooth and vertex counts must not change).

#include <cstddef>

#include "myo/engine/mesh.hpp"

namespace myo {

// Each vertex moves toward the average of its edge neighbours. Vertices on open boundaries stay.
void taubinSmooth(Mesh& mesh, int iterations, float lambda = 0.5f, float mu = -0.53f);

// Untangles a closed surface that cuts through itself (a lofted tube folding on the inside of a
// bend, a thin lens whose two faces pass through each other): while triangles cross
// (crossingTriangles, solid_check.hpp), the corners of the crossing triangles and their neighbours
// (one ring, one more every six rounds) move halfway toward the average of their neighbours, four
// times a round, for at most `rounds` rounds. Only those vertices move; the connectivity and vertex
// count stay, and vertices on open edges stay put. The mesh is left as it was at the round with the
// fewest crossings (smoothing a thin part over a wide region can bring its faces through each
// other), never worse than it came. Returns the pairs still crossing.
std::size_t relaxCrossings(Mesh& mesh, int rounds = 40);

// Area-weighted face normals averaged at each vertex; replaces mesh.normals.
void computeSmoothNormals(Mesh& mesh);

}  // namespace myo
