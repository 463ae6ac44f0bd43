// `myoatlas view --tour FILE` refuses a bad tour before any window opens (so without a display
// too): exit code 2 and a message that names the file and the step to fix.
#include <gtest/gtest.h>

#include <filesystem>

#include "knowledge_fixture.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::runMyoatlas;

fs::path scratch(const std::string& name) {
  const fs::path folder = fs::path(myo::test::testOutputDir()) / "view_tour";
  fs::create_directories(folder);
  return folder / name;
}

TEST(ViewTour, AnUnknownMuscleInAStepIsNamedWithItsStepBeforeTheWindowOpens) {
  const fs::path tour = scratch("typo.json");
  myo::test::writeText(tour, R"({"format": "myoatlas-tour", "version": 1, "title": "Neck", "steps": [
      {"title": "Intro"}, {"title": "The upper trapezius", "select": ["trapezus.left"]}]})");
  const myo::test::CommandResult run = runMyoatlas({"view", "--tour", tour.string(), "--present"});
  EXPECT_EQ(run.exitCode, 2) << run.err;
  EXPECT_NE(run.err.find(tour.string()), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("step 2 \"The upper trapezius\""), std::string::npos) << run.err;
  EXPECT_EQ(run.err.find("display"), std::string::npos) << "the tour is checked before the display: " << run.err;
  EXPECT_TRUE(run.out.empty());
}

TEST(ViewTour, AMissingTourFileIsNamed) {
  const fs::path tour = scratch("no-such-tour.json");
  const myo::test::CommandResult run = runMyoatlas({"view", "--tour", tour.string()});
  EXPECT_EQ(run.exitCode, 2) << run.err;
  EXPECT_NE(run.err.find(tour.string()), std::string::npos) << run.err;
}

}  // namespace
