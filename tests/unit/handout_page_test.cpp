// The handout page on its own, from pictures and text made up here: it stays one A4 page
// however long the self-care is, and says where the rest is.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>
#include <string>

#include "myo/atlas/handout_page.hpp"
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

TEST(HandoutPage, ALongSelfCareStaysOnOnePageAndSaysWhereTheRestIs) {
  myo::atlas::HandoutPage page;
  page.date = "2026-12-01";
  page.painDrawing = solid(300, 340, 200);
  page.painCaption = "Where it hurts: Left heel";
  page.muscleName = "Soleus, left side";
  page.triggerPoints = {"Soleus, distal part"};
  page.pattern = "Pain at the back and underside of the heel.";
  page.views = {{solid(400, 300, 120), "The muscle"}, {solid(400, 300, 220), "Its pattern"}};
  for (int i = 1; i <= 30; ++i)
    page.selfCare.push_back("Step " + std::to_string(i) + ": a long instruction that takes most of a printed line to say, "
                            "so that thirty of them cannot fit on one page.");
  const fs::path pdf = fs::path(myo::test::testOutputDir()) / (std::to_string(::getpid()) + "_long_handout.pdf");
  ASSERT_TRUE(myo::atlas::writeHandout(page, pdf).ok());
  EXPECT_EQ(myo::test::pdfPageCount(pdf), 1);
  const std::optional<std::string> text = myo::test::pdfText(pdf);
  ASSERT_TRUE(text) << "pdftotext (poppler-utils) is needed";
  EXPECT_NE(text->find("Soleus, left side"), std::string::npos) << *text;
  EXPECT_NE(text->find("Step 1:"), std::string::npos) << *text;
  EXPECT_EQ(text->find("Step 30:"), std::string::npos) << *text;
  EXPECT_NE(text->find("more on the muscle's card"), std::string::npos) << *text;
  EXPECT_NE(text->find("Therapist's notes"), std::string::npos) << *text;  // the notes keep their room
  fs::remove(pdf);
}

TEST(HandoutPage, OnlyPdfAndPngAreWritten) {
  const fs::path file = fs::path(myo::test::testOutputDir()) / "handout.svg";
  const myo::Status written = myo::atlas::writeHandout({}, file);
  ASSERT_FALSE(written.ok());
  EXPECT_NE(written.error().message.find(file.string()), std::string::npos) << written.error().message;
  EXPECT_FALSE(fs::exists(file));
}

}  // namespace
