#pragma once
// Quiz: a round of questions for students drilling the atlas. Every question's answer is a muscle.
//
//   ReferredPain  "Which muscle refers pain here?"  The question is one trigger point of a muscle
//                 on one side; the window paints its pattern on the skin. The answer is the muscle.
//   NameMuscle    "Name this muscle."  One muscle on one side is highlighted on the body.
//   Origin, Insertion, Action, Nerve   "Which muscle arises here?" ...: the clue is what the
//                 answer's card says (quiz_clues.hpp), with the muscle's own names blanked.
//   DeepTo, SuperficialTo   "What lies deep to the trapezius?": the subject is highlighted; the
//                 answer lies under (over) it in the body (muscle_depth_order.hpp).
//   Study         a round that mixes the kinds of QuizOptions::studyKinds, question by question.
//
// Each question offers four muscles: the right one and three distractors (see isFairAnswer for why
// a distractor is never also right). The student answers with a choice or by clicking a muscle on
// the body. The round keeps the score, the streak and the mistakes for the review at its end.
// Pure: no GL, no ImGui. Deterministic for a seed: the quiz owns its random engine.
//
//   QuizOptions options;
//   options.mode = QuizMode::NameMuscle;
//   options.seed = 7;
//   Result<Quiz> quiz = Quiz::start(kb, options);
//   if (!quiz) show(quiz.error().message);          // "Only 2 muscles match ..."
//   quiz->answerChoice(2);  quiz->next();

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "myo/atlas/enum_names.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/layer.hpp"
#include "myo/atlas/muscle_depth_order.hpp"
#include "myo/atlas/side.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

enum class QuizMode { ReferredPain, NameMuscle, Origin, Insertion, Action, Nerve, DeepTo, SuperficialTo, Study };

// The body areas a round drills: coarser than the muscle list's body parts, so a student picks a
// few big areas (each part belongs to exactly one, see bodyAreaOf).
enum class BodyArea { HeadAndNeck, ShoulderAndArm, TrunkAndBack, HipAndLeg };

constexpr EnumTable<QuizMode, 9> enumNames(QuizMode) {
  return {{
      {QuizMode::ReferredPain, "referred_pain"},
      {QuizMode::NameMuscle, "name_muscle"},
      {QuizMode::Origin, "origin"},
      {QuizMode::Insertion, "insertion"},
      {QuizMode::Action, "action"},
      {QuizMode::Nerve, "nerve"},
      {QuizMode::DeepTo, "deep_to"},
      {QuizMode::SuperficialTo, "superficial_to"},
      {QuizMode::Study, "study"},
  }};
}

// The kinds a study round mixes unless told otherwise: what a student revises for an anatomy exam.
inline const std::vector<QuizMode> kStudyKinds{QuizMode::Origin, QuizMode::Insertion, QuizMode::Action,
                                               QuizMode::Nerve,  QuizMode::DeepTo,    QuizMode::SuperficialTo};

// Whether questions of this kind need the body's depth order (Quiz::start's `depth`).
constexpr bool needsDepthOrder(QuizMode mode) { return mode == QuizMode::DeepTo || mode == QuizMode::SuperficialTo; }

constexpr EnumTable<BodyArea, 4> enumNames(BodyArea) {
  return {{
      {BodyArea::HeadAndNeck, "head_and_neck"},
      {BodyArea::ShoulderAndArm, "shoulder_and_arm"},
      {BodyArea::TrunkAndBack, "trunk_and_back"},
      {BodyArea::HipAndLeg, "hip_and_leg"},
  }};
}

BodyArea bodyAreaOf(BodyPart part);

inline constexpr std::size_t kQuizChoices = 4;

struct QuizOptions {
  QuizMode mode = QuizMode::ReferredPain;
  std::vector<QuizMode> studyKinds = kStudyKinds;  // mode Study: the kinds mixed (never Study itself)
  std::vector<BodyArea> areas{BodyArea::HeadAndNeck, BodyArea::ShoulderAndArm, BodyArea::TrunkAndBack,
                              BodyArea::HipAndLeg};
  std::vector<Layer> layers{Layer::Superficial, Layer::Intermediate, Layer::Deep};
  int questions = 10;
  std::uint64_t seed = 1;
};

struct QuizQuestion {
  QuizMode mode = QuizMode::ReferredPain;  // never Study: each question of a study round has its kind
  std::string muscle;        // the right answer, a muscle id
  Side side = Side::Left;    // the side highlighted, or the trigger point's side
  std::string triggerPoint;  // ReferredPain: the pattern shown ("trapezius/tp1"); else empty
  std::string clue;          // Origin, Insertion, Action, Nerve: the card's words shown; else empty
  std::string subject;       // DeepTo, SuperficialTo: the muscle asked about (highlighted); else empty
  // DeepTo, SuperficialTo: every muscle lying under (over) the subject, `muscle` among them: any of
  // them is right when clicked, and none is offered as a wrong choice.
  std::vector<std::string> alsoRight;
  std::array<std::string, kQuizChoices> choices;  // muscle ids in the order shown, one of them `muscle`
};

struct QuizAnswer {
  std::string muscle;        // what the student answered, a muscle id (empty: a click that hit no muscle)
  std::optional<Side> side;  // the side clicked on the body; missing for a choice
  bool right = false;
  bool otherSide = false;  // the right muscle, clicked on the side the question is not about
};

struct QuizMistake {
  int number = 0;  // the question's number in the round, 1-based
  QuizQuestion question;
  QuizAnswer answer;
};

struct QuizScore {
  int right = 0;
  int asked = 0;  // questions answered so far
  int streak = 0;  // right answers in a row, up to the last one
  int bestStreak = 0;
};

class Quiz {
 public:
  // A round over the muscles of the chosen areas and layers (with a trigger point, for
  // ReferredPain; with something under or over them, for DeepTo and SuperficialTo). Fails with a
  // message for people when fewer than four muscles match, or when the options ask for no question.
  // `depth` is needed by DeepTo and SuperficialTo (a study round without it leaves them out) and
  // must outlive the round.
  static Result<Quiz> start(const KnowledgeBase& kb, QuizOptions options, const MuscleDepthOrder* depth = nullptr);

  const QuizOptions& options() const { return options_; }
  bool finished() const { return finished_; }
  // The question in play (the last one once the round is finished).
  const QuizQuestion& question() const { return question_; }
  int number() const { return number_; }  // 1-based
  int length() const { return options_.questions; }
  // The answer to the question in play, once given.
  const std::optional<QuizAnswer>& answer() const { return answer_; }
  bool questionOpen() const { return !finished_ && !answer_; }

  // Answers the question in play with one of its choices; false (and nothing counted) when no
  // question is open or there is no such choice. answer() then tells how it was judged.
  bool answerChoice(std::size_t choice);
  // A muscle clicked on the body: the right muscle counts on either side but for ReferredPain: there
  // on the trigger point's side, or either side when the pain is felt on both. For the study kinds
  // any muscle that is a fair answer (isFairAnswer) counts: another muscle the same nerve supplies.
  // An empty muscle (a click on the skin or beside the body) is a wrong answer.
  // A muscle without a side (none in the body model) counts on either side.
  bool answerMuscle(const std::string& muscle, std::optional<Side> side);
  // After an answer: the next question, or the end of the round after the last.
  void next();

  const QuizScore& score() const { return score_; }
  const std::vector<QuizMistake>& mistakes() const { return mistakes_; }

 private:
  Quiz(const KnowledgeBase& kb, QuizOptions options, const MuscleDepthOrder* depth, std::vector<const Muscle*> pool);
  void ask();
  bool canAsk(const Muscle& muscle, QuizMode mode) const;
  std::vector<QuizMode> kindsAsked() const;
  void judge(QuizAnswer answer);
  std::array<std::string, kQuizChoices> choicesFor(const QuizQuestion& question);

  const KnowledgeBase* kb_;
  QuizOptions options_;
  const MuscleDepthOrder* depth_ = nullptr;
  std::mt19937_64 random_;
  std::vector<const Muscle*> pool_;   // the muscles the options select
  std::vector<const Muscle*> order_;  // pool_ shuffled: questions take them in turn, no repeats
  std::size_t nextInOrder_ = 0;
  std::map<QuizMode, int> timesAsked_;  // by kind, so a study round mixes its kinds evenly
  QuizQuestion question_;
  std::optional<QuizAnswer> answer_;
  int number_ = 0;
  bool finished_ = false;
  QuizScore score_;
  std::vector<QuizMistake> mistakes_;
};

// Whether naming `muscle` would be a fair answer to the question, so that it must never be offered
// as a wrong choice. NameMuscle: only the muscle itself. ReferredPain: also any muscle with a
// trigger point that, on either side, paints nearly the same picture — the regions its pattern
// covers (spillover counted at half weight) overlap the question's by half or more (weighted
// Jaccard), or its essential zone covers the same regions. Origin, Insertion, Action, Nerve: also
// any muscle whose card says nearly the same (cardsAgree in quiz_clues.hpp). DeepTo,
// SuperficialTo: any muscle of question.alsoRight.
bool isFairAnswer(const KnowledgeBase& kb, const QuizQuestion& question, const std::string& muscle);

// 0..1: how much the best trigger point of `muscle`, on the question's side, overlaps the picture
// a ReferredPain question paints. Distractors that overlap somewhat (but are not fair answers) are
// the plausible ones.
double patternOverlap(const KnowledgeBase& kb, const QuizQuestion& question, const Muscle& muscle);

}  // namespace myo::atlas
