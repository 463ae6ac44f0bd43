#include "presenter_quiz.hpp"

#include "quiz_words.hpp"
#include "structure_names.hpp"

namespace myo::ui {

namespace {

constexpr const char* kDot = " \u00b7 ";  // Latin-1: in every font the caption loads

std::string progressLine(const atlas::Quiz& round) {
  const atlas::QuizScore& score = round.score();
  return "Question " + std::to_string(round.number()) + " of " + std::to_string(round.length()) + kDot + "Score " +
         std::to_string(score.right) + " / " + std::to_string(score.asked) + kDot + "Streak " +
         std::to_string(score.streak);
}

CaptionTone toneOf(const atlas::QuizQuestion& question, const std::optional<atlas::QuizAnswer>& answer,
                    const std::string& choice) {
  if (!answer) return CaptionTone::Plain;
  if (choice == question.muscle) return CaptionTone::Right;
  return choice == answer->muscle ? CaptionTone::Wrong : CaptionTone::Plain;
}

Caption questionCaption(const atlas::Quiz& round, const atlas::KnowledgeBase& kb) {
  const atlas::QuizQuestion& question = round.question();
  Caption caption;
  caption.tourTitle = progressLine(round);
  caption.title = quizQuestionTitle(kb, question);
  caption.text = question.clue.empty() ? "On the " + std::string(atlas::toString(question.side)) + " side."
                                       : quizClueLead(question.mode) + question.clue;
  for (std::size_t i = 0; i < atlas::kQuizChoices; ++i)
    if (!question.choices[i].empty())
      caption.lines.push_back({choiceLabel(kb, question, i), toneOf(question, round.answer(), question.choices[i])});
  if (!round.answer()) return caption;
  const QuizFeedbackWords words = quizFeedbackWords(kb, question, *round.answer());
  caption.lines.push_back({words.headline, words.right ? CaptionTone::Right : CaptionTone::Wrong, true});
  for (const std::string& line : words.lines) caption.lines.push_back({line});
  const bool last = round.number() >= round.length();
  caption.lines.push_back({last ? "Enter: the results" : "Enter: the next question"});
  return caption;
}

Caption summaryCaption(const atlas::Quiz& round, const atlas::KnowledgeBase& kb) {
  const atlas::QuizScore& score = round.score();
  Caption caption;
  caption.tourTitle = std::string("The round is over") + kDot + quizModeTitle(round.options().mode);
  caption.title = std::to_string(score.right) + " of " + std::to_string(score.asked) + " right";
  caption.text = "Best streak " + std::to_string(score.bestStreak);
  if (round.mistakes().empty()) {
    caption.lines.push_back({"No mistakes: well done.", CaptionTone::Right});
    return caption;
  }
  caption.lines.push_back({"Mistakes:"});
  // One line each: a round of ten wrong answers still fits on the screen.
  for (const atlas::QuizMistake& mistake : round.mistakes())
    caption.lines.push_back({mistakeTitle(mistake) + ": " + muscleName(kb, mistake.question.muscle) + " (answered " +
                             answeredWords(kb, mistake.answer) + ")"});
  return caption;
}

}  // namespace

Caption quizCaption(const atlas::Quiz& round, const atlas::KnowledgeBase& kb) {
  return round.finished() ? summaryCaption(round, kb) : questionCaption(round, kb);
}

}  // namespace myo::ui
