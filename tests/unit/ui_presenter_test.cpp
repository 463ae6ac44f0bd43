// Presenter mode and tour playback without a window: what each key asks for, how a staged step
// becomes what the window shows (and what H hides), and editing a tour's steps.
#include <gtest/gtest.h>

#include <GLFW/glfw3.h>

#include "heat_patterns.hpp"
#include "knowledge_fixture.hpp"
#include "myo/atlas/quiz.hpp"
#include "presenter.hpp"
#include "presenter_keys.hpp"
#include "tour_playback.hpp"

namespace {

using namespace myo::ui;
using myo::atlas::Layer;
using myo::atlas::Side;

const myo::atlas::KnowledgeBase& knowledgeBase() { return myo::test::sourceKnowledgeBase(); }

PresenterAction actionFor(int key, std::string& typed, int mods = 0) { return presenterCommandFor(key, mods, typed).action; }

bool skinShown(const AppState& state) { return state.view.display.layers[static_cast<int>(Layer::Skin)].visible; }

myo::atlas::TourStep titled(const std::string& title) {
  myo::atlas::TourStep step;
  step.title = title;
  return step;
}

std::vector<std::string> titles(const TourState& tour) {
  std::vector<std::string> out;
  for (const auto& step : tour.tour->steps) out.push_back(step.title);
  return out;
}

TEST(PresenterKeys, AClickerAndTheKeyboardStepForwardAndBack) {
  std::string typed;
  for (int key : {GLFW_KEY_RIGHT, GLFW_KEY_SPACE, GLFW_KEY_PAGE_DOWN}) EXPECT_EQ(actionFor(key, typed), PresenterAction::Next);
  for (int key : {GLFW_KEY_LEFT, GLFW_KEY_BACKSPACE, GLFW_KEY_PAGE_UP})
    EXPECT_EQ(actionFor(key, typed), PresenterAction::Previous);
  EXPECT_EQ(actionFor(GLFW_KEY_HOME, typed), PresenterAction::First);
  EXPECT_EQ(actionFor(GLFW_KEY_END, typed), PresenterAction::Last);
  EXPECT_EQ(actionFor(GLFW_KEY_H, typed), PresenterAction::ToggleHeat);
  EXPECT_EQ(actionFor(GLFW_KEY_L, typed), PresenterAction::CycleLayers);
  EXPECT_EQ(actionFor(GLFW_KEY_O, typed), PresenterAction::TogglePointer);
  EXPECT_EQ(actionFor(GLFW_KEY_ESCAPE, typed), PresenterAction::Leave);
  EXPECT_EQ(actionFor(GLFW_KEY_T, typed), PresenterAction::None) << "the theme key keeps its meaning";
  EXPECT_EQ(actionFor(GLFW_KEY_H, typed, GLFW_MOD_CONTROL), PresenterAction::None);
}

TEST(PresenterKeys, DigitsThenEnterGoToThatStepAndBackspaceTakesADigitBack) {
  std::string typed;
  EXPECT_EQ(actionFor(GLFW_KEY_1, typed), PresenterAction::Handled);
  EXPECT_EQ(actionFor(GLFW_KEY_KP_2, typed), PresenterAction::Handled);
  EXPECT_EQ(typed, "12");
  EXPECT_EQ(actionFor(GLFW_KEY_BACKSPACE, typed), PresenterAction::Handled) << "a digit back, not a step back";
  EXPECT_EQ(actionFor(GLFW_KEY_4, typed), PresenterAction::Handled);
  const PresenterCommand go = presenterCommandFor(GLFW_KEY_ENTER, 0, typed);
  EXPECT_EQ(go.action, PresenterAction::GoToStep);
  EXPECT_EQ(go.step, 13u) << "step 14 is index 13";
  EXPECT_TRUE(typed.empty());

  EXPECT_EQ(actionFor(GLFW_KEY_0, typed), PresenterAction::Handled);
  EXPECT_EQ(actionFor(GLFW_KEY_ENTER, typed), PresenterAction::Handled) << "step 0 does not exist: nothing happens";
  EXPECT_EQ(actionFor(GLFW_KEY_3, typed), PresenterAction::Handled);
  EXPECT_EQ(actionFor(GLFW_KEY_RIGHT, typed), PresenterAction::Next);
  EXPECT_TRUE(typed.empty()) << "another key abandons the number";
}

TEST(TourPlayback, AStagedStepIsShownWithItsPatternsAndHHidesTheHeatAndTheSkinThatCarriedIt) {
  const myo::atlas::TriggerPoint* point = knowledgeBase().findTriggerPoint("trapezius/tp1");
  ASSERT_NE(point, nullptr);
  myo::atlas::TourStep step = titled("Upper trapezius");
  myo::atlas::StagedStep staged;
  staged.view.display.selection = {{"trapezius", Side::Left}};
  staged.view.display.layers[static_cast<int>(Layer::Skin)].visible = true;  // as stageStep does for a painted step
  staged.view.patterns = {{point, Side::Left}};
  staged.view.regions = {"left_temple"};

  AppState state;
  state.chosenTriggerPoint = "levator_scapulae/tp1";
  state.pinnedPatterns.push_back({"levator_scapulae", std::nullopt});
  showStagedStep(state, step, staged);
  updateHeatPatterns(state, &knowledgeBase());
  ASSERT_EQ(state.view.patterns.size(), 1u) << "the step's pattern only, nothing left of the earlier picture";
  EXPECT_EQ(state.view.patterns[0].point->id, "trapezius/tp1");
  EXPECT_EQ(state.view.regions, std::vector<std::string>{"left_temple"});
  EXPECT_EQ(state.view.display.selection.size(), 1u);
  EXPECT_TRUE(state.tour.cameraOnStep);
  EXPECT_TRUE(skinShown(state));

  state.presenter.heatShown = false;
  updateHeatPatterns(state, &knowledgeBase());
  EXPECT_TRUE(state.view.patterns.empty());
  EXPECT_TRUE(state.view.regions.empty());
  EXPECT_FALSE(skinShown(state)) << "the step left the layers to the default: the skin went on for the heat";

  state.presenter.heatShown = true;
  updateHeatPatterns(state, &knowledgeBase());
  EXPECT_EQ(state.view.patterns.size(), 1u);
  EXPECT_TRUE(skinShown(state));
}

TEST(TourPlayback, AStepThatChoosesItsLayersKeepsItsSkinWhenTheHeatIsHidden) {
  const myo::atlas::TriggerPoint* point = knowledgeBase().findTriggerPoint("trapezius/tp1");
  ASSERT_NE(point, nullptr);
  myo::atlas::TourStep step = titled("Skin on");
  step.layers = std::array<bool, 5>{true, true, true, true, true};
  myo::atlas::StagedStep staged;
  staged.view.patterns = {{point, Side::Right}};
  staged.view.display.layers[static_cast<int>(Layer::Skin)].visible = true;
  AppState state;
  showStagedStep(state, step, staged);
  state.presenter.heatShown = false;
  updateHeatPatterns(state, &knowledgeBase());
  EXPECT_TRUE(skinShown(state));
}

TEST(TourPlayback, RecordedStepsGoAfterTheCurrentOneAndCanBeMovedAndDeleted) {
  TourState tour;
  EXPECT_EQ(stepCounter(tour, 0), "");
  addStepAfterCurrent(tour, titled("A"));
  ASSERT_TRUE(tour.tour.has_value()) << "the first recorded step starts a tour";
  EXPECT_FALSE(tour.tour->title.empty());
  addStepAfterCurrent(tour, titled("C"));
  tour.step = 0;
  addStepAfterCurrent(tour, titled("B"));
  EXPECT_EQ(titles(tour), (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_EQ(tour.step, 1u);
  EXPECT_EQ(stepCounter(tour, tour.step), "2 / 3");
  EXPECT_TRUE(tour.edited);

  moveCurrentStep(tour, +1);
  EXPECT_EQ(titles(tour), (std::vector<std::string>{"A", "C", "B"}));
  EXPECT_EQ(tour.step, 2u) << "the moved step stays the current one";
  moveCurrentStep(tour, +1);
  EXPECT_EQ(titles(tour), (std::vector<std::string>{"A", "C", "B"})) << "the last step goes no further";

  removeCurrentStep(tour);
  EXPECT_EQ(titles(tour), (std::vector<std::string>{"A", "C"}));
  EXPECT_EQ(tour.step, 1u);
  removeCurrentStep(tour);
  removeCurrentStep(tour);
  EXPECT_TRUE(tour.tour->steps.empty());
  EXPECT_EQ(currentStep(tour), nullptr);
  removeCurrentStep(tour);  // nothing left: no harm
}

// F5 in the middle of a "name this muscle" question must not put the muscle's name on the screen.
TEST(PresenterCaption, NamesTheSelectionButNotTheMuscleOfAnOpenQuizQuestion) {
  AppState state;
  state.view.display.selection.push_back({"trapezius", Side::Left});
  EXPECT_NE(presenterCaption(state, &knowledgeBase()).title.find("rapezius"), std::string::npos);

  myo::atlas::QuizOptions options;
  options.mode = myo::atlas::QuizMode::NameMuscle;
  options.questions = 2;
  myo::Result<myo::atlas::Quiz> round = myo::atlas::Quiz::start(knowledgeBase(), options);
  ASSERT_TRUE(round);
  state.quiz.round = std::move(*round);
  const myo::atlas::QuizQuestion& question = state.quiz.round->question();
  state.view.display.selection.assign(1, {question.muscle, question.side});
  EXPECT_EQ(presenterCaption(state, &knowledgeBase()).title, "");

  state.quiz.round->answerChoice(0);
  EXPECT_NE(presenterCaption(state, &knowledgeBase()).title, "") << "answered: the name may show";
}

}  // namespace
