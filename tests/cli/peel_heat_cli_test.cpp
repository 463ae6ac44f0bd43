// Peeling the skin away must not take the pain map with it (issue 22's friction: in presenter
// mode, L peeled the skin and the map went with it). The window, presenter mode and `render` all
// draw through sceneLook, so `render --peel` shows it: with the layers above the superficial
// muscles peeled, a map on the temple and neck still differs from one on the heel.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "knowledge_fixture.hpp"
#include "myo/engine/image.hpp"
#include "run_command.hpp"

namespace {

using myo::test::runMyoatlas;

// option: --heatmap or --region; value: what it paints.
myo::Image renderPeeled(const std::string& option, const std::string& value, const std::string& file) {
  const std::filesystem::path out = std::filesystem::path(myo::test::testOutputDir()) / file;
  const std::vector<std::string> args{"render", option, value, "--side", "left", "--view", "left", "--peel", "superficial",
                                      "--width", "640", "--height", "360", "-o", out.string()};
  const auto result = runMyoatlas(args);
  EXPECT_EQ(result.exitCode, 0) << result.err;
  myo::Result<myo::Image> image = myo::readPng(out);
  EXPECT_TRUE(image) << out;
  return image ? std::move(*image) : myo::Image(1, 1);
}

TEST(PeeledHeat, APainMapStillShowsWhenTheSkinIsPeeledAway) {
  const myo::Image temple = renderPeeled("--heatmap", "trapezius/tp1", "peel_heat_temple.png");
  const myo::Image heel = renderPeeled("--region", "left_heel", "peel_heat_heel.png");
  ASSERT_EQ(temple.width, heel.width);
  ASSERT_EQ(temple.height, heel.height);
  // The upper third of the picture holds the head and neck, where trapezius/tp1 refers its pain.
  std::size_t differing = 0;
  for (int y = 0; y < temple.height / 3; ++y)
    for (int x = 0; x < temple.width; ++x) {
      const std::size_t i = (std::size_t(y) * std::size_t(temple.width) + std::size_t(x)) * 4;
      const int change = std::abs(int(temple.pixels[i]) - int(heel.pixels[i])) +
                         std::abs(int(temple.pixels[i + 1]) - int(heel.pixels[i + 1])) +
                         std::abs(int(temple.pixels[i + 2]) - int(heel.pixels[i + 2]));
      differing += change > 40 ? 1 : 0;
    }
  EXPECT_GT(differing, 200u) << "the map at the temple and neck does not show with the skin peeled";
}

}  // namespace
