#include "body/shape_field.hpp"

#include <algorithm>

#include "myo/engine/distance_functions.hpp"

namespace myo::atlas {

float distance(const ShapePart& part, const glm::vec3& p) {
  switch (part.kind) {
    case ShapePart::Kind::Ellipsoid: return sdf::ellipsoid(p, part.points[0], part.semiAxes);
    case ShapePart::Kind::Capsule:
    case ShapePart::Kind::Tube: {
      float d = 1e9f;
      for (std::size_t i = 0; i + 1 < part.points.size(); ++i)
        d = std::min(d, sdf::roundCone(p, part.points[i], part.radii[i], part.points[i + 1], part.radii[i + 1]));
      return d;
    }
    case ShapePart::Kind::Plate: {
      float d = 1e9f;
      for (std::size_t i = 1; i + 1 < part.points.size(); ++i)
        d = std::min(d, sdf::triangle(p, part.points[0], part.points[i], part.points[i + 1]));
      return d - part.thickness * 0.5f;
    }
  }
  return 1e9f;
}

Bounds bounds(const ShapePart& part) {
  Bounds b;
  switch (part.kind) {
    case ShapePart::Kind::Ellipsoid:
      b.add(part.points[0] - part.semiAxes);
      b.add(part.points[0] + part.semiAxes);
      break;
    case ShapePart::Kind::Capsule:
    case ShapePart::Kind::Tube:
      for (std::size_t i = 0; i < part.points.size(); ++i) {
        b.add(part.points[i] - glm::vec3(part.radii[i]));
        b.add(part.points[i] + glm::vec3(part.radii[i]));
      }
      break;
    case ShapePart::Kind::Plate:
      for (const glm::vec3& p : part.points) {
        b.add(p - glm::vec3(part.thickness));
        b.add(p + glm::vec3(part.thickness));
      }
      break;
  }
  return b;
}

ShapePart mirrored(const ShapePart& part) {
  ShapePart m = part;
  for (glm::vec3& p : m.points) p = mirrorPoint(p);
  return m;
}

bool onMidline(const ShapePart& part) {
  return std::all_of(part.points.begin(), part.points.end(), [](const glm::vec3& p) { return p.x == 0.0f; });
}

std::vector<ShapePart> withMirroredParts(const std::vector<ShapePart>& parts) {
  std::vector<ShapePart> out = parts;
  for (const ShapePart& part : parts)
    if (!onMidline(part)) out.push_back(mirrored(part));
  return out;
}

}  // namespace myo::atlas
