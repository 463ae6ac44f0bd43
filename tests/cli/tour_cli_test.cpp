// `myoatlas render --tour FILE -o DIR` as an instructor runs it to make slides: one PNG a step,
// each showing what its step asks for; a broken tour is refused whole, naming the step.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <set>
#include <string>

#include "knowledge_fixture.hpp"
#include "myo/engine/image.hpp"
#include "picture_measures.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::runMyoatlas;

class TourCli : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = fs::path(myo::test::testOutputDir()) / ("tour_cli_" + std::to_string(::getpid()));
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir, ignored);
  }
  fs::path writeTour(const std::string& steps) const {
    const fs::path file = dir / "tour.json";
    myo::test::writeText(file, R"({"format": "myoatlas-tour", "version": 1, "title": "Test tour", "steps": [)" + steps + "]}");
    return file;
  }
  std::set<std::string> filesIn(const fs::path& folder) const {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(folder)) names.insert(entry.path().filename().string());
    return names;
  }
  fs::path dir;
};

const char* kThreeSteps = R"(
  {"title": "The whole body", "camera": {"view": "left"}, "layers": ["skin"]},
  {"title": "Upper trapezius: temple headache!", "camera": {"view": "left", "framing": "painted"},
   "side": "left", "patterns": ["trapezius/tp1"]},
  {"title": "Same view, nothing painted", "camera": {"view": "left", "framing": "selection"},
   "layers": ["skin", "superficial", "intermediate", "deep", "bone"], "select": ["trapezius.left"]})";

TEST_F(TourCli, WritesOnePngPerStepNamedByNumberAndTitle) {
  const fs::path slides = dir / "slides" / "new";  // created, parents too
  const auto result = runMyoatlas({"render", "--tour", writeTour(kThreeSteps).string(), "-o", slides.string(),
                                   "--width", "200", "--height", "150"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::set<std::string> expected = {"01-the-whole-body.png", "02-upper-trapezius-temple-headache.png",
                                          "03-same-view-nothing-painted.png"};
  EXPECT_EQ(filesIn(slides), expected);
  for (const std::string& name : expected) {
    EXPECT_NE(result.out.find((slides / name).string()), std::string::npos) << "says where it wrote: " << result.out;
    auto image = myo::readPng(slides / name);
    ASSERT_TRUE(image) << image.error().message;
    EXPECT_EQ(image->width, 200);
    EXPECT_EQ(image->height, 150);
  }
}

TEST_F(TourCli, SlidesLeftFromALongerTourAreNamedAndKept) {
  const fs::path slides = dir / "slides";
  fs::create_directories(slides);
  myo::test::writeText(slides / "04-an-older-step.png", "not really a png");
  myo::test::writeText(slides / "notes.txt", "the instructor's own file");
  const auto result = runMyoatlas({"render", "--tour", writeTour(kThreeSteps).string(), "-o", slides.string(),
                                   "--width", "64", "--height", "64"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_NE(result.err.find("also holds 1 slide this tour did not write (04-an-older-step.png)"), std::string::npos)
      << result.err;
  EXPECT_EQ(result.err.find("notes.txt"), std::string::npos) << result.err;
  EXPECT_EQ(myo::test::readText(slides / "04-an-older-step.png"), "not really a png");
  // Rendering the same tour again into its own folder has nothing to say.
  const auto again = runMyoatlas({"render", "--tour", writeTour(kThreeSteps).string(), "-o", (dir / "fresh").string(),
                                  "--width", "64", "--height", "64"});
  ASSERT_EQ(again.exitCode, 0) << again.err;
  EXPECT_EQ(again.err.find("also holds"), std::string::npos) << again.err;
}

TEST_F(TourCli, AHeatMapStepShowsTheHeatAndTheOthersDoNot) {
  const fs::path slides = dir / "slides";
  const auto result = runMyoatlas({"render", "--tour", writeTour(kThreeSteps).string(), "-o", slides.string(),
                                   "--width", "240", "--height", "180"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  auto body = myo::readPng(slides / "01-the-whole-body.png");
  auto heat = myo::readPng(slides / "02-upper-trapezius-temple-headache.png");
  auto bare = myo::readPng(slides / "03-same-view-nothing-painted.png");
  ASSERT_TRUE(body && heat && bare);
  // Framed on the painted skin, the pattern (neck, ear, temple) fills a good part of the slide,
  // and it is painted high on the body: the upper half holds most of it.
  const double share = myo::test::chartRedShare(*heat);
  EXPECT_GT(share, 0.015);
  EXPECT_GT(myo::test::chartRedShare(*heat, 0, 0, heat->width, heat->height / 2),
            myo::test::chartRedShare(*heat, 0, heat->height / 2, heat->width, heat->height));
  // The skin without heat shows no chart red (the muscles, which are red too, are under it).
  EXPECT_LT(myo::test::chartRedShare(*body), share / 10.0);
  EXPECT_LT(myo::test::chartRedShare(*bare), share / 10.0);
  EXPECT_NE(heat->pixels, bare->pixels);
}

TEST_F(TourCli, ABrokenTourNamesTheStepExitsTwoAndWritesNothing) {
  const fs::path slides = dir / "never";
  const fs::path tour = writeTour(R"({"title": "Fine"}, {"title": "Shoulder pain", "patterns": ["trapezus"]})");
  const auto result = runMyoatlas({"render", "--tour", tour.string(), "-o", slides.string(), "--width", "64", "--height", "64"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find(tour.string() + ": step 2 \"Shoulder pain\": /steps/1/patterns/0: unknown muscle 'trapezus'; "
                                            "did you mean: trapezius"),
            std::string::npos)
      << result.err;
  EXPECT_FALSE(fs::exists(slides));
  EXPECT_TRUE(result.out.empty()) << result.out;
}

TEST_F(TourCli, MissingTourAndAFileForTheFolderAreRefused) {
  const auto missing = runMyoatlas({"render", "--tour", (dir / "nowhere.json").string(), "-o", (dir / "out").string()});
  EXPECT_EQ(missing.exitCode, 2);
  EXPECT_NE(missing.err.find((dir / "nowhere.json").string() + ": file not found"), std::string::npos) << missing.err;
  EXPECT_FALSE(fs::exists(dir / "out"));

  const fs::path file = dir / "slides.png";
  myo::test::writeText(file, "not a folder");
  const auto onFile = runMyoatlas({"render", "--tour", writeTour(kThreeSteps).string(), "-o", file.string()});
  EXPECT_EQ(onFile.exitCode, 2);
  EXPECT_NE(onFile.err.find(file.string() + ": is a file"), std::string::npos) << onFile.err;
  EXPECT_EQ(myo::test::readText(file), "not a folder");
}

TEST_F(TourCli, OptionsThatSayWhatToShowDoNotGoWithATour) {
  for (const char* option : {"--select", "--heatmap", "--view"}) {
    const auto result = runMyoatlas({"render", "--tour", writeTour(kThreeSteps).string(), "-o", (dir / "x").string(),
                                     option, option == std::string("--view") ? "left" : "trapezius"});
    EXPECT_EQ(result.exitCode, 2) << option;
    EXPECT_NE(result.err.find("--tour excludes " + std::string(option)), std::string::npos) << result.err;
  }
}

TEST_F(TourCli, HelpDescribesTours) {
  const auto result = runMyoatlas({"render", "--help"});
  EXPECT_EQ(result.exitCode, 0);
  EXPECT_NE(result.out.find("--tour"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("01-<title>.png"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("--captions"), std::string::npos) << result.out;
}

// Share of the pixels in the rectangle that are near-black (the caption's background) and that
// are near-white (its text).
struct DarkAndLight {
  double dark = 0.0, light = 0.0;
};
DarkAndLight darkAndLight(const myo::Image& image, int x0, int y0, int x1, int y1) {
  std::size_t dark = 0, light = 0;
  for (int y = y0; y < y1; ++y)
    for (int x = x0; x < x1; ++x) {
      const std::uint8_t* p = image.at(x, y);
      if (p[0] < 30 && p[1] < 30 && p[2] < 35) ++dark;
      if (p[0] > 180 && p[1] > 180 && p[2] > 180) ++light;
    }
  const double area = double(x1 - x0) * double(y1 - y0);
  return {double(dark) / area, double(light) / area};
}

const char* kCaptionedSteps = R"(
  {"title": "The whole body", "caption": "Start from the whole body.", "camera": {"view": "left"}, "layers": ["skin"]},
  {"title": "Upper trapezius: temple headache", "caption": "Its pain climbs the neck to the temple.",
   "camera": {"view": "left", "framing": "painted"}, "side": "left", "patterns": ["trapezius/tp1"]})";

TEST_F(TourCli, CaptionedSlidesKeepTheirSizeAndCarryLightWordsOnDarkBesideTheHeat) {
  const fs::path tour = writeTour(kCaptionedSteps);
  const auto captioned = runMyoatlas({"render", "--tour", tour.string(), "-o", (dir / "captioned").string(), "--captions",
                                      "--width", "480", "--height", "270"});
  ASSERT_EQ(captioned.exitCode, 0) << captioned.err;
  const auto plain = runMyoatlas({"render", "--tour", tour.string(), "-o", (dir / "plain").string(), "--width", "480",
                                  "--height", "270"});
  ASSERT_EQ(plain.exitCode, 0) << plain.err;
  const std::string heatFile = "02-upper-trapezius-temple-headache.png";
  auto heat = myo::readPng(dir / "captioned" / heatFile);
  auto plainHeat = myo::readPng(dir / "plain" / heatFile);
  ASSERT_TRUE(heat && plainHeat);
  EXPECT_EQ(heat->width, 480);
  EXPECT_EQ(heat->height, 270);
  // The column on the right (36% of a wide slide) is dark, with light text in it.
  const int column = 480 - 480 * 36 / 100;
  const DarkAndLight caption = darkAndLight(*heat, column + 4, 0, 480, 270);
  EXPECT_GT(caption.dark, 0.6);
  EXPECT_GT(caption.light, 0.02);
  // The picture beside it is framed for its own shape: the heat is in it, and none spills under
  // the caption.
  EXPECT_GT(myo::test::chartRedShare(*heat, 0, 0, column, 270), 0.015);
  EXPECT_EQ(myo::test::chartRedShare(*heat, column, 0, 480, 270), 0.0);
  // Without --captions the slide is the picture alone, as before.
  EXPECT_EQ(plainHeat->width, 480);
  EXPECT_LT(darkAndLight(*plainHeat, column + 4, 0, 480, 270).dark, 0.3);
  EXPECT_GT(myo::test::chartRedShare(*plainHeat), 0.015);
}

TEST_F(TourCli, OnASquareSlideTheCaptionIsABandBelow) {
  const auto result = runMyoatlas({"render", "--tour", writeTour(kCaptionedSteps).string(), "-o", (dir / "square").string(),
                                   "--captions", "--width", "300", "--height", "300"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  auto slide = myo::readPng(dir / "square" / "02-upper-trapezius-temple-headache.png");
  ASSERT_TRUE(slide);
  EXPECT_EQ(slide->width, 300);
  EXPECT_EQ(slide->height, 300);
  const DarkAndLight bottom = darkAndLight(*slide, 0, 260, 300, 300);
  EXPECT_GT(bottom.dark, 0.5);
  EXPECT_GT(myo::test::chartRedShare(*slide, 0, 0, 300, 150), 0.01);
}

TEST_F(TourCli, AStepWithAnEndlessCaptionStaysWithinItsSlide) {
  std::string endless;
  for (int i = 0; i < 150; ++i) endless += "The pain climbs the side of the neck behind the ear to the temple. ";
  const fs::path tour = writeTour(R"({"title": "Endless", "caption": ")" + endless + R"(", "layers": ["skin"]})");
  const auto result = runMyoatlas({"render", "--tour", tour.string(), "-o", (dir / "endless").string(), "--captions"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  auto slide = myo::readPng(dir / "endless" / "01-endless.png");
  ASSERT_TRUE(slide);
  EXPECT_EQ(slide->height, 720);
  const int column = 1280 - 1280 * 36 / 100;
  EXPECT_GT(darkAndLight(*slide, column + 4, 0, 1280, 700).light, 0.01);  // filled with text
  // The bottom margin of the column stays background: nothing was drawn past the slide.
  EXPECT_EQ(darkAndLight(*slide, column + 4, 714, 1280, 720).dark, 1.0);
}

TEST_F(TourCli, CaptionsWithoutATourAreRefused) {
  const auto result = runMyoatlas({"render", "--captions", "-o", (dir / "x.png").string()});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("--captions"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("--tour"), std::string::npos) << result.err;
  EXPECT_FALSE(fs::exists(dir / "x.png"));
}

TEST_F(TourCli, EveryShippedTourRendersToSlides) {
  const fs::path tours = myo::test::sourceAssetsDir() / "tours";
  for (const char* name : {"head-and-neck-pain", "shoulder-and-arm-pain", "low-back-and-hip-pain", "jaw-and-headache"}) {
    SCOPED_TRACE(name);
    const fs::path slides = dir / name;
    const auto result = runMyoatlas({"render", "--tour", (tours / (std::string(name) + ".json")).string(), "-o",
                                     slides.string(), "--width", "160", "--height", "100"});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::set<std::string> files = filesIn(slides);
    EXPECT_GE(files.size(), 5u);
    EXPECT_LE(files.size(), 20u);
    EXPECT_EQ(files.begin()->substr(0, 3), "01-");
    // Each slide shows something of the body, not an empty background.
    for (const std::string& file : files) {
      auto image = myo::readPng(slides / file);
      ASSERT_TRUE(image) << file;
      const std::uint8_t* corner = image->at(0, 0);
      std::size_t differing = 0;
      for (int y = 0; y < image->height; ++y)
        for (int x = 0; x < image->width; ++x)
          if (std::abs(image->at(x, y)[0] - corner[0]) > 12) ++differing;
      EXPECT_GT(double(differing) / double(image->width * image->height), 0.1) << file;
    }
  }
}

TEST_F(TourCli, ValidateChecksTheToursToo) {
  myo::test::ScratchAssets scratch("validate_tours");
  fs::create_directories(scratch.dir() / "tours");
  const fs::path bad = scratch.dir() / "tours" / "bad.json";
  myo::test::writeText(bad, R"({"format": "myoatlas-tour", "version": 1, "title": "T", "steps": [
      {"title": "Fine"}, {"title": "Neck", "select": ["levator_scapula"]}]})");
  const auto result = runMyoatlas({"validate", scratch.dir().string()});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_NE(result.out.find(bad.string() + ": step 2 \"Neck\": /steps/1/select/0: unknown muscle 'levator_scapula'; "
                                           "did you mean: levator_scapulae"),
            std::string::npos)
      << result.out;

  const auto shipped = runMyoatlas({"validate"});
  EXPECT_EQ(shipped.exitCode, 0) << shipped.out;
  EXPECT_NE(shipped.out.find("; 4 tours"), std::string::npos) << shipped.out;
}

}  // namespace
