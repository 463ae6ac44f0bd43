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
using myo::atlas::Side;

const myo::atlas::KnowledgeBase& knowledgeBase() { return myo::test::sourceKnowledgeBase(); }

std::vector<std::string> patternIds(const AppState& state) {
  std::vector<std::string> ids;
  for (const auto& tp : state.view.patterns) ids.push_back(tp.point->id + "." + std::string(myo::atlas::toString(tp.side)));
  return ids;
}

bool skinShown(const AppState& state) { return state.view.display.layers[static_cast<int>(Layer::Skin)].visible; }

TEST(UiHeatPatterns, AChosenTriggerPointShowsItsPatternOnTheSelectedSideAndTheSkinWithIt) {
  AppState state;
  state.view.display.selection = {{"levator_scapulae", Side::Left}};
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
  state.pinnedPatterns.push_back({"trapezius/tp1", Side::Right});
  state.view.display.selection = {{"levator_scapulae", std::nullopt}};
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
  state.view.display.selection = {{"levator_scapulae", Side::Left}};
  updateHeatPatterns(state, &knowledgeBase());
  state.chosenTriggerPoint.reset();
  updateHeatPatterns(state, &knowledgeBase());
  EXPECT_TRUE(skinShown(state));
}

TEST(UiStateDump, ReportsTheCardTitleAndTheLayersAPeelLeaves) {
  AppState state;
  state.view.display.selection = {{"pectoralis_major", Side::Left}};
  state.view.display.peel = Layer::Intermediate;
  state.tab = CardTab::Techniques;
  const nlohmann::json dumped = nlohmann::json::parse(stateToJson(state, &knowledgeBase(), FrameFacts{}));
  EXPECT_EQ(dumped.at("card_title"), "Pectoralis major (left)");
  EXPECT_EQ(dumped.at("card_tab"), "techniques");
  EXPECT_EQ(dumped.at("peel"), "intermediate");
  EXPECT_EQ(dumped.at("layers_shown"), nlohmann::json::array({"intermediate", "deep", "bone"}));
}

}  // namespace

TEST(UiHeatPatterns, AQuizQuestionPaintsItsPatternAloneAndNoMarker) {
  AppState state;
  state.settings.showMarkers = true;
  state.pinnedPatterns.push_back({"trapezius/tp1", Side::Left});
  state.quiz.pattern = PinnedPattern{"levator_scapulae/tp1", Side::Right};
  updateHeatPatterns(state, &knowledgeBase());
  EXPECT_EQ(patternIds(state), std::vector<std::string>{"levator_scapulae/tp1.right"});
  EXPECT_FALSE(state.view.markers) << "a marker would show where the trigger point is";
  state.quiz.pattern.reset();
  updateHeatPatterns(state, &knowledgeBase());
  EXPECT_EQ(patternIds(state), std::vector<std::string>{"trapezius/tp1.left"});
  EXPECT_TRUE(state.view.markers);
}

TEST(UiStateDump, ReportsTheQuizRoundWithTheAnswerForTests) {
  AppState state;
  nlohmann::json document = nlohmann::json::parse(stateToJson(state, &knowledgeBase(), {}));
  EXPECT_FALSE(document.at("quiz").at("active"));
  EXPECT_FALSE(document.at("quiz").contains("answer"));
  EXPECT_TRUE(document.at("selection_on_screen").is_null());

  myo::atlas::QuizOptions options;
  options.mode = myo::atlas::QuizMode::NameMuscle;
  options.questions = 2;
  myo::Result<myo::atlas::Quiz> round = myo::atlas::Quiz::start(knowledgeBase(), options);
  ASSERT_TRUE(round);
  state.quiz.round = std::move(*round);
  FrameFacts facts;
  facts.selectionOnScreen = glm::vec2(320.0f, 200.0f);
  document = nlohmann::json::parse(stateToJson(state, &knowledgeBase(), facts));
  const nlohmann::json& quiz = document.at("quiz");
  EXPECT_TRUE(quiz.at("active"));
  EXPECT_TRUE(quiz.at("names_hidden"));
  EXPECT_EQ(quiz.at("mode"), "name_muscle");
  EXPECT_EQ(quiz.at("question"), 1);
  EXPECT_EQ(quiz.at("length"), 2);
  EXPECT_EQ(quiz.at("answer"), state.quiz.round->question().muscle);
  EXPECT_EQ(quiz.at("choices").size(), 4u);
  EXPECT_TRUE(quiz.at("last_answer").is_null());
  EXPECT_EQ(document.at("selection_on_screen").at("x"), 320.0f);

  state.quiz.round->answerChoice(0);
  document = nlohmann::json::parse(stateToJson(state, &knowledgeBase(), facts));
  EXPECT_EQ(document.at("quiz").at("score").at("asked"), 1);
  EXPECT_FALSE(document.at("quiz").at("names_hidden"));
  EXPECT_EQ(document.at("quiz").at("review").size(), document.at("quiz").at("last_answer").at("right") ? 0u : 1u);
  for (const char* key : {"selection", "card_title", "layers", "pain", "widgets", "view"})
    EXPECT_TRUE(document.contains(key)) << key << " is still reported";
}

// The sides the state file spells for tests: a structure's "left" or "right", a body node on the
// midline "midline", a node of another model and a side not chosen yet "", a choice's answer "".
TEST(UiStateDump, SpellsEachSideAsTheStateFileAlwaysHas) {
  AppState state;
  state.view.display.selection = {{"trapezius", Side::Right}, {"trapezius", std::nullopt}};
  const auto dumped = [&] { return nlohmann::json::parse(stateToJson(state, &knowledgeBase(), {})); };
  EXPECT_EQ(dumped().at("selection"), nlohmann::json::array({"trapezius.right", "trapezius"}));
  EXPECT_EQ(dumped().at("zone_edit").at("side"), "") << "no trigger point edited yet";
  state.zoneEdit.side = Side::Right;
  EXPECT_EQ(dumped().at("zone_edit").at("side"), "right");

  const auto hoveredSide = [&](myo::atlas::StructureKind kind, std::optional<Side> side) {
    state.hovered = myo::atlas::StructureInfo{.kind = kind, .id = "x", .side = side};
    return dumped().at("hovered").at("side").get<std::string>();
  };
  EXPECT_EQ(hoveredSide(myo::atlas::StructureKind::Muscle, Side::Left), "left");
  EXPECT_EQ(hoveredSide(myo::atlas::StructureKind::Bone, std::nullopt), "midline");
  EXPECT_EQ(hoveredSide(myo::atlas::StructureKind::Unknown, std::nullopt), "");
}
