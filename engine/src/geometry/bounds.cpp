#include "myo/engine/bounds.hpp"

#include <glm/common.hpp>

namespace myo {

void Bounds::add(const glm::vec3& p) {
  min = glm::min(min, p);
  max = glm::max(max, p);
}

void Bounds::add(const Bounds& other) {
  if (other.empty()) return;
  add(other.min);
  add(other.max);
}

}  // namespace myo
