#pragma once
// What the quiz's panels call things, and the colours of right and wrong, in one place so the
// set-up, the card and the summary agree.

#include <imgui.h>

#include <string>
#include <vector>

#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/quiz.hpp"

namespace myo::ui {

// Readable on the dark and the light theme alike, and told apart by the words beside them too.
inline const ImVec4 kRightColour{0.30f, 0.72f, 0.36f, 1.0f};
inline const ImVec4 kWrongColour{0.90f, 0.36f, 0.30f, 1.0f};

const char* quizModeTitle(atlas::QuizMode mode);  // the kind of question, as the student reads it
// The question in play as the student reads it: "What lies deep to the trapezius?".
std::string quizQuestionTitle(const atlas::KnowledgeBase& kb, const atlas::QuizQuestion& question);
// What the clue of a question in words is ("Nerve: "), before the card's words.
std::string quizClueLead(atlas::QuizMode mode);
const char* bodyAreaLabel(atlas::BodyArea area);
const char* layerLabel(atlas::Layer layer);

// What is said once a question is answered, by the quiz card and by presenter mode's caption alike:
// right or wrong in words (the colour alone would not tell everyone), and the right muscle named.
struct QuizFeedbackWords {
  bool right = false;
  std::string headline;            // "Right!" or "Not quite."
  std::vector<std::string> lines;  // what was answered and, when wrong, the answer
};
QuizFeedbackWords quizFeedbackWords(const atlas::KnowledgeBase& kb, const atlas::QuizQuestion& question,
                                    const atlas::QuizAnswer& answer);

// The summary's words for a mistake: its question in a few words, and what was answered.
std::string mistakeTitle(const atlas::QuizMistake& mistake);
std::string answeredWords(const atlas::KnowledgeBase& kb, const atlas::QuizAnswer& answer);

// The choice as shown and keyed: "2   Trapezius".
std::string choiceLabel(const atlas::KnowledgeBase& kb, const atlas::QuizQuestion& question, std::size_t choice);

}  // namespace myo::ui
