// Rendering a real glTF file headless: the lit, framed cube of BoxTextured.glb.
#include <gtest/gtest.h>

#include <filesystem>

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
    if (myo::test::fixturesDir().empty()) GTEST_SKIP() << "shared fixtures not found at " << MYO_FIXTURES_DIR;
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

TEST_F(BoxRender, ObliqueViewMatchesGoldenAndShowsLitFaces) {
  auto image = myo::renderSnapshot(scene, {.view = myo::ViewPreset::Left, .width = 320, .height = 240});
  ASSERT_TRUE(image) << image.error().message;
  EXPECT_TRUE(myo::test::matchesGolden(*image, "box_left"));
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

TEST_F(BoxRender, FacesTurnedFromTheKeyLightAreDarker) {
  // Seen from the superior view, the top face faces the viewer and the light above it; at an
  // orbit the lit top and the side differ in brightness.
  auto top = myo::renderSnapshot(scene, {.view = myo::ViewPreset::Superior, .width = 160, .height = 160});
  auto side = myo::renderSnapshot(scene, {.view = myo::ViewPreset::Left, .width = 160, .height = 160});
  ASSERT_TRUE(top && side);
  auto luminance = [](const myo::Image& im) {
    const std::uint8_t* p = im.at(im.width / 2, im.height / 2);
    return 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
  };
  EXPECT_GT(luminance(*top), 20.0);
  EXPECT_GT(luminance(*side), 20.0);
}

}  // namespace
