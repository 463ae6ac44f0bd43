// Every format family renders framed and lit: a model from each loader path fills the middle of
// the picture, and its surfaces are shaded by how they face the light (not flat, not black).
#include <gtest/gtest.h>

#include <filesystem>

#include "fixtures.hpp"
#include "golden.hpp"
#include "headless.hpp"
#include "myo/engine/model_loader.hpp"
#include "myo/engine/snapshot.hpp"
#include "run_command.hpp"

namespace {

struct FormatCase {
  const char* name;
  const char* file;
};

class FormatRender : public myo::test::HeadlessTest, public ::testing::WithParamInterface<FormatCase> {};

bool isBackground(const std::uint8_t* p) {
  return std::abs(p[0] - 41) <= 2 && std::abs(p[1] - 46) <= 2 && std::abs(p[2] - 54) <= 2;
}

TEST_P(FormatRender, ModelIsFramedAndLit) {
  MYO_REQUIRE_FIXTURES();
  const FormatCase& c = GetParam();
  auto scene = myo::loadModel(std::filesystem::path(myo::test::fixturesDir()) / c.file);
  ASSERT_TRUE(scene) << scene.error().message;
  auto image = myo::renderSnapshot(*scene, {.view = myo::ViewPreset::Anterior, .width = 240, .height = 180,
                                            .orbitYaw = 0.6f, .orbitPitch = 0.45f});
  ASSERT_TRUE(image) << image.error().message;

  int top = image->height, bottom = -1, left = image->width, right = -1;
  double minLuminance = 255.0, maxLuminance = 0.0;
  for (int y = 0; y < image->height; ++y)
    for (int x = 0; x < image->width; ++x) {
      const std::uint8_t* p = image->at(x, y);
      if (isBackground(p)) continue;
      top = std::min(top, y); bottom = std::max(bottom, y);
      left = std::min(left, x); right = std::max(right, x);
      const double l = 0.2126 * p[0] + 0.7152 * p[1] + 0.0722 * p[2];
      minLuminance = std::min(minLuminance, l);
      maxLuminance = std::max(maxLuminance, l);
    }
  ASSERT_GE(bottom, 0) << c.name << ": nothing was drawn";
  // Framed: centred, not cut off, and filling much of the limiting dimension (the box framed is
  // axis-aligned, so a turned model fills a little less of it).
  EXPECT_NEAR((left + right) / 2.0, image->width / 2.0, image->width * 0.08) << c.name;
  EXPECT_NEAR((top + bottom) / 2.0, image->height / 2.0, image->height * 0.08) << c.name;
  EXPECT_GT(std::max(double(bottom - top) / image->height, double(right - left) / image->width), 0.55) << c.name;
  EXPECT_TRUE(top > 0 && left > 0 && bottom < image->height - 1 && right < image->width - 1) << c.name << ": cut off";
  // Lit: surfaces facing different ways get clearly different brightness, none is black.
  EXPECT_GT(maxLuminance - minLuminance, 25.0) << c.name << ": flat shading";
  EXPECT_GT(maxLuminance, 60.0) << c.name << ": too dark";
  EXPECT_TRUE(myo::test::matchesGolden(*image, std::string("format_") + c.name)) << c.name;
}

INSTANTIATE_TEST_SUITE_P(EveryLoader, FormatRender,
                         ::testing::Values(FormatCase{"gltf_embedded", "gltf/BoxTextured-Embedded/BoxTextured.gltf"},
                                           FormatCase{"obj_mtl", "obj/cube_usemtl.obj"},
                                           FormatCase{"stl_binary", "stl/Spider_binary.stl"},
                                           FormatCase{"ply_ascii", "ply/cube.ply"},
                                           FormatCase{"fbx", "fbx/box.fbx"}),
                         [](const auto& test) { return std::string(test.param.name); });

}  // namespace
