// `myoatlas render` as a user runs it, with no display.
#include <gtest/gtest.h>

#include <filesystem>

#include "fixtures.hpp"
#include "myo/engine/image.hpp"
#include "picture_measures.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::runMyoatlas;

TEST(RenderCli, WritesAPngOfTheRequestedSize) {
  MYO_REQUIRE_FIXTURES();
  const fs::path out = fs::path(myo::test::testOutputDir()) / "cli_box.png";
  fs::remove(out);
  const auto result = runMyoatlas({"render", "--model", myo::test::fixturesDir() + "/gltf/BoxTextured.glb", "-o",
                                   out.string(), "--view", "posterior", "--width", "321", "--height", "203"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  auto image = myo::readPng(out);
  ASSERT_TRUE(image) << image.error().message;
  EXPECT_EQ(image->width, 321);
  EXPECT_EQ(image->height, 203);
  EXPECT_NE(result.out.find(out.string()), std::string::npos) << "says where it wrote: " << result.out;
}

TEST(RenderCli, DefaultModelRendersWithoutArguments) {
  const fs::path out = fs::path(myo::test::testOutputDir()) / "cli_default.png";
  const auto result = runMyoatlas({"render", "-o", out.string(), "--width", "200", "--height", "300"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_TRUE(fs::exists(out));
}

TEST(RenderCli, MissingModelExitsTwoNamingTheFile) {
  const fs::path out = fs::path(myo::test::testOutputDir()) / "never_written.png";
  fs::remove(out);
  const auto result = runMyoatlas({"render", "--model", "/nonexistent/body.glb", "-o", out.string()});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("/nonexistent/body.glb"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(RenderCli, UnknownViewIsAUsageError) {
  const auto result = runMyoatlas({"render", "-o", "x.png", "--view", "frontal"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("frontal"), std::string::npos) << result.err;
}

TEST(RenderCli, MissingOutputIsAUsageError) {
  const auto result = runMyoatlas({"render"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("--output"), std::string::npos) << result.err;
}

TEST(RenderCli, UnwritableOutputExitsTwoAndSaysWhy) {
  const auto result = runMyoatlas({"render", "-o", "/nonexistent-dir/x.png", "--width", "32", "--height", "32"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("/nonexistent-dir/x.png"), std::string::npos) << result.err;
}

TEST(RenderCli, HelpDescribesEveryOption) {
  const auto result = runMyoatlas({"render", "--help"});
  EXPECT_EQ(result.exitCode, 0);
  for (const char* option : {"--output", "--model", "--view", "--width", "--height", "--headless", "--region",
                             "--frame-painted", "--yaw", "--pitch"})
    EXPECT_NE(result.out.find(option), std::string::npos) << option;
}

TEST(RenderCli, FrameRegionsZoomsOntoThePaintedRegions) {
  const fs::path whole = fs::path(myo::test::testOutputDir()) / "cli_temple_whole.png";
  const fs::path framed = fs::path(myo::test::testOutputDir()) / "cli_temple_framed.png";
  const auto a = runMyoatlas({"render", "--region", "left_temple", "--view", "left", "-o", whole.string(), "--width",
                              "240", "--height", "240"});
  ASSERT_EQ(a.exitCode, 0) << a.err;
  const auto b = runMyoatlas({"render", "--region", "left_temple", "--view", "left", "--frame-regions", "-o",
                              framed.string(), "--width", "240", "--height", "240"});
  ASSERT_EQ(b.exitCode, 0) << b.err;
  auto wholeImage = myo::readPng(whole);
  auto framedImage = myo::readPng(framed);
  ASSERT_TRUE(wholeImage && framedImage);
  // Framed close, the temple fills a good part of the picture; on the whole body it is a speck.
  EXPECT_GT(myo::test::chartRedShare(*framedImage), 0.03);
  EXPECT_GT(myo::test::chartRedShare(*framedImage), 10.0 * myo::test::chartRedShare(*wholeImage));
}

TEST(RenderCli, FrameRegionsWithoutARegionIsAUsageError) {
  const auto result = runMyoatlas({"render", "--frame-regions", "-o", "x.png", "--width", "32", "--height", "32"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("--region"), std::string::npos) << result.err;
}

TEST(RenderCli, TopLevelHelpListsTheCommands) {
  const auto result = runMyoatlas({"--help"});
  EXPECT_EQ(result.exitCode, 0);
  for (const char* command : {"render", "view", "inspect", "bench"})
    EXPECT_NE(result.out.find(command), std::string::npos) << command;
}

TEST(RenderCli, ViewerWithoutDisplaySaysSoAndSuggestsRender) {
  const auto result = runMyoatlas({"view"});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_NE(result.err.find("no display"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("render"), std::string::npos) << result.err;
}

}  // namespace
