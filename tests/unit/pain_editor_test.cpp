// The pain-drawing panel's logic without a window: edits of the drawing update the field on the
// skin and the ranked candidates; choosing a candidate shows it; the session carries the drawing.
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "atlas_fixture.hpp"
#include "pain_editor.hpp"
#include "state_dump.hpp"

namespace {

using namespace myo::ui;

class PainEditorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (myo::test::builtInAtlas().scene == nullptr) GTEST_FAIL() << "built-in atlas: " << myo::test::builtInAtlas().error;
    ASSERT_TRUE(myo::test::builtInAtlas().scene->skin);
  }
  const myo::atlas::KnowledgeBase& kb() { return *myo::test::builtInAtlas().kb; }
  PainEditor editor{*myo::test::builtInAtlas().scene->skin, *myo::test::builtInAtlas().kb};
  AppState state;
};

bool lists(const AppState& state, const std::string& muscle, myo::atlas::Side side) {
  return std::any_of(state.pain.candidates.begin(), state.pain.candidates.end(),
                     [&](const myo::atlas::LookupResult& r) { return r.muscle == muscle && r.side == side; });
}

TEST_F(PainEditorTest, ARegionRanksItsSourcesAndTakingItOutEmptiesTheList) {
  EXPECT_FALSE(editor.lookupBuilt()) << "the lookup waits for the first edit";
  editor.toggleRegion(state, "left_temple");
  EXPECT_TRUE(editor.lookupBuilt());
  EXPECT_FALSE(state.view.pain.empty());
  EXPECT_LE(state.pain.candidates.size(), kPainCandidatesShown);
  EXPECT_TRUE(lists(state, "temporalis", myo::atlas::Side::Left) || lists(state, "trapezius", myo::atlas::Side::Left));
  EXPECT_TRUE(state.view.display.layers[0].visible) << "the drawing needs the skin";
  editor.toggleRegion(state, "left_temple");
  EXPECT_TRUE(state.pain.drawing.regions.empty());
  EXPECT_TRUE(state.pain.candidates.empty());
  EXPECT_TRUE(state.view.pain.empty());
}

TEST_F(PainEditorTest, MirroringPutsThePainOnBothSidesAndClearTakesItAll) {
  editor.toggleRegion(state, "left_temple");
  editor.mirrorToOtherSide(state);
  EXPECT_EQ(state.pain.drawing.regions, (std::vector<std::string>{"left_temple", "right_temple"}));
  EXPECT_TRUE(std::any_of(state.pain.candidates.begin(), state.pain.candidates.end(),
                          [](const auto& r) { return r.side == myo::atlas::Side::Right; }));
  editor.clear(state);
  EXPECT_TRUE(state.pain.drawing.empty());
  EXPECT_TRUE(state.pain.candidates.empty());
}

TEST_F(PainEditorTest, TheEraserTakesAwayWhatTheBrushPainted) {
  const glm::vec3 point = myo::test::builtInAtlas().scene->skin->mesh().positions.front();
  editor.dab(state, point);
  ASSERT_EQ(state.pain.drawing.strokes.size(), 1u);
  const float painted = *std::max_element(state.view.pain.begin(), state.view.pain.end());
  EXPECT_GT(painted, 0.9f);
  state.pain.eraser = true;
  state.pain.radiusCm = 6.0f;
  editor.dab(state, point);
  EXPECT_TRUE(state.pain.drawing.strokes.back().erase);
  EXPECT_LT(*std::max_element(state.view.pain.begin(), state.view.pain.end()), 0.05f);
}

TEST_F(PainEditorTest, ChoosingACandidateSelectsItShowsItsTriggerPointAndKeepsTheSkin) {
  editor.toggleRegion(state, "left_temple");
  ASSERT_FALSE(state.pain.candidates.empty());
  const myo::atlas::LookupResult top = state.pain.candidates.front();
  chooseCandidate(state, kb(), 0);
  ASSERT_EQ(state.view.display.selection.size(), 1u);
  EXPECT_EQ(state.view.display.selection[0].id, top.muscle);
  EXPECT_EQ(state.view.display.selection[0].side, top.side);
  EXPECT_EQ(state.chosenTriggerPoint, top.triggerPoints.front());
  EXPECT_TRUE(state.view.display.layers[0].visible);
  EXPECT_FALSE(state.view.display.peel.has_value()) << "peeling would take the drawing away";
  // Still chosen after another edit, while it is still a candidate.
  editor.toggleRegion(state, "left_lateral_neck");
  if (lists(state, top.muscle, top.side)) {
    EXPECT_TRUE(state.pain.chosenCandidate.has_value());
  }

  const myo::atlas::Session session = sessionOf(state);
  EXPECT_EQ(session.pain, state.pain.drawing);
  ASSERT_EQ(session.muscles.size(), state.pain.chosenCandidate ? 1u : 0u);
}

TEST_F(PainEditorTest, TheStateFileListsStrokesRegionsAndRankedCandidates) {
  editor.toggleRegion(state, "left_temple");
  const nlohmann::json dumped = nlohmann::json::parse(stateToJson(state, &kb(), {}));
  const nlohmann::json& pain = dumped.at("pain");
  EXPECT_EQ(pain.at("regions"), nlohmann::json::array({"left_temple"}));
  EXPECT_EQ(pain.at("strokes"), 0);
  ASSERT_EQ(pain.at("candidates").size(), state.pain.candidates.size());
  EXPECT_EQ(pain.at("candidates")[0].at("rank"), 1);
  EXPECT_EQ(pain.at("candidates")[0].at("muscle"), state.pain.candidates[0].muscle);
  EXPECT_EQ(pain.at("candidates")[0].at("side"), myo::atlas::toString(state.pain.candidates[0].side));
}

}  // namespace
