// A quiz round projected in presenter mode: what its caption says before and after the answer, at
// the end of the round, and which keys the quiz takes from the tour.
#include <gtest/gtest.h>

#include <GLFW/glfw3.h>

#include <algorithm>

#include "knowledge_fixture.hpp"
#include "myo/atlas/quiz.hpp"
#include "presenter.hpp"
#include "presenter_keys.hpp"
#include "presenter_quiz.hpp"
#include "structure_names.hpp"

namespace {

using namespace myo::ui;
using myo::atlas::Quiz;
using myo::atlas::QuizMode;

const myo::atlas::KnowledgeBase& knowledgeBase() { return myo::test::sourceKnowledgeBase(); }

Quiz startRound(QuizMode mode, int questions) {
  myo::atlas::QuizOptions options;
  options.mode = mode;
  options.questions = questions;
  options.seed = 7;
  myo::Result<Quiz> round = Quiz::start(knowledgeBase(), options);
  EXPECT_TRUE(round) << (round ? "" : round.error().message);
  return std::move(*round);
}

std::size_t rightChoice(const Quiz& round) {
  const auto& choices = round.question().choices;
  return static_cast<std::size_t>(std::find(choices.begin(), choices.end(), round.question().muscle) - choices.begin());
}

std::string everything(const Caption& caption) {
  std::string all = caption.tourTitle + "\n" + caption.counter + "\n" + caption.title + "\n" + caption.text;
  for (const CaptionLine& line : caption.lines) all += "\n" + line.text;
  return all;
}

bool anyTone(const Caption& caption, CaptionTone tone) {
  return std::any_of(caption.lines.begin(), caption.lines.end(), [&](const CaptionLine& line) { return line.tone == tone; });
}

TEST(PresenterQuizCaption, AnOpenQuestionShowsProgressQuestionAndFourNumberedChoicesButNoAnswer) {
  const Quiz round = startRound(QuizMode::ReferredPain, 3);
  const Caption caption = quizCaption(round, knowledgeBase());
  EXPECT_EQ(caption.tourTitle, "Question 1 of 3 \u00b7 Score 0 / 0 \u00b7 Streak 0");
  EXPECT_EQ(caption.title, "Which muscle refers pain here?");
  ASSERT_EQ(caption.lines.size(), 4u) << "the choices only: no feedback yet";
  for (std::size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(caption.lines[i].text.rfind(std::to_string(i + 1) + " ", 0), 0u) << caption.lines[i].text;
    EXPECT_EQ(caption.lines[i].tone, CaptionTone::Plain) << "no colour gives the answer away";
  }
  EXPECT_EQ(everything(caption).find("answer"), std::string::npos);
  EXPECT_EQ(everything(caption).find("Right"), std::string::npos);
}

TEST(PresenterQuizCaption, ARightAnswerIsGreenAndSaidInWords) {
  Quiz round = startRound(QuizMode::NameMuscle, 3);
  const std::size_t right = rightChoice(round);
  ASSERT_TRUE(round.answerChoice(right));
  const Caption caption = quizCaption(round, knowledgeBase());
  EXPECT_EQ(caption.tourTitle, "Question 1 of 3 \u00b7 Score 1 / 1 \u00b7 Streak 1");
  EXPECT_EQ(caption.lines[right].tone, CaptionTone::Right);
  EXPECT_FALSE(anyTone(caption, CaptionTone::Wrong));
  EXPECT_NE(everything(caption).find("Right!"), std::string::npos);
  EXPECT_NE(everything(caption).find(muscleName(knowledgeBase(), round.question().muscle) + ", " +
                                             std::string(myo::atlas::toString(round.question().side))),
            std::string::npos);
}

TEST(PresenterQuizCaption, AWrongAnswerIsRedNamesTheRightMuscleAndResetsTheStreak) {
  Quiz round = startRound(QuizMode::ReferredPain, 3);
  const std::size_t wrong = (rightChoice(round) + 1) % 4;
  ASSERT_TRUE(round.answerChoice(wrong));
  const Caption caption = quizCaption(round, knowledgeBase());
  EXPECT_EQ(caption.tourTitle, "Question 1 of 3 \u00b7 Score 0 / 1 \u00b7 Streak 0");
  EXPECT_EQ(caption.lines[wrong].tone, CaptionTone::Wrong);
  EXPECT_EQ(caption.lines[rightChoice(round)].tone, CaptionTone::Right);
  const std::string all = everything(caption);
  EXPECT_NE(all.find("Not quite."), std::string::npos);
  EXPECT_NE(all.find("The answer: " + muscleName(knowledgeBase(), round.question().muscle)), std::string::npos);
  EXPECT_NE(all.find("Enter: the next question"), std::string::npos);
}

TEST(PresenterQuizCaption, TheSummaryGivesTheScoreTheBestStreakAndTheMistakes) {
  Quiz round = startRound(QuizMode::NameMuscle, 2);
  ASSERT_TRUE(round.answerChoice(rightChoice(round)));
  round.next();
  const std::string missed = round.question().muscle;
  ASSERT_TRUE(round.answerChoice((rightChoice(round) + 1) % 4));
  round.next();
  ASSERT_TRUE(round.finished());
  const Caption caption = quizCaption(round, knowledgeBase());
  EXPECT_EQ(caption.title, "1 of 2 right");
  EXPECT_EQ(caption.text, "Best streak 1");
  const std::string all = everything(caption);
  EXPECT_NE(all.find("Question 2: muscle"), std::string::npos) << all;
  EXPECT_NE(all.find(muscleName(knowledgeBase(), missed)), std::string::npos);
}

TEST(PresenterQuizCaption, PresenterModeShowsTheQuizOnlyWhilePresentingARound) {
  AppState state;
  EXPECT_FALSE(presenterShowsQuiz(state));
  state.quiz.round = startRound(QuizMode::NameMuscle, 2);
  EXPECT_FALSE(presenterShowsQuiz(state)) << "in the window the quiz has its panel";
  state.presenter.presenting = true;
  EXPECT_TRUE(presenterShowsQuiz(state));
  EXPECT_EQ(presenterCaption(state, &knowledgeBase()).title, "Name this muscle");
}

TEST(PresenterQuizKeys, TheQuizTakesTheDigitsEnterAndNButNotTheOtherPresenterKeys) {
  for (int key : {GLFW_KEY_1, GLFW_KEY_4, GLFW_KEY_7, GLFW_KEY_KP_2, GLFW_KEY_ENTER, GLFW_KEY_KP_ENTER, GLFW_KEY_N})
    EXPECT_TRUE(quizTakesPresenterKey(key, 0)) << key;
  for (int key : {GLFW_KEY_RIGHT, GLFW_KEY_ESCAPE, GLFW_KEY_F5, GLFW_KEY_H, GLFW_KEY_L, GLFW_KEY_O})
    EXPECT_FALSE(quizTakesPresenterKey(key, 0)) << key;
  EXPECT_FALSE(quizTakesPresenterKey(GLFW_KEY_1, GLFW_MOD_CONTROL));
}

}  // namespace
