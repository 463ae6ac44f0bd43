#pragma once
// Axis-aligned bounding box in world units. An empty box (no point added) has min > max.

#include <glm/vec3.hpp>
#include <limits>

namespace myo {

struct Bounds {
  glm::vec3 min{std::numeric_limits<float>::max()};
  glm::vec3 max{std::numeric_limits<float>::lowest()};

  bool empty() const { return min.x > max.x; }
  glm::vec3 center() const { return (min + max) * 0.5f; }
  glm::vec3 size() const { return empty() ? glm::vec3(0.0f) : max - min; }
  void add(const glm::vec3& p);
  void add(const Bounds& other);
};

}  // namespace myo
