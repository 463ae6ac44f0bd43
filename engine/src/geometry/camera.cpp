#include "myo/engine/camera.hpp"

#include <algorithm>
#include <cmath>
#include <glm/ext/matrix_clip_space.hpp>
#include <glm/ext/matrix_transform.hpp>
#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>

namespace myo {

namespace {
constexpr float kHalfPi = glm::half_pi<float>();
constexpr float kMaxPitch = kHalfPi - 1e-4f;
}  // namespace

void OrbitCamera::setView(ViewPreset preset) {
  pitch = 0.0f;
  switch (preset) {
    case ViewPreset::Anterior: yaw = 0.0f; break;
    case ViewPreset::Posterior: yaw = glm::pi<float>(); break;
    case ViewPreset::Left: yaw = kHalfPi; break;    // the person's left is +X
    case ViewPreset::Right: yaw = -kHalfPi; break;
    case ViewPreset::Superior: yaw = 0.0f; pitch = kMaxPitch; break;
  }
}

glm::vec3 OrbitCamera::forward() const {
  const glm::vec3 toEye(std::sin(yaw) * std::cos(pitch), std::sin(pitch), std::cos(yaw) * std::cos(pitch));
  return -toEye;
}

glm::vec3 OrbitCamera::eye() const { return target - forward() * distance; }

namespace {
// The camera's up vector: the derivative of the eye direction with respect to pitch, which stays
// well defined even when looking straight down.
glm::vec3 upVector(float yaw, float pitch) {
  return {-std::sin(yaw) * std::sin(pitch), std::cos(pitch), -std::cos(yaw) * std::sin(pitch)};
}
}  // namespace

glm::mat4 OrbitCamera::view() const { return glm::lookAt(eye(), target, upVector(yaw, pitch)); }

glm::mat4 OrbitCamera::projection(float aspect) const {
  const float nearPlane = std::max(distance * nearRatio, 1e-4f);
  const float farPlane = std::max(distance * farRatio, nearPlane * 2.0f);
  return glm::perspective(verticalFovRadians, aspect, nearPlane, farPlane);
}

void OrbitCamera::frame(const Bounds& box, float aspect, float margin) {
  if (box.empty()) return;
  target = box.center();
  const glm::vec3 f = forward();
  const glm::vec3 up = upVector(yaw, pitch);
  const glm::vec3 right = glm::cross(f, up);
  const float tanV = std::tan(verticalFovRadians * 0.5f);
  const float tanH = tanV * aspect;
  float needed = 0.0f;
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec3 p((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                      (corner & 4) ? box.max.z : box.min.z);
    const glm::vec3 d = p - target;
    const float towardEye = -glm::dot(d, f);  // how far the corner sits in front of the target
    // The margin widens the picture, not the depth, so deep boxes are framed as tightly as flat ones.
    needed = std::max(needed, towardEye + margin * std::abs(glm::dot(d, right)) / tanH);
    needed = std::max(needed, towardEye + margin * std::abs(glm::dot(d, up)) / tanV);
  }
  distance = std::max(needed, 1e-3f);
  // Keep the far plane beyond the back of the box.
  farRatio = std::max(10.0f, 2.0f + glm::length(box.size()) / distance * 2.0f);
}

void OrbitCamera::orbit(float deltaYaw, float deltaPitch) {
  yaw += deltaYaw;
  pitch = std::clamp(pitch + deltaPitch, -kMaxPitch, kMaxPitch);
}

void OrbitCamera::zoom(float factor) { distance = std::max(distance * factor, 1e-3f); }

void OrbitCamera::pan(float dxFraction, float dyFraction) {
  const glm::vec3 f = forward();
  const glm::vec3 up = upVector(yaw, pitch);
  const glm::vec3 right = glm::cross(f, up);
  const float visibleHeight = 2.0f * distance * std::tan(verticalFovRadians * 0.5f);
  target += (right * dxFraction + up * dyFraction) * visibleHeight;
}

}  // namespace myo
