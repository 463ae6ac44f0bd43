#include "quiz_words.hpp"

#include <cctype>

#include "structure_names.hpp"

namespace myo::ui {

const char* quizModeTitle(atlas::QuizMode mode) {
  switch (mode) {
    case atlas::QuizMode::ReferredPain: return "Which muscle refers pain here?";
    case atlas::QuizMode::NameMuscle: return "Name this muscle";
    case atlas::QuizMode::Origin: return "Which muscle arises here?";
    case atlas::QuizMode::Insertion: return "Which muscle inserts here?";
    case atlas::QuizMode::Action: return "Which muscle does this?";
    case atlas::QuizMode::Nerve: return "Which muscle does this nerve supply?";
    case atlas::QuizMode::DeepTo: return "What lies deep to this muscle?";
    case atlas::QuizMode::SuperficialTo: return "What lies superficial to this muscle?";
    case atlas::QuizMode::Study: return "Study: origin, insertion, action, nerve, deep and superficial";
  }
  return "";
}

std::string quizQuestionTitle(const atlas::KnowledgeBase& kb, const atlas::QuizQuestion& question) {
  std::string subject = muscleName(kb, question.subject);
  if (!subject.empty()) subject[0] = char(std::tolower(static_cast<unsigned char>(subject[0])));  // "the trapezius"
  switch (question.mode) {
    case atlas::QuizMode::DeepTo: return "What lies deep to the " + subject + "?";
    case atlas::QuizMode::SuperficialTo: return "What lies superficial to the " + subject + "?";
    default: return quizModeTitle(question.mode);
  }
}

std::string quizClueLead(atlas::QuizMode mode) {
  switch (mode) {
    case atlas::QuizMode::Origin: return "Origin: ";
    case atlas::QuizMode::Insertion: return "Insertion: ";
    case atlas::QuizMode::Action: return "Action: ";
    case atlas::QuizMode::Nerve: return "Nerve: ";
    default: return "";
  }
}

const char* bodyAreaLabel(atlas::BodyArea area) {
  switch (area) {
    case atlas::BodyArea::HeadAndNeck: return "Head and neck";
    case atlas::BodyArea::ShoulderAndArm: return "Shoulder and arm";
    case atlas::BodyArea::TrunkAndBack: return "Chest, trunk and back";
    case atlas::BodyArea::HipAndLeg: return "Hip and leg";
  }
  return "";
}

const char* layerLabel(atlas::Layer layer) {
  switch (layer) {
    case atlas::Layer::Superficial: return "Superficial";
    case atlas::Layer::Intermediate: return "Intermediate";
    case atlas::Layer::Deep: return "Deep";
    case atlas::Layer::Skin: return "Skin";
    case atlas::Layer::Bone: return "Bone";
  }
  return "";
}

QuizFeedbackWords quizFeedbackWords(const atlas::KnowledgeBase& kb, const atlas::QuizQuestion& question,
                                    const atlas::QuizAnswer& answer) {
  QuizFeedbackWords words;
  words.right = answer.right;
  words.headline = answer.right ? "Right!" : "Not quite.";
  const std::string questionSide(atlas::toString(question.side));
  const std::string theAnswer = muscleName(kb, question.muscle) + ", " + questionSide + " side.";
  if (answer.right) {
    // A click on another muscle that is right too: say which one the question had in mind.
    const bool another = !answer.muscle.empty() && answer.muscle != question.muscle;
    words.lines.push_back(another ? muscleName(kb, answer.muscle) + " is right; the question had in mind the " +
                                        muscleName(kb, question.muscle) + "."
                                  : theAnswer);
    return words;
  }
  const std::string otherSide(atlas::toString(atlas::opposite(question.side)));
  if (answer.otherSide)  // a click on the side the question is not about
    words.lines.push_back("That is the right muscle on the " + otherSide + " side, but the trigger point is on the " +
                          questionSide + ".");
  else if (answer.muscle.empty())
    words.lines.push_back("The click found no muscle.");
  else if (question.mode == atlas::QuizMode::ReferredPain && atlas::isFairAnswer(kb, question, answer.muscle))
    // Only a click on the body can name such a muscle: the choices never offer one.
    words.lines.push_back("The " + muscleName(kb, answer.muscle) + " sends pain there too, but this pattern is another muscle's.");
  else
    words.lines.push_back("You answered " + muscleName(kb, answer.muscle) + ".");
  words.lines.push_back("The answer: " + theAnswer);
  return words;
}

std::string mistakeTitle(const atlas::QuizMistake& mistake) {
  std::string what;
  switch (mistake.question.mode) {
    case atlas::QuizMode::ReferredPain: what = "pain pattern, "; break;
    case atlas::QuizMode::NameMuscle: what = "muscle, "; break;
    case atlas::QuizMode::DeepTo: what = "deep to, "; break;
    case atlas::QuizMode::SuperficialTo: what = "superficial to, "; break;
    default: return "Question " + std::to_string(mistake.number) + ": " + std::string(atlas::toString(mistake.question.mode));
  }
  return "Question " + std::to_string(mistake.number) + ": " + what + std::string(atlas::toString(mistake.question.side)) +
         " side";
}

std::string answeredWords(const atlas::KnowledgeBase& kb, const atlas::QuizAnswer& answer) {
  if (answer.muscle.empty()) return "a click that found no muscle";
  return muscleName(kb, answer.muscle) + (answer.otherSide ? " (the other side)" : "");
}

std::string choiceLabel(const atlas::KnowledgeBase& kb, const atlas::QuizQuestion& question, std::size_t choice) {
  return std::to_string(choice + 1) + "   " + muscleName(kb, question.choices[choice]);
}

}  // namespace myo::ui
