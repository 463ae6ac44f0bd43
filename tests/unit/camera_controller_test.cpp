// The camera as the window drives it: zooming toward the cursor keeps the point under it in
// place, and transitions end exactly where they were sent, turning the short way round.
#include <gtest/gtest.h>

#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>
#include <glm/trigonometric.hpp>

#include "camera_controller.hpp"

namespace {

using myo::OrbitCamera;
using myo::ui::CameraController;

// Where a world point lands on screen, -1..1 with y up.
glm::vec2 project(const OrbitCamera& camera, float aspect, const glm::vec3& point) {
  const glm::vec4 clip = camera.projection(aspect) * camera.view() * glm::vec4(point, 1.0f);
  return glm::vec2(clip) / clip.w;
}

myo::Bounds body() {
  myo::Bounds box;
  box.add({-0.3f, 0.0f, -0.15f});
  box.add({0.3f, 1.8f, 0.15f});
  return box;
}

// A controller showing the whole body.
CameraController onTheBody(float aspect) {
  CameraController controller;
  OrbitCamera start;
  start.frame(body(), aspect);
  controller.jumpTo(start);
  return controller;
}

TEST(CameraController, ZoomingTowardTheCursorKeepsThePointUnderItInPlace) {
  constexpr float kAspect = 0.8f;
  CameraController controller;
  OrbitCamera start;
  start.frame(body(), kAspect);
  controller.jumpTo(start);
  const glm::vec2 cursor{0.5f, 0.6f};
  // The point of the target plane under the cursor.
  const OrbitCamera& c = controller.current();
  const float tanV = std::tan(c.verticalFovRadians * 0.5f);
  const glm::vec3 up{0.0f, 1.0f, 0.0f};
  const glm::vec3 right = glm::cross(c.forward(), up);
  const glm::vec3 underCursor = c.target + right * (cursor.x * tanV * kAspect * c.distance) + up * (cursor.y * tanV * c.distance);
  ASSERT_NEAR(glm::distance(project(c, kAspect, underCursor), cursor), 0.0f, 1e-4f);

  controller.zoomToward(cursor, 0.5f, kAspect, underCursor);
  EXPECT_NEAR(controller.current().distance, start.distance * 0.5f, 1e-5f);
  EXPECT_NEAR(glm::distance(project(controller.current(), kAspect, underCursor), cursor), 0.0f, 1e-4f);
}

// The face lies in front of the body's middle: zooming toward it keeps it under the cursor, step
// after step, where keeping the point of the target plane would let it slide off the screen, and
// the camera never reaches it.
TEST(CameraController, ZoomingTowardAPointInFrontOfTheTargetKeepsItUnderTheCursor) {
  constexpr float kAspect = 0.8f;
  CameraController controller = onTheBody(kAspect);
  const glm::vec3 face{0.0f, 1.65f, 0.12f};
  const glm::vec2 cursor = project(controller.current(), kAspect, face);
  for (int step = 0; step < 30; ++step) {
    controller.zoomToward(cursor, 0.85f, kAspect, face);
    ASSERT_NEAR(glm::distance(project(controller.current(), kAspect, face), cursor), 0.0f, 1e-3f) << "step " << step;
    ASSERT_GT(glm::dot(face - controller.current().eye(), controller.current().forward()), 0.0f) << "step " << step;
  }
}

// Over nothing, the view zooms about its middle: the body in it stays in it.
TEST(CameraController, ZoomingOverNothingKeepsTheTarget) {
  CameraController controller = onTheBody(1.0f);
  const OrbitCamera start = controller.current();
  controller.zoomToward({0.95f, 0.0f}, 0.5f, 1.0f, std::nullopt);
  EXPECT_NEAR(glm::distance(controller.current().target, start.target), 0.0f, 1e-6f);
  EXPECT_NEAR(controller.current().distance, start.distance * 0.5f, 1e-5f);
}

TEST(CameraController, ATransitionMovesSmoothlyAndEndsAtItsDestination) {
  CameraController controller;
  OrbitCamera start;
  start.frame(body(), 1.0f);
  controller.jumpTo(start);
  controller.goTo(myo::ViewPreset::Posterior, body(), 1.0f, 10.0);
  EXPECT_TRUE(controller.update(10.0 + CameraController::kTransitionSeconds / 2));
  const float halfway = controller.current().yaw;
  EXPECT_GT(std::abs(halfway), 0.3f);
  EXPECT_LT(std::abs(halfway), glm::pi<float>() - 0.3f);
  EXPECT_FALSE(controller.update(10.0 + CameraController::kTransitionSeconds + 0.01));
  EXPECT_FALSE(controller.moving());
  OrbitCamera posterior = start;
  posterior.setView(myo::ViewPreset::Posterior);
  EXPECT_NEAR(std::cos(controller.current().yaw), std::cos(posterior.yaw), 1e-5f);
}

TEST(CameraController, TurningToANearbyViewTakesTheShortWayRound) {
  CameraController controller;
  OrbitCamera start;
  start.yaw = glm::radians(350.0f);
  controller.jumpTo(start);
  OrbitCamera destination = start;
  destination.yaw = glm::radians(10.0f);
  controller.moveTo(destination, 0.0);
  controller.update(CameraController::kTransitionSeconds / 2);
  EXPECT_NEAR(glm::degrees(controller.current().yaw), 360.0f, 1.0f);
}

TEST(CameraController, DraggingStopsATransition) {
  CameraController controller;
  controller.goTo(myo::ViewPreset::Left, body(), 1.0f, 0.0);
  ASSERT_TRUE(controller.moving());
  controller.orbit(0.1f, 0.0f);
  EXPECT_FALSE(controller.moving());
}

}  // namespace
