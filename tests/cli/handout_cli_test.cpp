// `myoatlas handout` as a therapist runs it: a one-page PDF the client can read, a PNG of the
// same page, and clear refusals of what cannot be made.
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
  return fs::path(myo::test::testOutputDir()) / (std::to_string(::getpid()) + "_" + name);
}

TEST(HandoutCli, WritesAOnePagePdfNamingTheMuscleItsSelfCareAndTheDate) {
  const fs::path pdf = outputFile("handout.pdf");
  fs::remove(pdf);
  const auto result = runMyoatlas({"handout", "--region", "right_lateral_hip,right_thigh_lateral", "--muscle",
                                   "gluteus_minimus", "--date", "2026-12-01", "--notes", "Walk every 20 minutes.",
                                   "-o", pdf.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  ASSERT_TRUE(fs::exists(pdf));
  const std::string bytes = myo::test::readText(pdf);
  EXPECT_EQ(bytes.rfind("%PDF-", 0), 0u);
  EXPECT_NE(bytes.find("%%EOF"), std::string::npos);
  EXPECT_EQ(myo::test::pdfPageCount(pdf), 1);
  const std::optional<std::string> text = myo::test::pdfText(pdf);
  ASSERT_TRUE(text) << "pdftotext (poppler-utils, in scripts/packages.txt) is needed to read the handout";
  EXPECT_NE(text->find("Gluteus minimus, right side"), std::string::npos) << *text;  // the side the pain is on
  EXPECT_NE(text->find("What you can do at home"), std::string::npos) << *text;
  EXPECT_NE(text->find("Sleep on the unaffected side"), std::string::npos) << *text;  // a step of its self-care
  EXPECT_NE(text->find("2026-12-01"), std::string::npos) << *text;
  EXPECT_NE(text->find("Therapist's notes"), std::string::npos) << *text;
  EXPECT_NE(text->find("Walk every 20 minutes."), std::string::npos) << *text;
  EXPECT_NE(text->find("Right outer hip"), std::string::npos) << *text;
  fs::remove(pdf);
}

TEST(HandoutCli, AHandoutThatGivesAStretchCarriesTheAssistedStretchingNote) {
  // Gluteus minimus self-care has a stretch against the wall; the lateral pterygoid's gives none.
  struct Expected {
    const char* region;
    const char* muscle;
    bool note;
  };
  for (const Expected& e : {Expected{"right_lateral_hip", "gluteus_minimus", true},
                            Expected{"right_tmj", "lateral_pterygoid", false}}) {
    const fs::path pdf = outputFile(std::string(e.muscle) + ".pdf");
    const auto result = runMyoatlas({"handout", "--region", e.region, "--muscle", e.muscle, "-o", pdf.string()});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::optional<std::string> text = myo::test::pdfText(pdf);
    ASSERT_TRUE(text) << "pdftotext (poppler-utils, in scripts/packages.txt) is needed to read the handout";
    std::string flat;
    for (char c : *text) {  // the page's line breaks and justification become single spaces
      const bool space = c == '\n' || c == ' ';
      if (!(space && !flat.empty() && flat.back() == ' ')) flat += space ? ' ' : c;
    }
    const bool hasNote = flat.find("additional licence to practise assisted stretching") != std::string::npos &&
                         flat.find("refer you to a provider who specialises in it") != std::string::npos;
    EXPECT_EQ(hasNote, e.note) << e.muscle << ": " << flat;
    fs::remove(pdf);
  }
}

TEST(HandoutCli, WritesTheSamePageAsAnA4PngAt150Dpi) {
  const fs::path png = outputFile("handout.png");
  const auto result =
      runMyoatlas({"handout", "--region", "left_temple", "--muscle", "temporalis.left", "-o", png.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const myo::Result<myo::Image> image = myo::readPng(png);
  ASSERT_TRUE(image) << image.error().message;
  EXPECT_EQ(image->width, 1240);
  EXPECT_EQ(image->height, 1754);
  // The pictures are there: the page is not all paper.
  std::size_t reddish = 0;
  for (int y = 0; y < image->height; y += 4)
    for (int x = 0; x < image->width; x += 4) {
      const std::uint8_t* p = image->at(x, y);
      reddish += p[0] > 150 && p[1] < 90 && p[2] < 90;
    }
  EXPECT_GT(reddish, 200u) << "no heat map on the page";
  fs::remove(png);
}

TEST(HandoutCli, RefusesWhatItCannotMake) {
  const fs::path pdf = outputFile("refused.pdf");
  const auto unknownMuscle = runMyoatlas({"handout", "--region", "left_temple", "--muscle", "trapezuis", "-o", pdf.string()});
  EXPECT_EQ(unknownMuscle.exitCode, 2);
  EXPECT_NE(unknownMuscle.err.find("did you mean: trapezius"), std::string::npos) << unknownMuscle.err;
  const auto unknownRegion = runMyoatlas({"handout", "--region", "left_tempel", "--muscle", "trapezius", "-o", pdf.string()});
  EXPECT_EQ(unknownRegion.exitCode, 2);
  EXPECT_NE(unknownRegion.err.find("left_temple"), std::string::npos) << unknownRegion.err;
  const auto badName = runMyoatlas({"handout", "--region", "left_temple", "--muscle", "trapezius", "-o", "sheet.docx"});
  EXPECT_EQ(badName.exitCode, 2);
  EXPECT_NE(badName.err.find(".pdf or a .png"), std::string::npos) << badName.err;
  EXPECT_FALSE(fs::exists(pdf));
  const fs::path nowhere = outputFile("no-such-folder") / "sheet.pdf";
  const auto unwritable = runMyoatlas({"handout", "--region", "left_temple", "--muscle", "trapezius", "-o", nowhere.string()});
  EXPECT_EQ(unwritable.exitCode, 2);  // a target that cannot be written is bad input (docs/robustness.md)
  EXPECT_NE(unwritable.err.find(nowhere.string()), std::string::npos) << unwritable.err;
}

}  // namespace
