// Rendering a real glTF file headless: the lit, framed cube of BoxTextured.glb.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "fixtures.hpp"
#include "golden.hpp"
#include "headless.hpp"
#include "myo/engine/model_loader.hpp"
#include "myo/engine/snapshot.hpp"
#include "run_command.hpp"

namespace {

using myo::test::HeadlessTest;

class BoxRender : public HeadlessTest {
 protected:
  void SetUp() override {
    HeadlessTest::SetUp();
    MYO_REQUIRE_FIXTURES();
    auto loaded = myo::loadModel(std::filesystem::path(myo::test::fixturesDir()) / "gltf/BoxTextured.glb");
    ASSERT_TRUE(loaded) << loaded.error().message;
    scene = std::move(*loaded);
  }
  myo::Scene scene;
};

// The background colour of FrameStyle, display-encoded.
bool isBackground(const std::uint8_t* p) {
  return std::abs(p[0] - 41) <= 2 && std::abs(p[1] - 46) <= 2 && std::abs(p[2] - 54) <= 2;
}

TEST_F(BoxRender, AnteriorMatchesGolden) {
  auto image = myo::renderSnapshot(scene, {.view = myo::ViewPreset::Anterior, .width = 320, .height = 240});
  ASSERT_TRUE(image) << image.error().message;
  EXPECT_TRUE(myo::test::matchesGolden(*image, "box_anterior"));
}

TEST_F(BoxRender, ThreeQuarterViewMatchesGolden) {
  auto image = myo::renderSnapshot(
      scene, {.view = myo::ViewPreset::Anterior, .width = 320, .height = 240, .orbitYaw = 0.6f, .orbitPitch = 0.45f});
  ASSERT_TRUE(image) << image.error().message;
  EXPECT_TRUE(myo::test::matchesGolden(*image, "box_three_quarter"));
}

TEST_F(BoxRender, CubeIsFramedInTheMiddleAndFillsTheHeight) {
  auto image = myo::renderSnapshot(scene, {.view = myo::ViewPreset::Anterior, .width = 320, .height = 240});
  ASSERT_TRUE(image) << image.error().message;
  int top = image->height, bottom = -1, left = image->width, right = -1;
  for (int y = 0; y < image->height; ++y)
    for (int x = 0; x < image->width; ++x)
      if (!isBackground(image->at(x, y))) {
        top = std::min(top, y); bottom = std::max(bottom, y);
        left = std::min(left, x); right = std::max(right, x);
      }
  ASSERT_GE(bottom, 0) << "nothing was drawn";
  // The face-on cube is a square that fills most of the height, centred.
  const int height = bottom - top + 1;
  const int width = right - left + 1;
  EXPECT_GT(height, image->height * 0.75);
  EXPECT_LE(height, image->height);
  EXPECT_NEAR(width, height, 4);
  EXPECT_NEAR((left + right) / 2.0, image->width / 2.0, 3.0);
  EXPECT_NEAR((top + bottom) / 2.0, image->height / 2.0, 3.0);
}

TEST_F(BoxRender, FacesAreShadedByHowTheyMeetTheLight) {
  // In a three-quarter view from above, the top face (toward the key light) is brighter than the
  // side face on the viewer's right (toward the dim fill light), though both carry the same texture.
  auto image = myo::renderSnapshot(
      scene, {.view = myo::ViewPreset::Anterior, .width = 320, .height = 240, .orbitYaw = -0.6f, .orbitPitch = 0.45f});
  ASSERT_TRUE(image) << image.error().message;
  auto meanLuminance = [&](int x0, int y0) {
    double sum = 0.0;
    for (int y = y0 - 3; y <= y0 + 3; ++y)
      for (int x = x0 - 3; x <= x0 + 3; ++x) {
        const std::uint8_t* p = image->at(x, y);
        sum += 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
      }
    return sum / 49.0;
  };
  // Find the cube's extent, then sample inside the top face and inside the right-hand side face.
  int top = image->height, bottom = -1;
  for (int y = 0; y < image->height; ++y)
    if (!isBackground(image->at(image->width / 2, y))) { top = std::min(top, y); bottom = std::max(bottom, y); }
  ASSERT_GT(bottom, top);
  const double topFace = meanLuminance(image->width / 2, top + (bottom - top) / 8);
  const double frontFace = meanLuminance(image->width / 2 + (bottom - top) / 5, top + (bottom - top) * 2 / 3);
  EXPECT_GT(topFace, 30.0);
  EXPECT_GT(frontFace, 30.0);
  EXPECT_GT(std::abs(topFace - frontFace), 8.0) << "faces at different angles to the light look the same";
}

// The extent of what is not background: {left, top, right, bottom}, or left > right when empty.
std::array<int, 4> drawnExtent(const myo::Image& image) {
  std::array<int, 4> box{image.width, image.height, -1, -1};
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x)
      if (!isBackground(image.at(x, y))) {
        box[0] = std::min(box[0], x); box[1] = std::min(box[1], y);
        box[2] = std::max(box[2], x); box[3] = std::max(box[3], y);
      }
  return box;
}

TEST_F(BoxRender, AnExactCameraIsUsedAsItIs) {
  const myo::SnapshotRequest framed{.view = myo::ViewPreset::Anterior, .width = 160, .height = 120, .orbitYaw = 0.6f};
  // The camera the request above frames, given exactly, draws the same picture.
  myo::OrbitCamera camera;
  camera.setView(myo::ViewPreset::Anterior);
  camera.orbit(0.6f, 0.0f);
  camera.frame(scene.bounds(), 160.0f / 120.0f);
  myo::SnapshotRequest exact{.view = myo::ViewPreset::Posterior, .width = 160, .height = 120, .camera = camera};
  auto a = myo::renderSnapshot(scene, framed);
  auto b = myo::renderSnapshot(scene, exact);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->pixels, b->pixels) << "view and orbit are ignored when a camera is given";
  // Twice as far away, the cube is drawn half as tall.
  camera.distance *= 2.0f;
  exact.camera = camera;
  auto far = myo::renderSnapshot(scene, exact);
  ASSERT_TRUE(far);
  const std::array<int, 4> near = drawnExtent(*a);
  const std::array<int, 4> distant = drawnExtent(*far);
  ASSERT_GE(distant[3], 0) << "nothing was drawn";
  const double ratio = double(distant[3] - distant[1]) / double(near[3] - near[1]);
  EXPECT_NEAR(ratio, 0.5, 0.12);
}

}  // namespace
