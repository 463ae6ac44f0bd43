// The quiz round on the real knowledge base and on small made-up ones: the choices (four, distinct,
// one right, the others never right too), the filters, the score and streak, the review of
// mistakes, determinism for a seed, and the message when too few muscles match.
#include <gtest/gtest.h>

#include <set>

#include "knowledge_fixture.hpp"
#include "myo/atlas/quiz.hpp"

namespace {

using namespace myo::atlas;

const KnowledgeBase& knowledgeBase() {
  static const KnowledgeBaseReading reading = readKnowledgeBase(myo::test::sourceAssetsDir());
  return reading.knowledgeBase;
}

QuizOptions optionsFor(QuizMode mode, std::uint64_t seed, int questions = 10) {
  QuizOptions options;
  options.mode = mode;
  options.seed = seed;
  options.questions = questions;
  return options;
}

Quiz startOrFail(const KnowledgeBase& kb, const QuizOptions& options) {
  myo::Result<Quiz> quiz = Quiz::start(kb, options);
  if (!quiz) ADD_FAILURE() << quiz.error().message;
  return std::move(*quiz);
}

// Plays the whole round, answering with the choice `pick` gives, and calls `check` on each question.
template <class Pick, class Check>
void play(Quiz& quiz, Pick pick, Check check) {
  while (!quiz.finished()) {
    check(quiz.question());
    ASSERT_TRUE(quiz.answerChoice(pick(quiz.question())));
    quiz.next();
  }
}

std::size_t rightChoice(const QuizQuestion& q) {
  for (std::size_t i = 0; i < kQuizChoices; ++i)
    if (q.choices[i] == q.muscle) return i;
  return kQuizChoices;
}

std::size_t wrongChoice(const QuizQuestion& q) { return (rightChoice(q) + 1) % kQuizChoices; }

Muscle madeUpMuscle(const std::string& id, BodyPart part, std::vector<ZonePatch> essential) {
  Muscle muscle;
  muscle.id = id;
  muscle.names.common = id;
  muscle.region = part;
  TriggerPoint point;
  point.id = id + "/tp1";
  point.referral.essential = std::move(essential);
  muscle.triggerPoints.push_back(point);
  return muscle;
}

TEST(Quiz, EveryQuestionOffersFourDistinctChoicesOneOfThemRight) {
  for (QuizMode mode : {QuizMode::ReferredPain, QuizMode::NameMuscle})
    for (std::uint64_t seed = 1; seed <= 20; ++seed) {
      Quiz quiz = startOrFail(knowledgeBase(), optionsFor(mode, seed, 20));
      play(quiz, rightChoice, [&](const QuizQuestion& q) {
        const std::set<std::string> distinct(q.choices.begin(), q.choices.end());
        EXPECT_EQ(distinct.size(), kQuizChoices) << q.muscle;
        EXPECT_EQ(std::count(q.choices.begin(), q.choices.end(), q.muscle), 1) << q.muscle;
        for (const std::string& choice : q.choices) EXPECT_NE(knowledgeBase().findMuscle(choice), nullptr) << choice;
      });
    }
}

TEST(Quiz, DistractorsAreNeverAlsoARightAnswer) {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    Quiz quiz = startOrFail(knowledgeBase(), optionsFor(QuizMode::ReferredPain, seed, 30));
    play(quiz, rightChoice, [&](const QuizQuestion& q) {
      for (const std::string& choice : q.choices)
        if (choice != q.muscle) {
          EXPECT_FALSE(isFairAnswer(knowledgeBase(), q, choice)) << q.triggerPoint << " offered " << choice;
        }
    });
  }
}

TEST(Quiz, AMuscleThatPaintsTheSamePictureIsNeverOfferedAsWrong) {
  // twin refers pain exactly where answer does; the four others refer elsewhere.
  std::vector<Muscle> muscles{madeUpMuscle("answer", BodyPart::Neck, {{"temple", 1.0}}),
                              madeUpMuscle("twin", BodyPart::Neck, {{"temple", 1.0}}),
                              madeUpMuscle("jaw_one", BodyPart::Neck, {{"jaw", 1.0}}),
                              madeUpMuscle("ear_one", BodyPart::Neck, {{"ear", 1.0}}),
                              madeUpMuscle("eye_one", BodyPart::Neck, {{"eye", 1.0}})};
  const KnowledgeBase kb(muscles, RegionVocabulary{}, {});
  QuizQuestion question;
  question.mode = QuizMode::ReferredPain;
  question.muscle = "answer";
  question.side = Side::Left;
  question.triggerPoint = "answer/tp1";
  EXPECT_TRUE(isFairAnswer(kb, question, "twin"));
  EXPECT_FALSE(isFairAnswer(kb, question, "jaw_one"));
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    Quiz quiz = startOrFail(kb, optionsFor(QuizMode::ReferredPain, seed, 5));
    play(quiz, rightChoice, [&](const QuizQuestion& q) {
      if (q.muscle == "answer") {
        EXPECT_EQ(std::count(q.choices.begin(), q.choices.end(), "twin"), 0);
      }
      if (q.muscle == "twin") {
        EXPECT_EQ(std::count(q.choices.begin(), q.choices.end(), "answer"), 0);
      }
    });
  }
}

TEST(Quiz, DistractorsComeFromTheSameBodyAreaWhenThereAreEnough) {
  Quiz quiz = startOrFail(knowledgeBase(), optionsFor(QuizMode::NameMuscle, 3, 20));
  play(quiz, rightChoice, [&](const QuizQuestion& q) {
    const BodyArea area = bodyAreaOf(knowledgeBase().findMuscle(q.muscle)->region);
    for (const std::string& choice : q.choices) EXPECT_EQ(bodyAreaOf(knowledgeBase().findMuscle(choice)->region), area) << q.muscle << " offered " << choice;
  });
}

TEST(Quiz, OnlyTheChosenAreasAndLayersAreAsked) {
  for (QuizMode mode : {QuizMode::ReferredPain, QuizMode::NameMuscle}) {
    QuizOptions options = optionsFor(mode, 5, 12);
    options.areas = {BodyArea::HipAndLeg};
    options.layers = {Layer::Superficial};
    Quiz quiz = startOrFail(knowledgeBase(), options);
    play(quiz, rightChoice, [&](const QuizQuestion& q) {
      const Muscle* muscle = knowledgeBase().findMuscle(q.muscle);
      EXPECT_EQ(bodyAreaOf(muscle->region), BodyArea::HipAndLeg) << q.muscle;
      EXPECT_EQ(muscle->layer, Layer::Superficial) << q.muscle;
      if (mode == QuizMode::NameMuscle)
        for (const std::string& choice : q.choices) {
          EXPECT_EQ(bodyAreaOf(knowledgeBase().findMuscle(choice)->region), BodyArea::HipAndLeg) << choice;
          EXPECT_EQ(knowledgeBase().findMuscle(choice)->layer, Layer::Superficial) << choice;
        }
    });
  }
}

TEST(Quiz, NoMuscleIsAskedTwiceInARoundWhileOthersRemain) {
  QuizOptions options = optionsFor(QuizMode::NameMuscle, 11, 14);
  options.areas = {BodyArea::HeadAndNeck};  // 14 muscles: exactly one round
  Quiz quiz = startOrFail(knowledgeBase(), options);
  std::set<std::string> asked;
  play(quiz, rightChoice, [&](const QuizQuestion& q) { EXPECT_TRUE(asked.insert(q.muscle).second) << q.muscle; });
  EXPECT_EQ(asked.size(), 14u);
}

TEST(Quiz, ScoreStreakAndReviewAddUp) {
  Quiz quiz = startOrFail(knowledgeBase(), optionsFor(QuizMode::NameMuscle, 9, 5));
  const bool rightOrWrong[] = {true, true, false, true, false};
  std::vector<QuizQuestion> missed;
  for (bool right : rightOrWrong) {
    if (!right) missed.push_back(quiz.question());
    ASSERT_TRUE(quiz.answerChoice(right ? rightChoice(quiz.question()) : wrongChoice(quiz.question())));
    EXPECT_EQ(quiz.answer()->right, right);
    EXPECT_FALSE(quiz.answerChoice(0)) << "a second answer to the same question counts";
    quiz.next();
  }
  EXPECT_TRUE(quiz.finished());
  EXPECT_EQ(quiz.score().asked, 5);
  EXPECT_EQ(quiz.score().right, 3);
  EXPECT_EQ(quiz.score().streak, 0);
  EXPECT_EQ(quiz.score().bestStreak, 2);
  ASSERT_EQ(quiz.mistakes().size(), 2u);
  for (std::size_t i = 0; i < missed.size(); ++i) {
    EXPECT_EQ(quiz.mistakes()[i].question.muscle, missed[i].muscle);
    EXPECT_EQ(quiz.mistakes()[i].answer.muscle, missed[i].choices[wrongChoice(missed[i])]);
    EXPECT_NE(quiz.mistakes()[i].answer.muscle, missed[i].muscle);
  }
  EXPECT_FALSE(quiz.answerChoice(0)) << "the round is over";
}

TEST(Quiz, NextWaitsForAnAnswer) {
  Quiz quiz = startOrFail(knowledgeBase(), optionsFor(QuizMode::NameMuscle, 2, 3));
  const std::string first = quiz.question().muscle;
  quiz.next();
  EXPECT_EQ(quiz.number(), 1);
  EXPECT_EQ(quiz.question().muscle, first);
  EXPECT_TRUE(quiz.questionOpen());
}

TEST(Quiz, ClickingTheRightMuscleOnTheBodyCounts) {
  Quiz names = startOrFail(knowledgeBase(), optionsFor(QuizMode::NameMuscle, 4, 3));
  ASSERT_TRUE(names.answerMuscle(names.question().muscle, opposite(names.question().side)));
  EXPECT_TRUE(names.answer()->right) << "a muscle has the same name on both sides";
  names.next();
  ASSERT_TRUE(names.answerMuscle("", std::nullopt));
  EXPECT_FALSE(names.answer()->right) << "a click beside the body";
  EXPECT_EQ(names.score().right, 1);
  EXPECT_EQ(names.score().asked, 2);

  // Pain felt on one side only: the trigger point is in the muscle of that side.
  for (std::uint64_t seed = 1; seed < 50; ++seed) {
    Quiz pain = startOrFail(knowledgeBase(), optionsFor(QuizMode::ReferredPain, seed, 1));
    const QuizQuestion q = pain.question();
    if (knowledgeBase().findTriggerPoint(q.triggerPoint)->referral.side != ReferralSide::Ipsilateral) continue;
    ASSERT_TRUE(pain.answerMuscle(q.muscle, opposite(q.side)));
    EXPECT_FALSE(pain.answer()->right);
    EXPECT_TRUE(pain.answer()->otherSide);
    Quiz again = startOrFail(knowledgeBase(), optionsFor(QuizMode::ReferredPain, seed, 1));
    ASSERT_TRUE(again.answerMuscle(q.muscle, q.side));
    EXPECT_TRUE(again.answer()->right);
    return;
  }
  FAIL() << "no ipsilateral pattern asked";
}

TEST(Quiz, TheSameSeedAsksTheSameRound) {
  for (QuizMode mode : {QuizMode::ReferredPain, QuizMode::NameMuscle}) {
    Quiz a = startOrFail(knowledgeBase(), optionsFor(mode, 42, 10));
    Quiz b = startOrFail(knowledgeBase(), optionsFor(mode, 42, 10));
    Quiz c = startOrFail(knowledgeBase(), optionsFor(mode, 43, 10));
    bool differs = false;
    while (!a.finished()) {
      EXPECT_EQ(a.question().muscle, b.question().muscle);
      EXPECT_EQ(a.question().side, b.question().side);
      EXPECT_EQ(a.question().triggerPoint, b.question().triggerPoint);
      EXPECT_EQ(a.question().choices, b.question().choices);
      differs = differs || a.question().choices != c.question().choices;
      for (Quiz* quiz : {&a, &b, &c}) {
        ASSERT_TRUE(quiz->answerChoice(0));
        quiz->next();
      }
    }
    EXPECT_TRUE(differs) << "another seed asks another round";
  }
}

TEST(Quiz, TooFewMusclesGiveAMessageNotARound) {
  QuizOptions none = optionsFor(QuizMode::NameMuscle, 1);
  none.layers = {};
  myo::Result<Quiz> empty = Quiz::start(knowledgeBase(), none);
  ASSERT_FALSE(empty);
  EXPECT_EQ(empty.error().message, "Choose at least one layer to drill.");

  QuizOptions nowhere = optionsFor(QuizMode::ReferredPain, 1);
  nowhere.areas = {};
  myo::Result<Quiz> noArea = Quiz::start(knowledgeBase(), nowhere);
  ASSERT_FALSE(noArea);
  EXPECT_EQ(noArea.error().message, "Choose at least one body area to drill.");

  std::vector<Muscle> three{madeUpMuscle("a", BodyPart::Neck, {{"temple", 1.0}}),
                            madeUpMuscle("b", BodyPart::Neck, {{"jaw", 1.0}}),
                            madeUpMuscle("c", BodyPart::Neck, {{"ear", 1.0}})};
  const KnowledgeBase small(three, RegionVocabulary{}, {});
  myo::Result<Quiz> tooFew = Quiz::start(small, optionsFor(QuizMode::ReferredPain, 1));
  ASSERT_FALSE(tooFew);
  EXPECT_EQ(tooFew.error().message,
            "Only 3 muscles with a referred-pain pattern lie in the chosen body areas and layers, and a question needs "
            "four to choose from. Choose more areas or layers.");

  EXPECT_FALSE(Quiz::start(knowledgeBase(), optionsFor(QuizMode::NameMuscle, 1, 0)));
}

}  // namespace
