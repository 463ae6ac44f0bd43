// The handout page on its own, from pictures and text made up here: every step of the self-care
// is printed whatever its length (the client has no other copy), going over the page when it
// must, and nothing points to a program the client does not have.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "myo/atlas/handout_page.hpp"
#include "myo/engine/image.hpp"
#include "pdf_text.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;

myo::Image solid(int width, int height, std::uint8_t red) {
  myo::Image image(width, height);
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x) {
      std::uint8_t* p = image.at(x, y);
      p[0] = red, p[1] = 40, p[2] = 40, p[3] = 255;
    }
  return image;
}

myo::atlas::HandoutPage pageWithSteps(int steps) {
  myo::atlas::HandoutPage page;
  page.date = "2026-12-01";
  page.painDrawing = solid(300, 340, 200);
  page.painCaption = "Where it hurts: Left heel";
  page.muscleName = "Soleus, left side";
  page.triggerPoints = {"Soleus, distal part", "Soleus, proximal part"};
  page.pattern = "Pain at the back and underside of the heel.";
  page.views = {{solid(400, 300, 120), "The muscle", {{200, 150, "1"}}}, {solid(400, 300, 220), "Its pattern", {}}};
  for (int i = 1; i <= steps; ++i)
    page.selfCare.push_back("Step " + std::to_string(i) + ": a long instruction that takes most of a printed line to say, "
                            "so that thirty of them cannot fit on one page.");
  return page;
}

TEST(HandoutPage, ALongSelfCareGoesOverThePageWithEveryStep) {
  const fs::path pdf = fs::path(myo::test::testOutputDir()) / (std::to_string(::getpid()) + "_long_handout.pdf");
  ASSERT_TRUE(myo::atlas::writeHandout(pageWithSteps(30), pdf).ok());
  EXPECT_EQ(myo::test::pdfPageCount(pdf), 3);  // sixty lines of steps fill the second page
  const std::optional<std::string> text = myo::test::pdfText(pdf);
  ASSERT_TRUE(text) << "pdftotext (poppler-utils) is needed";
  EXPECT_NE(text->find("Soleus, left side"), std::string::npos) << *text;
  for (int i = 1; i <= 30; ++i) EXPECT_NE(text->find("Step " + std::to_string(i) + ":"), std::string::npos) << "step " << i << " is missing";
  EXPECT_NE(text->find("(continued)"), std::string::npos) << *text;
  EXPECT_NE(text->find("Therapist's notes"), std::string::npos) << *text;  // the notes keep their room
  EXPECT_NE(text->find("Trigger point 1: Soleus, distal part"), std::string::npos) << *text;
  EXPECT_NE(text->find("Trigger point 2: Soleus, proximal part"), std::string::npos) << *text;
  EXPECT_EQ(text->find("MyoAtlas"), std::string::npos) << "the client does not have the program: " << *text;
  EXPECT_EQ(text->find("card"), std::string::npos) << *text;
  fs::remove(pdf);
}

TEST(HandoutPage, FiveLongStepsStayOnOnePage) {
  const fs::path pdf = fs::path(myo::test::testOutputDir()) / (std::to_string(::getpid()) + "_five_steps.pdf");
  ASSERT_TRUE(myo::atlas::writeHandout(pageWithSteps(5), pdf).ok());
  EXPECT_EQ(myo::test::pdfPageCount(pdf), 1);
  const std::optional<std::string> text = myo::test::pdfText(pdf);
  ASSERT_TRUE(text) << "pdftotext (poppler-utils) is needed";
  EXPECT_NE(text->find("Step 5:"), std::string::npos) << *text;
  fs::remove(pdf);
}

// The PNG holds the pages one under the other.
TEST(HandoutPage, ALongSelfCareMakesATwoPagePng) {
  const fs::path png = fs::path(myo::test::testOutputDir()) / (std::to_string(::getpid()) + "_long_handout.png");
  ASSERT_TRUE(myo::atlas::writeHandout(pageWithSteps(30), png).ok());
  myo::Result<myo::Image> image = myo::readPng(png);
  ASSERT_TRUE(image) << image.error().message;
  EXPECT_EQ(image->width, 1240);
  EXPECT_EQ(image->height, 3 * 1754);
  if (!::testing::Test::HasFailure()) fs::remove(png);
}

TEST(HandoutPage, OnlyPdfAndPngAreWritten) {
  const fs::path file = fs::path(myo::test::testOutputDir()) / "handout.svg";
  const myo::Status written = myo::atlas::writeHandout({}, file);
  ASSERT_FALSE(written.ok());
  EXPECT_NE(written.error().message.find(file.string()), std::string::npos) << written.error().message;
  EXPECT_FALSE(fs::exists(file));
}

}  // namespace
