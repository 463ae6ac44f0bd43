// `myoatlas render --labels` as a user runs it: a labelled picture written, and clear refusals.
#include <gtest/gtest.h>

#include <filesystem>

#include "fixtures.hpp"
#include "myo/engine/image.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::runMyoatlas;

// Pixels where the labelled picture is pale (a label box, label_picture.hpp) and the picture
// without labels shows the dark background: boxes stand beside the body, on the background.
int paleBoxPixels(const myo::Image& labelled, const myo::Image& plain) {
  int count = 0;
  for (int y = 0; y < labelled.height; ++y)
    for (int x = 0; x < labelled.width; ++x) {
      const std::uint8_t* p = labelled.at(x, y);
      const std::uint8_t* q = plain.at(x, y);
      const bool pale = p[0] > 200 && p[1] > 200 && p[2] > 190;
      const bool dark = q[0] < 80 && q[1] < 80 && q[2] < 80;
      if (pale && dark) ++count;
    }
  return count;
}

TEST(LabelsCli, RenderWithLabelsWritesAPictureWithNameBoxes) {
  const fs::path labelled = fs::path(myo::test::testOutputDir()) / "cli_labels.png";
  const fs::path plain = fs::path(myo::test::testOutputDir()) / "cli_labels_plain.png";
  fs::remove(labelled);
  const std::vector<std::string> common = {"render", "--view", "posterior", "--layers", "superficial", "--width", "640",
                                           "--height", "480"};
  std::vector<std::string> withLabels = common;
  withLabels.insert(withLabels.end(), {"--labels", "-o", labelled.string()});
  std::vector<std::string> without = common;
  without.insert(without.end(), {"-o", plain.string()});
  const auto result = runMyoatlas(withLabels);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  ASSERT_EQ(runMyoatlas(without).exitCode, 0);
  auto picture = myo::readPng(labelled);
  auto reference = myo::readPng(plain);
  ASSERT_TRUE(picture && reference);
  EXPECT_EQ(picture->width, 640);
  ASSERT_EQ(picture->width, reference->width);
  // Boxes take room on the background: a few hundred pale pixels each, a layer's worth of them.
  EXPECT_GT(paleBoxPixels(*picture, *reference), 5000);
}

TEST(LabelsCli, LabelsWithSelectNameOnlyTheSelection) {
  const fs::path all = fs::path(myo::test::testOutputDir()) / "cli_labels_all.png";
  const fs::path one = fs::path(myo::test::testOutputDir()) / "cli_labels_one.png";
  const fs::path none = fs::path(myo::test::testOutputDir()) / "cli_labels_none.png";
  const std::vector<std::string> common = {"render", "--view", "posterior", "--layers", "superficial", "--width", "640",
                                           "--height", "480", "--select", "trapezius", "-o"};
  std::vector<std::string> every = {"render", "--view", "posterior", "--layers", "superficial", "--width", "640",
                                    "--height", "480", "--labels", "-o", all.string()};
  std::vector<std::string> selected = common, plain = common;
  selected.insert(selected.end(), {one.string(), "--labels"});
  plain.push_back(none.string());
  ASSERT_EQ(runMyoatlas(every).exitCode, 0);
  ASSERT_EQ(runMyoatlas(plain).exitCode, 0);
  const auto result = runMyoatlas(selected);
  ASSERT_EQ(result.exitCode, 0) << result.err;
  auto many = myo::readPng(all);
  auto single = myo::readPng(one);
  auto reference = myo::readPng(none);
  ASSERT_TRUE(many && single && reference);
  // One box: more than nothing, far less than a layer's worth.
  const int oneBox = paleBoxPixels(*single, *reference);
  EXPECT_GT(oneBox, 300);
  EXPECT_LT(oneBox * 5, paleBoxPixels(*many, *reference));
}

TEST(LabelsCli, LabelsOnAModelWithoutMusclesIsBadInput) {
  MYO_REQUIRE_FIXTURES();
  const fs::path out = fs::path(myo::test::testOutputDir()) / "cli_labels_box.png";
  fs::remove(out);
  const std::string model = myo::test::fixturesDir() + "/gltf/BoxTextured.glb";
  const auto result = runMyoatlas({"render", "--model", model, "--labels", "-o", out.string()});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("--labels"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("BoxTextured.glb"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(out));
}

TEST(LabelsCli, LabelsWithATourIsAUsageErrorThatSaysTheStepsDecide) {
  const auto result = runMyoatlas({"render", "--tour", "x.json", "--labels", "-o", "dir"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("--labels"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("--tour"), std::string::npos) << result.err;
}

TEST(LabelsCli, LabelsTakesNoValue) {
  const auto result = runMyoatlas({"render", "--labels=all", "-o", "x.png"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("labels"), std::string::npos) << result.err;
}

}  // namespace
