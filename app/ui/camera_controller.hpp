#pragma once
// The camera as the user drives it: orbit, pan, zoom toward the point under the cursor, view
// presets and framing, with smooth transitions between where the camera is and where it is told
// to go. Pure math on OrbitCamera (no GLFW, no ImGui), so it is unit-tested.
//
//   CameraController camera;
//   camera.goTo(ViewPreset::Posterior, body, aspect, now);   // starts a transition
//   while (camera.update(now)) draw(camera.current());

#include <optional>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "myo/engine/bounds.hpp"
#include "myo/engine/camera.hpp"

namespace myo::ui {

class CameraController {
 public:
  static constexpr double kTransitionSeconds = 0.35;

  const OrbitCamera& current() const { return current_; }
  bool moving() const { return moving_; }

  // Advances a transition to the time `now` (seconds); true while it is still under way.
  bool update(double now);

  // Starts a transition from the current camera to `destination`.
  void moveTo(const OrbitCamera& destination, double now);
  void jumpTo(const OrbitCamera& destination);

  void goTo(ViewPreset preset, const Bounds& box, float aspect, double now);
  // Keeps the direction of view; margin > 1 leaves room around the box.
  void frame(const Bounds& box, float aspect, double now, float margin = 1.08f);

  // Direct manipulation stops any transition.
  void orbit(float deltaYawRadians, float deltaPitchRadians);
  void pan(glm::vec2 deltaFractionOfHeight);
  // cursor: -1..1 across the view, y up. The point of the body under the cursor (pointUnderCursor,
  // from a pick) stays under it, and the camera never passes through it; over nothing, the view
  // zooms about its centre, so the body never leaves it.
  void zoomToward(glm::vec2 cursorNdc, float factor, float aspect, std::optional<glm::vec3> pointUnderCursor);

 private:
  OrbitCamera current_;
  OrbitCamera from_, to_;
  double start_ = 0.0;
  bool moving_ = false;
};

}  // namespace myo::ui
