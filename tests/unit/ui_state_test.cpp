// What the window derives from its state without drawing anything: which referred-pain patterns
// show (and the skin that carries them), and the state it reports to scripts and tests.
#include <gtest/gtest.h>

#include <algorithm>

#include <nlohmann/json.hpp>

#include "heat_patterns.hpp"
#include "knowledge_fixture.hpp"
#include "state_dump.hpp"

namespace {

using namespace myo::ui;
using myo::atlas::Layer;

const myo::atlas::KnowledgeBase& knowledgeBase() { return myo::test::sourceKnowledgeBase(); }

std::vector<std::string> patternIds(const AppState& state) {
  std::vector<std::string> ids;
  for (const auto& tp : state.view.patterns) ids.push_back(tp.point->id + "." + tp.side);
  return ids;
}

bool skinShown(const AppState& state) { return state.view.display.layers[static_cast<int>(Layer::Skin)].visible; }

TEST(UiHeatPatterns, AChosenTriggerPointShowsItsPatternOnTheSelectedSideAndTheSkinWithIt) {
  AppState state;
  state.view.display.selection = {{"levator_scapulae", "left"}};
  updateHeatPatterns(state, &knowledgeBase());
  EXPECT_TRUE(state.view.patterns.empty()) << "selecting alone paints nothing";
  EXPECT_FALSE(skinShown(state));

  state.chosenTriggerPoint = "levator_scapulae/tp1";
  updateHeatPatterns(state, &knowledgeBase());
  EXPECT_EQ(patternIds(state), std::vector<std::string>{"levator_scapulae/tp1.left"});
  EXPECT_TRUE(skinShown(state));

  state.chosenTriggerPoint.reset();
  updateHeatPatterns(state, &knowledgeBase());
  EXPECT_TRUE(state.view.patterns.empty());
  EXPECT_FALSE(skinShown(state)) << "the skin turned on for the heat map goes with it";
}

TEST(UiHeatPatterns, KeptPatternsStayWhenTheSelectionChanges) {
  AppState state;
  state.pinnedPatterns.push_back({"trapezius/tp1", "right"});
  state.view.display.selection = {{"levator_scapulae", ""}};
  state.showSelectionPattern = true;
  updateHeatPatterns(state, &knowledgeBase());
  const std::vector<std::string> ids = patternIds(state);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "trapezius/tp1.right"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "levator_scapulae/tp1.left"), ids.end());
  EXPECT_NE(std::find(ids.begin(), ids.end(), "levator_scapulae/tp1.right"), ids.end());
}

TEST(UiHeatPatterns, ASkinTheUserTurnedOnStaysOn) {
  AppState state;
  state.view.display.layers[static_cast<int>(Layer::Skin)].visible = true;
  state.chosenTriggerPoint = "levator_scapulae/tp1";
  state.view.display.selection = {{"levator_scapulae", "left"}};
  updateHeatPatterns(state, &knowledgeBase());
  state.chosenTriggerPoint.reset();
  updateHeatPatterns(state, &knowledgeBase());
  EXPECT_TRUE(skinShown(state));
}

TEST(UiStateDump, ReportsTheCardTitleAndTheLayersAPeelLeaves) {
  AppState state;
  state.view.display.selection = {{"pectoralis_major", "left"}};
  state.view.display.peel = Layer::Intermediate;
  state.tab = CardTab::Techniques;
  const nlohmann::json dumped = nlohmann::json::parse(stateToJson(state, &knowledgeBase(), FrameFacts{}));
  EXPECT_EQ(dumped.at("card_title"), "Pectoralis major (left)");
  EXPECT_EQ(dumped.at("card_tab"), "techniques");
  EXPECT_EQ(dumped.at("peel"), "intermediate");
  EXPECT_EQ(dumped.at("layers_shown"), nlohmann::json::array({"intermediate", "deep", "bone"}));
}

}  // namespace
