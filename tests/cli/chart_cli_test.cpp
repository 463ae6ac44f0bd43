// `myoatlas chart` as a teacher runs it to print a referral chart: one A4 landscape page with the
// views that show the pattern, the pattern in chart red, the legend, the Manual's words and the
// source; clear refusals of what cannot be charted.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "knowledge_fixture.hpp"
#include "myo/engine/image.hpp"
#include "pdf_text.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::runMyoatlas;

fs::path outputFile(const std::string& name) {
  return fs::path(myo::test::testOutputDir()) / (std::to_string(::getpid()) + "_chart_" + name);
}

// The essential zone in the clinical map: deep red, shaded by the light.
bool isEssential(const myo::Image& image, int x, int y) {
  const std::uint8_t* p = image.at(x, y);
  return p[0] > 70 && p[1] < 45 && p[2] < 45;
}

// Essential-zone pixels in a column band of the page, above the captions (the views' strip).
int essentialPixelsIn(const myo::Image& image, double fromX, double toX) {
  int count = 0;
  for (int y = int(0.15 * image.height); y < int(0.72 * image.height); ++y)
    for (int x = int(fromX * image.width); x < int(toX * image.width); ++x) count += isEssential(image, x, y) ? 1 : 0;
  return count;
}

TEST(ChartCli, APdfChartNamesTheMuscleItsTriggerPointTheLegendAndTheSource) {
  const fs::path pdf = outputFile("trapezius.pdf");
  fs::remove(pdf);
  const auto result = runMyoatlas({"chart", "trapezius/tp1", "-o", pdf.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::string bytes = myo::test::readText(pdf);
  EXPECT_EQ(bytes.rfind("%PDF-", 0), 0u);
  EXPECT_EQ(myo::test::pdfPageCount(pdf), 1);
  const std::optional<std::string> text = myo::test::pdfText(pdf);
  ASSERT_TRUE(text) << "pdftotext (poppler-utils, in scripts/packages.txt) is needed to read the chart";
  for (const char* words : {"Trapezius", "Upper trapezius", "left side", "Essential zone", "Spillover zone",
                            "The trigger point", "temple", "Trigger Point Manual", "Left side"})
    EXPECT_NE(text->find(words), std::string::npos) << words << " is not on the page:\n" << *text;
  fs::remove(pdf);
}

TEST(ChartCli, AMuscleWithFiveTriggerPointsKeepsEveryPatternsWordsWhole) {
  const fs::path pdf = outputFile("sternocleidomastoid.pdf");
  fs::remove(pdf);
  const auto result = runMyoatlas({"chart", "sternocleidomastoid", "-o", pdf.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::optional<std::string> text = myo::test::pdfText(pdf);
  ASSERT_TRUE(text) << "pdftotext (poppler-utils, in scripts/packages.txt) is needed to read the chart";
  // The first pattern's opening words and the fifth's closing words are both on the page.
  for (const char* words : {"upper part of the sternum", "dizziness", "imbalance"})
    EXPECT_NE(text->find(words), std::string::npos) << words << " is not on the page:\n" << *text;
  fs::remove(pdf);
}

TEST(ChartCli, APngChartShowsThePatternInEachViewItPlans) {
  const fs::path png = outputFile("trapezius.png");
  const auto result = runMyoatlas({"chart", "trapezius/tp1", "-o", png.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  // Front and left side, and the back when it shows a fifth of the pattern (it shows about that
  // much: 0.21 of it on 2026-12-07, 0.195 on 2026-12-08 after the back of the neck was redrawn).
  const bool three = result.out.find("(3 views)") != std::string::npos;
  EXPECT_TRUE(three || result.out.find("(2 views)") != std::string::npos) << result.out;
  const myo::Result<myo::Image> image = myo::readPng(png);
  ASSERT_TRUE(image) << image.error().message;
  EXPECT_EQ(image->width, 1754);  // A4 landscape at 150 dpi
  EXPECT_EQ(image->height, 1240);
  // The views side by side, each in its share of the page: the band from the neck to the temple
  // shows in each, and most of it in the side view (the second).
  const int views = three ? 3 : 2;
  for (int v = 0; v < views; ++v)
    EXPECT_GT(essentialPixelsIn(*image, double(v) / views, double(v + 1) / views), v == 1 ? 8000 : 2000) << "view " << v + 1;
  fs::remove(png);
}

TEST(ChartCli, TheRightSideIsTheMirrorImage) {
  const fs::path pdf = outputFile("right.pdf");
  const auto result = runMyoatlas({"chart", "gluteus_minimus/tp1", "--side", "right", "-o", pdf.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::optional<std::string> text = myo::test::pdfText(pdf);
  ASSERT_TRUE(text);
  EXPECT_NE(text->find("right side"), std::string::npos) << *text;
  EXPECT_NE(text->find("Right side"), std::string::npos) << "the view of the pattern's side:\n" << *text;
  EXPECT_EQ(text->find("Left side"), std::string::npos) << *text;
  fs::remove(pdf);
}

TEST(ChartCli, WhatCannotBeChartedIsRefusedWithTheReasonAndNoFile) {
  struct Case {
    std::vector<std::string> args;
    const char* message;
  };
  const fs::path out = outputFile("refused.png");
  const Case cases[] = {
      {{"chart", "no_such_muscle", "-o", out.string()}, "unknown muscle 'no_such_muscle'"},
      {{"chart", "trapezius/tp99", "-o", out.string()}, "trapezius has trapezius/tp1"},
      {{"chart", "trapezius/tp1", "-o", outputFile("refused.svg").string()}, "-o must name a .pdf or a .png file"},
      {{"chart", "trapezius/tp1", "--colormap", "rainbow", "-o", out.string()}, "--colormap rainbow"},
  };
  for (const Case& c : cases) {
    const auto result = runMyoatlas(c.args);
    EXPECT_EQ(result.exitCode, 2) << c.args[1] << ": " << result.err;
    EXPECT_NE(result.err.find(c.message), std::string::npos) << result.err;
    EXPECT_FALSE(fs::exists(out));
  }
}

}  // namespace
