// The orbit camera: presets look from where an anatomist expects, framing fits the box tightly.
#include <gtest/gtest.h>

#include <glm/geometric.hpp>

#include "myo/engine/camera.hpp"

namespace {

using myo::OrbitCamera;
using myo::ViewPreset;

glm::vec3 eyeDirection(ViewPreset preset) {
  OrbitCamera camera;
  camera.setView(preset);
  return glm::normalize(camera.eye() - camera.target);
}

TEST(Camera, PresetsPlaceTheEyeOnTheNamedSideOfTheBody) {
  // Body frame: the person faces +Z and their left is +X.
  EXPECT_GT(eyeDirection(ViewPreset::Anterior).z, 0.99f);
  EXPECT_LT(eyeDirection(ViewPreset::Posterior).z, -0.99f);
  EXPECT_GT(eyeDirection(ViewPreset::Left).x, 0.99f);
  EXPECT_LT(eyeDirection(ViewPreset::Right).x, -0.99f);
  EXPECT_GT(eyeDirection(ViewPreset::Superior).y, 0.99f);
}

TEST(Camera, AnteriorViewShowsThePersonsLeftOnTheRightOfThePicture) {
  OrbitCamera camera;
  camera.setView(ViewPreset::Anterior);
  const glm::mat4 clip = camera.projection(1.0f) * camera.view();
  const glm::vec4 left = clip * glm::vec4(0.3f, 0.0f, 0.0f, 1.0f);
  EXPECT_GT(left.x / left.w, 0.0f);
}

TEST(Camera, SuperiorViewHasAWellDefinedUpVector) {
  OrbitCamera camera;
  camera.setView(ViewPreset::Superior);
  const glm::mat4 view = camera.view();
  for (int c = 0; c < 4; ++c)
    for (int r = 0; r < 4; ++r) EXPECT_TRUE(std::isfinite(view[c][r]));
}

TEST(Camera, PresetNamesRoundTrip) {
  for (const char* name : {"anterior", "posterior", "left", "right", "superior"}) {
    const auto preset = myo::parseViewPreset(name);
    ASSERT_TRUE(preset.has_value()) << name;
    EXPECT_EQ(myo::toString(*preset), name);
  }
  EXPECT_FALSE(myo::parseViewPreset("frontal").has_value());
}

// Projects the eight corners and returns the largest |x| and |y| in normalised device coordinates.
glm::vec2 cornerExtent(const OrbitCamera& camera, const myo::Bounds& box, float aspect) {
  const glm::mat4 clip = camera.projection(aspect) * camera.view();
  glm::vec2 extent(0.0f);
  for (int i = 0; i < 8; ++i) {
    const glm::vec4 p((i & 1) ? box.max.x : box.min.x, (i & 2) ? box.max.y : box.min.y,
                      (i & 4) ? box.max.z : box.min.z, 1.0f);
    const glm::vec4 c = clip * p;
    EXPECT_GT(c.w, 0.0f) << "corner " << i << " is behind the camera";
    extent = glm::max(extent, glm::abs(glm::vec2(c) / c.w));
  }
  return extent;
}

TEST(Camera, FramingFitsATallBoxTightlyInEveryView) {
  myo::Bounds body;
  body.add({-0.3f, 0.0f, -0.15f});
  body.add({0.3f, 1.75f, 0.15f});
  for (ViewPreset preset : {ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Left,
                            ViewPreset::Right, ViewPreset::Superior}) {
    OrbitCamera camera;
    camera.setView(preset);
    camera.frame(body, 16.0f / 9.0f);
    const glm::vec2 extent = cornerExtent(camera, body, 16.0f / 9.0f);
    EXPECT_LE(extent.x, 1.0f) << toString(preset);
    EXPECT_LE(extent.y, 1.0f) << toString(preset);
    // Tight: the limiting direction fills at least 85% of the half-screen.
    EXPECT_GT(std::max(extent.x, extent.y), 0.85f) << toString(preset);
  }
}

TEST(Camera, OrbitClampsPitchShortOfThePoles) {
  OrbitCamera camera;
  camera.orbit(0.0f, 10.0f);
  EXPECT_LT(camera.pitch, 1.5708f);
  camera.orbit(0.0f, -20.0f);
  EXPECT_GT(camera.pitch, -1.5708f);
}

TEST(Camera, ZoomAndPanMoveTheCameraAsAsked) {
  OrbitCamera camera;
  camera.distance = 2.0f;
  camera.zoom(0.5f);
  EXPECT_FLOAT_EQ(camera.distance, 1.0f);
  camera.pan(0.25f, 0.0f);  // a quarter of the visible height to the right
  EXPECT_GT(camera.target.x, 0.0f);
  EXPECT_NEAR(camera.target.y, 0.0f, 1e-6f);
}

}  // namespace
