#include "camera_controller.hpp"

#include <algorithm>
#include <cmath>

#include <glm/common.hpp>
#include <glm/exponential.hpp>
#include <glm/gtc/constants.hpp>

namespace myo::ui {

namespace {

// The same turn the short way round: yaw 350° to 10° passes through 0°, not 180°.
float nearestEquivalentAngle(float from, float to) {
  const float turn = glm::two_pi<float>();
  float delta = std::fmod(to - from, turn);
  if (delta > glm::pi<float>()) delta -= turn;
  if (delta < -glm::pi<float>()) delta += turn;
  return from + delta;
}

OrbitCamera blend(const OrbitCamera& a, const OrbitCamera& b, float t) {
  OrbitCamera c = b;
  c.target = glm::mix(a.target, b.target, t);
  // Distance blends geometrically, so zooming far in or out feels even.
  c.distance = a.distance * std::pow(b.distance / a.distance, t);
  c.yaw = glm::mix(a.yaw, b.yaw, t);
  c.pitch = glm::mix(a.pitch, b.pitch, t);
  c.farRatio = std::max(a.farRatio, b.farRatio);
  return c;
}

}  // namespace

void CameraController::moveTo(const OrbitCamera& destination, double now) {
  from_ = current_;
  to_ = destination;
  to_.yaw = nearestEquivalentAngle(from_.yaw, to_.yaw);
  start_ = now;
  moving_ = true;
}

void CameraController::jumpTo(const OrbitCamera& destination) {
  current_ = destination;
  moving_ = false;
}

bool CameraController::update(double now) {
  if (!moving_) return false;
  const double t = std::clamp((now - start_) / kTransitionSeconds, 0.0, 1.0);
  if (t >= 1.0) {
    current_ = to_;
    moving_ = false;
    return false;
  }
  const float eased = static_cast<float>(t * t * (3.0 - 2.0 * t));
  current_ = blend(from_, to_, eased);
  return true;
}

void CameraController::goTo(ViewPreset preset, const Bounds& box, float aspect, double now) {
  OrbitCamera destination = moving_ ? to_ : current_;
  destination.setView(preset);
  destination.frame(box, aspect);
  moveTo(destination, now);
}

void CameraController::frame(const Bounds& box, float aspect, double now, float margin) {
  OrbitCamera destination = moving_ ? to_ : current_;
  destination.frame(box, aspect, margin);
  moveTo(destination, now);
}

void CameraController::orbit(float deltaYawRadians, float deltaPitchRadians) {
  moving_ = false;
  current_.orbit(deltaYawRadians, deltaPitchRadians);
}

void CameraController::pan(glm::vec2 delta) {
  moving_ = false;
  current_.pan(delta.x, delta.y);
}

void CameraController::zoomToward(glm::vec2 cursorNdc, float factor, float aspect, std::optional<glm::vec3> pointUnderCursor) {
  moving_ = false;
  if (!pointUnderCursor) {
    current_.zoom(factor);
    return;
  }
  // The target slides along the line of sight to the depth of the point under the cursor (the
  // eye stays, so the picture does not change): the point is then on the target plane. Zooming
  // toward a point of the target plane keeps it still, where the body's surface in front of the
  // plane would slide off the screen, and the camera stops short of the surface it zooms to.
  const glm::vec3 forward = current_.forward();
  const float depth = glm::dot(*pointUnderCursor - current_.target, forward);  // < 0: in front of the target
  if (current_.distance + depth > 1e-3f) {
    current_.target += forward * depth;
    current_.distance += depth;
  }
  // The cursor's point on the target plane lies (ndc.x * aspect / 2, ndc.y / 2) visible heights
  // from the target; moving the target a share (1 - factor) of the way there keeps it in place.
  const float share = 1.0f - factor;
  current_.pan(cursorNdc.x * aspect * 0.5f * share, cursorNdc.y * 0.5f * share);
  current_.zoom(factor);
}

}  // namespace myo::ui
