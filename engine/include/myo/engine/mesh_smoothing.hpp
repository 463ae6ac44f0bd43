#pragma once
// Smoothing a triangle mesh in place: Taubin's lambda/mu smoothing (a Laplacian step followed by
// a slightly larger negative one, so the surface loses its noise without shrinking), and smooth
// vertex normals without crease splitting (for generated organic surfaces, where every edge is
// smooth and vertex counts must not change).

#include "myo/engine/mesh.hpp"

namespace myo {

// Each vertex moves toward the average of its edge neighbours. Vertices on open boundaries stay.
void taubinSmooth(Mesh& mesh, int iterations, float lambda = 0.5f, float mu = -0.53f);

// Area-weighted face normals averaged at each vertex; replaces mesh.normals.
void computeSmoothNormals(Mesh& mesh);

}  // namespace myo
