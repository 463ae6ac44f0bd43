// The optional "labels" of a tour step: "layer" or a list of muscles, read, checked with clear
// messages, written back, and carried to the staged step that the window and render draw.
#include <gtest/gtest.h>

#include <unistd.h>

#include "atlas_fixture.hpp"
#include "fixtures.hpp"
#include "myo/atlas/tour.hpp"

namespace {

namespace fs = std::filesystem;
using namespace myo;
using namespace myo::atlas;

class TourStepLabels : public ::testing::Test {
 protected:
  void SetUp() override {
    const test::LoadedAtlas& loaded = test::builtInAtlas();
    ASSERT_TRUE(loaded.scene != nullptr) << loaded.error;
    atlas = loaded.scene.get();
    kb = loaded.kb.get();
    dir = fs::path(test::testOutputDir()) / ("tour_labels_" + std::to_string(::getpid()));
    fs::create_directories(dir);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(dir, ignored);
  }
  // A one-step tour whose step is {"title": "T", "labels": <labels>}.
  Result<Tour> openWithLabels(const std::string& labels) const {
    test::writeText(dir / "tour.json", R"({"format": "myoatlas-tour", "version": 1, "title": "A tour", "steps": [)"
                                       R"({"title": "T", "labels": )" + labels + "}]}");
    return openTour(dir / "tour.json", *kb);
  }
  std::string where() const { return (dir / "tour.json").string() + ": step 1 \"T\": /steps/0/labels"; }

  const AtlasScene* atlas = nullptr;
  const KnowledgeBase* kb = nullptr;
  fs::path dir;
};

TEST_F(TourStepLabels, LayerLabelsEveryMuscleShownAndAListNamesMusclesWithOrWithoutASide) {
  Result<Tour> every = openWithLabels(R"("layer")");
  ASSERT_TRUE(every) << every.error().message;
  EXPECT_TRUE(every->steps[0].labels.every);
  Result<Tour> listed = openWithLabels(R"(["trapezius", "levator_scapulae.left"])");
  ASSERT_TRUE(listed) << listed.error().message;
  const atlas::TourLabels& labels = listed->steps[0].labels;
  EXPECT_FALSE(labels.every);
  ASSERT_EQ(labels.muscles.size(), 2u);
  EXPECT_EQ(labels.muscles[0].id, "trapezius");
  EXPECT_FALSE(labels.muscles[0].side);
  EXPECT_EQ(labels.muscles[1].side, Side::Left);
  // Staged as they are: the window and render label from the staged step.
  Result<StagedStep> staged = stageStep(listed->steps[0], *kb, *atlas, 16.0f / 9.0f);
  ASSERT_TRUE(staged) << staged.error().message;
  EXPECT_EQ(staged->labels.muscles.size(), 2u);
  // A step without the key labels nothing.
  Result<Tour> none = openWithLabels("false");
  EXPECT_FALSE(none);
}

TEST_F(TourStepLabels, MistakesNameTheStepThePointerAndWhatToWrite) {
  Result<Tour> word = openWithLabels(R"("all")");
  ASSERT_FALSE(word);
  EXPECT_EQ(word.error().message,
            where() + ": 'all': \"layer\" labels every muscle the step shows; to label some, list their ids: "
                      "[\"trapezius\", \"levator_scapulae\"]");
  Result<Tour> typo = openWithLabels(R"(["trapezus"])");
  ASSERT_FALSE(typo);
  EXPECT_EQ(typo.error().message, where() + "/0: unknown muscle 'trapezus'; did you mean: trapezius");
  Result<Tour> empty = openWithLabels("[]");
  ASSERT_FALSE(empty);
  EXPECT_NE(empty.error().message.find("an empty list labels nothing"), std::string::npos) << empty.error().message;
}

TEST_F(TourStepLabels, LabelsAreWrittenBackAsRead) {
  for (const char* labels : {R"("layer")", R"(["trapezius","levator_scapulae.left"])"}) {
    Result<Tour> tour = openWithLabels(labels);
    ASSERT_TRUE(tour) << tour.error().message;
    ASSERT_TRUE(saveTour(*tour, dir / "saved.json"));
    Result<Tour> back = openTour(dir / "saved.json", *kb);
    ASSERT_TRUE(back) << back.error().message;
    EXPECT_EQ(tourJson(*back), tourJson(*tour));
    EXPECT_NE(tourJson(*back).find(R"("labels")"), std::string::npos) << labels;
  }
}

}  // namespace
