// The quiz in the real window under Xvfb: a round started from the command line, answered with
// real clicks on the choice buttons, with the keys and on the body (xdotool); the score, streak,
// review and the view put back afterwards are read from the state file.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <iostream>
#include <optional>
#include <set>
#include <thread>

#include "window_session.hpp"

namespace {

using myo::test::hoveredText;
using myo::test::Point;
using myo::test::WindowSession;
using nlohmann::json;
using namespace std::chrono_literals;

const json& quiz(const json& state) { return state.at("quiz"); }

bool scoreIs(const json& state, int right, int asked) {
  const json& score = quiz(state).at("score");
  return score.at("right") == right && score.at("asked") == asked;
}

// The choice (0-3) that is right, or a wrong one.
int choiceIndex(const json& state, bool right) {
  const json& q = quiz(state);
  for (int i = 0; i < 4; ++i)
    if ((q.at("choices")[i] == q.at("answer")) == right) return i;
  return -1;
}

class QuizWindow : public ::testing::Test {
 protected:
  void startWith(const std::vector<std::string>& arguments) {
    session_ = std::make_unique<WindowSession>(myo::test::freshTestFolder(myo::test::currentTestName()));
    ASSERT_TRUE(session_->start(arguments)) << session_->why();
  }
  WindowSession& window() { return *session_; }

  // Waits for question `number` to be open with the camera settled on it.
  void waitForQuestion(int number) {
    ASSERT_TRUE(window().waitFor([&](const json& s) {
      return quiz(s).value("question", 0) == number && quiz(s).value("question_open", false) &&
             s.at("widgets").contains("quiz_choice_3") && !s.value("camera_moving", true);
    }, 60s)) << "question " << number << " did not open: " << quiz(window().lastState()).dump();
  }

  void clickChoice(int index) {
    ASSERT_GE(index, 0);
    const Point at = myo::test::widgetPoint(window().state(), "quiz_choice_" + std::to_string(index));
    ASSERT_TRUE(window().click(at.x, at.y));
  }

  void clickWidget(const std::string& name) {
    ASSERT_TRUE(window().waitFor([&](const json& s) { return s.at("widgets").contains(name); }, 30s)) << name;
    const Point at = myo::test::widgetPoint(window().lastState(), name);
    ASSERT_TRUE(window().click(at.x, at.y));
  }

  // A point of the 3D view where what the window reports under the cursor passes `wanted`, and
  // that report; a few places around the middle of the view are tried.
  std::optional<std::pair<Point, json>> findOnTheBody(const std::function<bool(const json&)>& wanted) {
    const json viewport = window().state().at("scene_viewport");
    for (double fy : {0.45, 0.35, 0.55, 0.25, 0.65})
      for (double fx : {0.5, 0.42, 0.58, 0.34, 0.66}) {
        const Point p{viewport.at("x").get<double>() + viewport.at("width").get<double>() * fx,
                      viewport.at("y").get<double>() + viewport.at("height").get<double>() * fy};
        if (!window().moveMouse(p.x + 25, p.y) || !window().moveMouse(p.x, p.y)) return std::nullopt;
        // The window has seen the cursor here and has settled: the pick reported is this point's,
        // not the one 25 pixels off.
        const auto pickedHere = [&](const json& s) {
          return s.value("settled", false) && std::abs(s.at("cursor").at("x").get<double>() - double(int(p.x))) < 1.0 &&
                 std::abs(s.at("cursor").at("y").get<double>() - double(int(p.y))) < 1.0;
        };
        if (window().waitFor(pickedHere, 10s) &&
            window().lastState().at("hovered").is_object() && wanted(window().lastState().at("hovered")))
          return std::make_pair(p, window().lastState().at("hovered"));
      }
    return std::nullopt;
  }

  // F12, and the path of the picture once saved.
  std::string screenshot() {
    const std::string before = window().state().value("last_screenshot", "");
    EXPECT_TRUE(window().key("F12"));
    EXPECT_TRUE(window().waitFor([&](const json& s) { return s.value("last_screenshot", "") != before; }, 30s));
    return window().lastState().value("last_screenshot", "");
  }

 private:
  std::unique_ptr<WindowSession> session_;
};

TEST_F(QuizWindow, ARightChoiceThenAWrongOneAreScoredAndTheMistakeIsReviewed) {
  startWith({"--quiz", "pain", "--quiz-seed", "7", "--quiz-questions", "2"});
  waitForQuestion(1);
  json state = window().lastState();
  EXPECT_EQ(quiz(state).at("mode"), "referred_pain");
  EXPECT_TRUE(quiz(state).at("names_hidden"));
  EXPECT_EQ(state.at("selection"), json::array()) << "a selection would name the answer in the card";
  ASSERT_EQ(state.at("patterns").size(), 1u) << "the question paints its pattern";
  EXPECT_EQ(state.at("patterns")[0], quiz(state).at("trigger_point").get<std::string>() + "." +
                                         quiz(state).at("side").get<std::string>());
  EXPECT_TRUE(state.at("layers").at("skin").at("visible"));
  EXPECT_FALSE(screenshot().empty()) << "a picture of the question";

  clickChoice(choiceIndex(state, true));
  ASSERT_TRUE(window().waitFor([](const json& s) { return scoreIs(s, 1, 1); }, 30s)) << quiz(window().lastState()).dump();
  state = window().lastState();
  EXPECT_EQ(quiz(state).at("streak"), 1);
  EXPECT_EQ(quiz(state).at("best_streak"), 1);
  EXPECT_TRUE(quiz(state).at("last_answer").at("right"));
  EXPECT_FALSE(quiz(state).at("names_hidden")) << "the answer is shown once given";

  clickWidget("quiz_next");
  waitForQuestion(2);
  state = window().lastState();
  const std::string answer = quiz(state).at("answer");
  const int wrong = choiceIndex(state, false);
  const std::string wrongMuscle = quiz(state).at("choices")[wrong];
  clickChoice(wrong);
  ASSERT_TRUE(window().waitFor([](const json& s) { return scoreIs(s, 1, 2); }, 30s)) << quiz(window().lastState()).dump();
  state = window().lastState();
  EXPECT_EQ(quiz(state).at("streak"), 0);
  EXPECT_EQ(quiz(state).at("best_streak"), 1);
  EXPECT_FALSE(quiz(state).at("last_answer").at("right"));
  ASSERT_EQ(quiz(state).at("review").size(), 1u);
  EXPECT_EQ(quiz(state).at("review")[0].at("muscle"), answer);
  EXPECT_EQ(quiz(state).at("review")[0].at("answered").at("muscle"), wrongMuscle);

  // The last Next ends the round: the summary shows, and the body is as it was before the quiz.
  ASSERT_TRUE(window().key("Return"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return quiz(s).value("finished", false) && s.at("widgets").contains("quiz_review_0") && !s.value("camera_moving", true);
  }, 30s)) << quiz(window().lastState()).dump();
  state = window().lastState();
  EXPECT_EQ(state.at("selection"), json::array());
  EXPECT_EQ(state.at("patterns"), json::array());
  EXPECT_FALSE(state.at("layers").at("skin").at("visible"));
  EXPECT_EQ(state.at("view"), "anterior") << "the camera went back to the front view it had";
  EXPECT_FALSE(screenshot().empty()) << "a picture of the summary";

  clickWidget("quiz_review_0");
  ASSERT_TRUE(window().waitFor([](const json& s) { return quiz(s).at("reviewing") == 0; }, 30s));
  state = window().lastState();
  EXPECT_EQ(state.at("selection"), json::array({answer + "." + quiz(state).at("review")[0].at("side").get<std::string>()}))
      << "the mistake is shown again, with its answer";

  clickWidget("quiz_close");
  ASSERT_TRUE(window().waitFor([](const json& s) { return !quiz(s).contains("mode"); }, 30s)) << quiz(window().lastState()).dump();
  EXPECT_EQ(window().lastState().at("selection"), json::array());
}

TEST_F(QuizWindow, AStudyRoundAsksInWordsAndAboutLayersAndIsAnswered) {
  startWith({"--quiz", "study", "--quiz-kinds", "nerve,deep", "--quiz-seed", "4", "--quiz-questions", "4"});
  std::set<std::string> kinds;
  for (int number = 1; number <= 4; ++number) {
    waitForQuestion(number);
    json state = window().lastState();
    EXPECT_EQ(quiz(state).at("mode"), "study");
    const std::string kind = quiz(state).at("kind");
    kinds.insert(kind);
    ASSERT_TRUE(kind == "nerve" || kind == "deep_to") << kind;
    EXPECT_TRUE(state.at("widgets").contains("quiz_question"));
    if (kind == "nerve") {
      EXPECT_TRUE(state.at("widgets").contains("quiz_clue")) << "the nerve is shown in words";
      EXPECT_FALSE(quiz(state).at("clue").get<std::string>().empty());
      EXPECT_EQ(state.at("selection"), json::array()) << "a highlighted muscle would give the answer away";
    } else {
      const std::string subject = quiz(state).at("subject");
      EXPECT_NE(subject, quiz(state).at("answer"));
      EXPECT_EQ(state.at("selection"), json::array({subject + "." + quiz(state).at("side").get<std::string>()}))
          << "the muscle asked about is highlighted";
      EXPECT_TRUE(state.at("xray"));
    }
    clickChoice(choiceIndex(state, true));
    ASSERT_TRUE(window().waitFor([&](const json& s) { return scoreIs(s, number, number); }, 30s))
        << quiz(window().lastState()).dump();
    state = window().lastState();
    EXPECT_TRUE(quiz(state).at("last_answer").at("right"));
    EXPECT_EQ(state.at("selection").at(0).get<std::string>().rfind(quiz(state).at("answer").get<std::string>() + ".", 0), 0u)
        << "the answer is shown on the body once given: " << state.at("selection");
    ASSERT_TRUE(window().key("Return"));
  }
  EXPECT_EQ(kinds.size(), 2u) << "the round mixed the kinds asked for";
  ASSERT_TRUE(window().waitFor([](const json& s) { return quiz(s).value("finished", false); }, 30s));
}

TEST_F(QuizWindow, KeysOneToFourAnswerAndEnterGoesOn) {
  startWith({"--quiz", "name", "--quiz-seed", "3", "--quiz-questions", "3"});
  waitForQuestion(1);
  json state = window().lastState();
  EXPECT_EQ(quiz(state).at("mode"), "name_muscle");
  ASSERT_EQ(state.at("selection").size(), 1u) << "the muscle asked about is highlighted";
  EXPECT_TRUE(state.at("xray")) << "the layers over it are ghosts";
  const int right = choiceIndex(state, true);
  ASSERT_TRUE(window().key(std::to_string(right + 1)));
  ASSERT_TRUE(window().waitFor([](const json& s) { return scoreIs(s, 1, 1); }, 30s)) << quiz(window().lastState()).dump();
  EXPECT_TRUE(window().lastState().at("view").is_null()) << "the key answered; it did not turn the body to a view";
  ASSERT_TRUE(window().key("n"));
  waitForQuestion(2);
  // With the question answered the keys are the views' again.
  ASSERT_TRUE(window().key(std::to_string(choiceIndex(window().lastState(), false) + 1)));
  ASSERT_TRUE(window().waitFor([](const json& s) { return scoreIs(s, 1, 2); }, 30s));
  ASSERT_TRUE(window().key("2"));
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("view") == "posterior"; }, 30s))
      << "after an answer, 2 is the back view: " << window().lastState().at("view");
  EXPECT_TRUE(scoreIs(window().lastState(), 1, 2));
}

TEST_F(QuizWindow, ClickingTheHighlightedMuscleOnTheBodyAnswersRight) {
  startWith({"--quiz", "name", "--quiz-seed", "5", "--quiz-questions", "10"});
  // Where the highlighted muscle's centre is drawn usually lies on it; where it does not (a
  // muscle curved around a bone), answer with a key and try the next question.
  for (int number = 1; number <= 10; ++number) {
    waitForQuestion(number);
    const json state = window().lastState();
    const std::string answer = quiz(state).at("answer");
    ASSERT_TRUE(state.at("selection_on_screen").is_object());
    const Point centre{state["selection_on_screen"]["x"].get<double>(), state["selection_on_screen"]["y"].get<double>()};
    ASSERT_TRUE(window().moveMouse(centre.x + 25, centre.y));
    ASSERT_TRUE(window().moveMouse(centre.x, centre.y));
    bool onIt = window().waitFor([&](const json& s) { return myo::test::hovering(s, answer); }, 5s);
    if (onIt) {  // still under the cursor once the window has drawn what the hover changed
      std::this_thread::sleep_for(500ms);
      onIt = window().waitFor([&](const json& s) { return s.at("settled") == true; }, 5s) &&
             myo::test::hovering(window().lastState(), answer);
    }
    if (onIt) {
      ASSERT_TRUE(window().xdotool({"click", "1"}));
      ASSERT_TRUE(window().waitFor([&](const json& s) { return quiz(s).at("score").at("asked") == number; }, 30s));
      const json& last = quiz(window().lastState()).at("last_answer");
      EXPECT_TRUE(last.at("right")) << last.dump();
      EXPECT_EQ(last.at("muscle"), answer);
      EXPECT_EQ(quiz(window().lastState()).at("score").at("right"), 1) << "only this answer was right";
      return;
    }
    ASSERT_TRUE(window().key(std::to_string(choiceIndex(state, false) + 1))) << "under the cursor: " << hoveredText(window().lastState());
    ASSERT_TRUE(window().waitFor([&](const json& s) { return quiz(s).at("score").at("asked") == number; }, 30s));
    ASSERT_TRUE(window().key("Return"));
  }
  FAIL() << "no highlighted muscle was under its own centre on screen";
}

// In "which muscle refers pain here?" the skin carries the pattern: a click on it is not an
// answer; once the muscles under the pain are shown, the muscle clicked is the answer given.
TEST_F(QuizWindow, InAPainQuestionTheSkinIsNotAnAnswerButAMuscleClickedUnderItIs) {
  startWith({"--quiz", "pain", "--quiz-seed", "3", "--quiz-questions", "3"});
  waitForQuestion(1);
  const auto onSkin = findOnTheBody([](const json& h) { return h.at("layer") == "skin"; });
  ASSERT_TRUE(onSkin) << "no skin under any tried point: " << hoveredText(window().lastState());
  ASSERT_TRUE(window().xdotool({"click", "1"}));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return quiz(s).at("notice").get<std::string>().starts_with("That is the skin");
  }, 30s)) << quiz(window().lastState()).dump();
  EXPECT_EQ(quiz(window().lastState()).at("score").at("asked"), 0) << "a click on the skin is not an answer";
  EXPECT_EQ(window().lastState().at("selection"), json::array()) << "nor does it select anything";

  clickWidget("quiz_show_muscles");
  ASSERT_TRUE(window().waitFor([](const json& s) { return s.at("layers").at("superficial").at("visible") == true; }, 30s));
  const auto onMuscle = findOnTheBody([](const json& h) { return h.at("layer") != "skin" && h.at("layer") != "bone"; });
  ASSERT_TRUE(onMuscle) << "no muscle under any tried point: " << hoveredText(window().lastState());
  const json clicked = onMuscle->second;
  const json question = quiz(window().lastState());
  ASSERT_TRUE(window().xdotool({"click", "1"}));
  ASSERT_TRUE(window().waitFor([](const json& s) { return quiz(s).at("score").at("asked") == 1; }, 30s))
      << quiz(window().lastState()).dump();
  const json& answer = quiz(window().lastState()).at("last_answer");
  EXPECT_EQ(answer.at("muscle"), clicked.at("id")) << answer.dump();
  EXPECT_EQ(answer.at("side"), clicked.at("side")) << answer.dump();
  const bool right = answer.at("right");
  EXPECT_EQ(quiz(window().lastState()).at("score").at("right"), right ? 1 : 0);
  if (clicked.at("id") != question.at("answer")) {
    EXPECT_FALSE(right) << "clicked " << clicked.dump() << " for " << question.at("answer");
    EXPECT_EQ(quiz(window().lastState()).at("review").size(), 1u) << "the mistake is kept for the review";
  } else {
    EXPECT_EQ(right, !answer.at("other_side").get<bool>()) << answer.dump();
  }
}

// Presenter mode projects the round: the panels are gone, so the state file's presenter and quiz
// parts tell what the caption shows; the keys are the instructor's, entering the class's answers.
TEST_F(QuizWindow, PresenterModeProjectsTheRoundAndTheDigitsAnswerIt) {
  startWith({"--quiz", "pain", "--quiz-seed", "7", "--quiz-questions", "3", "--present"});
  const auto questionOpen = [](int number) {
    return [number](const json& s) {
      return s.at("presenter").at("presenting") == true && s.at("presenter").at("shows_quiz") == true &&
             quiz(s).value("question", 0) == number && quiz(s).value("question_open", false) &&
             !s.value("camera_moving", true);
    };
  };
  ASSERT_TRUE(window().waitFor(questionOpen(1), 60s)) << window().lastState().at("presenter").dump();
  json state = window().lastState();
  EXPECT_TRUE(state.at("widgets").empty()) << "no panel in presenter mode";
  EXPECT_EQ(state.at("selection"), json::array()) << "a selection would name the answer";
  const std::string question = screenshot();
  EXPECT_FALSE(question.empty()) << "a picture of the projected question";
  std::cout << "projected question: " << question << "\n";

  ASSERT_TRUE(window().key(std::to_string(choiceIndex(state, true) + 1)));
  ASSERT_TRUE(window().waitFor([](const json& s) { return scoreIs(s, 1, 1); }, 30s)) << quiz(window().lastState()).dump();
  EXPECT_EQ(quiz(window().lastState()).at("streak"), 1);
  const std::string feedback = screenshot();
  std::cout << "projected feedback: " << feedback << "\n";

  ASSERT_TRUE(window().key("Return"));
  ASSERT_TRUE(window().waitFor(questionOpen(2), 60s)) << quiz(window().lastState()).dump();
  state = window().lastState();
  ASSERT_TRUE(window().key(std::to_string(choiceIndex(state, false) + 1)));
  ASSERT_TRUE(window().waitFor([](const json& s) { return scoreIs(s, 1, 2); }, 30s)) << quiz(window().lastState()).dump();
  EXPECT_EQ(quiz(window().lastState()).at("streak"), 0);
  EXPECT_FALSE(quiz(window().lastState()).at("last_answer").at("right"));
  std::cout << "projected wrong answer: " << screenshot() << "\n";

  // Esc leaves presenter mode; the round goes on in the panel.
  ASSERT_TRUE(window().key("Escape"));
  ASSERT_TRUE(window().waitFor([](const json& s) {
    return s.at("presenter").at("presenting") == false && s.at("presenter").at("shows_quiz") == false &&
           s.at("widgets").contains("quiz_next");
  }, 30s)) << window().lastState().at("presenter").dump();
  EXPECT_TRUE(scoreIs(window().lastState(), 1, 2));
}

}  // namespace
