#include "body/bone_builder.hpp"

#include <algorithm>

#include "myo/engine/distance_functions.hpp"
#include "myo/engine/mesh_smoothing.hpp"
#include "myo/engine/polygonize.hpp"
#include "myo/engine/sdf_grid.hpp"
#include "body/shape_field.hpp"

namespace myo::atlas {

Mesh buildBoneMesh(const std::vector<ShapePart>& parts, const std::vector<ShapePart>& carve, float spacing) {
  // Blend radius: enough to fillet the joins, small against the bone's features.
  const float blend = 0.004f;
  const float band = std::max(3.0f * spacing, 2.0f * blend);
  Bounds box;
  for (const ShapePart& part : parts) box.add(bounds(part));
  box.add(box.min - glm::vec3(band));
  box.add(box.max + glm::vec3(band));
  SdfGrid grid(box, spacing, band);
  for (const ShapePart& part : parts)
    grid.combine(bounds(part), band, [&](const glm::vec3& p) { return distance(part, p); },
                 [&](float a, float b) { return sdf::smoothUnion(a, b, blend); });
  // After every part: a hollow cuts through whatever parts it overlaps.
  for (const ShapePart& hollow : carve)
    grid.combine(bounds(hollow), band, [&](const glm::vec3& p) { return distance(hollow, p); },
                 [&](float a, float b) { return sdf::smoothSubtraction(a, b, blend); });
  Mesh mesh = polygonize(grid, 0.0f);
  taubinSmooth(mesh, 3);
  computeSmoothNormals(mesh);
  return mesh;
}

}  // namespace myo::atlas
