// The quiz's study kinds on the real knowledge base and body: questions on origin, insertion,
// action and nerve show what the answer's card says (its own names blanked) and never offer a
// muscle whose card says the same; "what lies deep to / superficial to X?" answers lie under (over)
// X in the body, as a probe along the ray that found them meets them; a study round mixes the kinds.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "atlas_fixture.hpp"
#include "myo/atlas/muscle_depth_order.hpp"
#include "myo/atlas/quiz.hpp"
#include "myo/atlas/quiz_clues.hpp"
#include "myo/atlas/tissue_probe.hpp"

namespace {

using namespace myo::atlas;

const MuscleDepthOrder& bodyDepthOrder() {
  static const MuscleDepthOrder order = MuscleDepthOrder::fromBody(*myo::test::builtInAtlas().scene);
  return order;
}

const KnowledgeBase& studyCards() { return *myo::test::builtInAtlas().kb; }

Quiz studyRound(QuizMode mode, std::uint64_t seed, int questions) {
  QuizOptions options;
  options.mode = mode;
  options.seed = seed;
  options.questions = questions;
  myo::Result<Quiz> quiz = Quiz::start(studyCards(), options, &bodyDepthOrder());
  EXPECT_TRUE(quiz) << (quiz ? "" : quiz.error().message);
  return std::move(*quiz);
}

// Every question of a round, answered right so that the next comes.
std::vector<QuizQuestion> questionsOf(Quiz quiz) {
  std::vector<QuizQuestion> questions;
  while (!quiz.finished()) {
    questions.push_back(quiz.question());
    const auto right = std::find(quiz.question().choices.begin(), quiz.question().choices.end(), quiz.question().muscle);
    EXPECT_TRUE(quiz.answerChoice(std::size_t(right - quiz.question().choices.begin())));
    quiz.next();
  }
  return questions;
}

std::string lowerCase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return char(std::tolower(c)); });
  return text;
}

// The clue is the card's text with some words blanked: its other pieces are the card's, in order.
bool clueReadsAsCard(const std::string& clue, const std::string& card) {
  std::size_t from = 0, at = 0;
  while (from <= clue.size()) {
    const std::size_t blank = clue.find(kClueBlank, from);
    const std::string piece = clue.substr(from, blank == std::string::npos ? std::string::npos : blank - from);
    if (!piece.empty()) {
      const std::size_t found = card.find(piece, at);
      if (found == std::string::npos) return false;
      at = found + piece.size();
    }
    if (blank == std::string::npos) break;
    from = blank + std::string(kClueBlank).size();
  }
  return true;
}

std::string cardText(const Muscle& muscle, QuizMode mode) {
  switch (mode) {
    case QuizMode::Origin: return muscle.anatomy.origin;
    case QuizMode::Insertion: return muscle.anatomy.insertion;
    case QuizMode::Nerve: return muscle.anatomy.innervation.nerve;
    default: {
      std::string all;
      for (const std::string& action : muscle.anatomy.actions) all += (all.empty() ? "" : " ") + action;
      return all;
    }
  }
}

TEST(QuizStudy, CardQuestionsShowWhatTheAnswersCardSaysWithoutItsName) {
  for (QuizMode mode : {QuizMode::Origin, QuizMode::Insertion, QuizMode::Action, QuizMode::Nerve}) {
    int asked = 0;
    for (std::uint64_t seed = 1; seed <= 4; ++seed)
      for (const QuizQuestion& q : questionsOf(studyRound(mode, seed, 25))) {
        ++asked;
        EXPECT_EQ(q.mode, mode);
        const Muscle& answer = *studyCards().findMuscle(q.muscle);
        EXPECT_FALSE(q.clue.empty()) << q.muscle;
        EXPECT_TRUE(clueReadsAsCard(q.clue, cardText(answer, mode))) << q.muscle << ": " << q.clue;
        EXPECT_EQ(lowerCase(q.clue).find(lowerCase(answer.names.common)), std::string::npos) << q.clue;
        EXPECT_EQ(std::count(q.choices.begin(), q.choices.end(), q.muscle), 1);
        EXPECT_EQ(std::set<std::string>(q.choices.begin(), q.choices.end()).size(), kQuizChoices);
      }
    EXPECT_EQ(asked, 100) << toString(mode);
  }
}

TEST(QuizStudy, TheNerveToAMuscleDoesNotNameIt) {
  const Muscle& subclavius = *studyCards().findMuscle("subclavius");
  ASSERT_NE(subclavius.anatomy.innervation.nerve.find("subclavius"), std::string::npos) << "the card changed";
  const std::string clue = quizClue(subclavius, QuizMode::Nerve);
  EXPECT_EQ(lowerCase(clue).find("subclavius"), std::string::npos) << clue;
  EXPECT_NE(clue.find(kClueBlank), std::string::npos) << clue;
  EXPECT_NE(clue.find("upper trunk of the brachial plexus"), std::string::npos) << clue;
}

// The nerve a card names first: "femoral nerve" of "Femoral nerve (its branch ...)", "nerve to
// subclavius" of "Nerve to subclavius, from the upper trunk ...".
std::string firstNerve(const Muscle& muscle) {
  const std::string text = lowerCase(muscle.anatomy.innervation.nerve);
  const std::size_t nerve = text.find("nerve");
  if (nerve != std::string::npos && nerve > 0) return text.substr(0, nerve + 5);
  return text.substr(0, text.find_first_of(",(.;:"));
}

TEST(QuizStudy, DistractorsNeverShareTheAnswersNerveActionOrAttachment) {
  for (QuizMode mode : {QuizMode::Origin, QuizMode::Insertion, QuizMode::Action, QuizMode::Nerve})
    for (std::uint64_t seed = 1; seed <= 6; ++seed)
      for (const QuizQuestion& q : questionsOf(studyRound(mode, seed, 30))) {
        const Muscle& answer = *studyCards().findMuscle(q.muscle);
        for (const std::string& choice : q.choices) {
          if (choice == q.muscle) continue;
          const Muscle& other = *studyCards().findMuscle(choice);
          EXPECT_FALSE(isFairAnswer(studyCards(), q, choice)) << q.muscle << " offered " << choice;
          if (mode == QuizMode::Nerve) {
            EXPECT_EQ(lowerCase(other.anatomy.innervation.nerve).find(firstNerve(answer)), std::string::npos)
                << q.muscle << " (" << answer.anatomy.innervation.nerve << ") offered " << choice << " ("
                << other.anatomy.innervation.nerve << ")";
          } else if (mode == QuizMode::Action) {
            for (const std::string& action : other.anatomy.actions)
              EXPECT_EQ(std::count(answer.anatomy.actions.begin(), answer.anatomy.actions.end(), action), 0)
                  << q.muscle << " offered " << choice << ", which also: " << action;
          } else {
            EXPECT_NE(cardText(other, mode), cardText(answer, mode)) << q.muscle << " offered " << choice;
          }
        }
      }
}

TEST(QuizStudy, MusclesOfOneNerveAreNeverEachOthersDistractors) {
  // The femoral nerve supplies the quadriceps and sartorius; the forearm extensors share the
  // common extensor origin on the lateral epicondyle.
  const std::set<std::string> femoral{"rectus_femoris", "vastus_lateralis", "vastus_medialis", "vastus_intermedius", "sartorius"};
  const std::set<std::string> commonExtensor{"extensor_digitorum", "extensor_carpi_ulnaris", "extensor_carpi_radialis_brevis"};
  int checked = 0;
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    QuizOptions options;
    options.mode = QuizMode::Study;
    options.studyKinds = {QuizMode::Nerve, QuizMode::Origin};
    options.areas = {BodyArea::HipAndLeg, BodyArea::ShoulderAndArm};
    options.seed = seed;
    options.questions = 30;
    myo::Result<Quiz> round = Quiz::start(studyCards(), options, &bodyDepthOrder());
    ASSERT_TRUE(round) << round.error().message;
    for (const QuizQuestion& q : questionsOf(std::move(*round))) {
      const std::set<std::string>& family = q.mode == QuizMode::Nerve ? femoral : commonExtensor;
      if (family.count(q.muscle) == 0) continue;
      ++checked;
      for (const std::string& choice : q.choices) {
        if (choice == q.muscle) continue;
        EXPECT_EQ(family.count(choice), 0u) << toString(q.mode) << " " << q.muscle << " offered " << choice;
      }
    }
  }
  EXPECT_GT(checked, 5);
}

TEST(QuizStudy, ClickingAnotherMuscleOfTheSameNerveCountsAsRight) {
  QuizQuestion question;
  question.mode = QuizMode::Nerve;
  question.muscle = "vastus_lateralis";
  EXPECT_TRUE(isFairAnswer(studyCards(), question, "rectus_femoris"));
  EXPECT_FALSE(isFairAnswer(studyCards(), question, "biceps_femoris"));
  for (std::uint64_t seed = 1; seed <= 200; ++seed) {
    Quiz quiz = studyRound(QuizMode::Nerve, seed, 1);
    if (quiz.question().muscle != "rectus_femoris") continue;
    ASSERT_TRUE(quiz.answerMuscle("vastus_medialis", Side::Left));
    EXPECT_TRUE(quiz.answer()->right);
    return;
  }
  GTEST_SKIP() << "no round asked the nerve of rectus femoris first";
}

TEST(QuizStudy, DeepAndSuperficialAnswersLieUnderAndOverTheSubjectInTheBody) {
  // One probe for all the questions: it builds each muscle's tree once.
  TissueProbe probe(*myo::test::builtInAtlas().scene);
  for (QuizMode mode : {QuizMode::DeepTo, QuizMode::SuperficialTo}) {
    int asked = 0;
    for (std::uint64_t seed = 1; seed <= 3; ++seed)
      for (const QuizQuestion& q : questionsOf(studyRound(mode, seed, 20))) {
        ++asked;
        const Muscle& subject = *studyCards().findMuscle(q.subject);
        const Muscle& answer = *studyCards().findMuscle(q.muscle);
        const bool deep = mode == QuizMode::DeepTo;
        EXPECT_TRUE(deep ? answer.layer > subject.layer : answer.layer < subject.layer) << q.subject << " / " << q.muscle;
        // A probe along the ray that found them meets the upper muscle first, then the lower.
        const std::vector<DepthContact>& contacts = deep ? bodyDepthOrder().under(q.subject) : bodyDepthOrder().over(q.subject);
        const auto contact = std::find_if(contacts.begin(), contacts.end(), [&](const DepthContact& c) { return c.muscle == q.muscle; });
        ASSERT_NE(contact, contacts.end());
        const ProbeResult pressed = probe.press(contact->origin, contact->direction, 4.0f);
        const auto at = [&](const std::string& id) {
          return std::find_if(pressed.layers.begin(), pressed.layers.end(), [&](const ProbeLayer& l) { return l.structure.id == id; });
        };
        const auto upper = at(deep ? q.subject : q.muscle), lower = at(deep ? q.muscle : q.subject);
        ASSERT_NE(upper, pressed.layers.end()) << q.subject << " / " << q.muscle;
        ASSERT_NE(lower, pressed.layers.end()) << q.subject << " / " << q.muscle;
        EXPECT_LT(upper - pressed.layers.begin(), lower - pressed.layers.begin()) << q.subject << " / " << q.muscle;
        // The wrong choices lie nowhere under (over) it.
        for (const std::string& choice : q.choices) {
          if (choice == q.muscle) continue;
          EXPECT_NE(choice, q.subject);
          EXPECT_TRUE(std::none_of(contacts.begin(), contacts.end(), [&](const DepthContact& c) { return c.muscle == choice; }))
              << q.subject << " offered " << choice;
        }
      }
    EXPECT_EQ(asked, 60);
  }
}

TEST(QuizStudy, TheBodysDepthOrderIsTheAnatomys) {
  const auto lies = [](const std::vector<DepthContact>& contacts, const std::string& id) {
    return std::any_of(contacts.begin(), contacts.end(), [&](const DepthContact& c) { return c.muscle == id; });
  };
  const MuscleDepthOrder& order = bodyDepthOrder();
  EXPECT_TRUE(lies(order.under("trapezius"), "rhomboids"));
  EXPECT_TRUE(lies(order.under("trapezius"), "supraspinatus"));
  EXPECT_TRUE(lies(order.over("supraspinatus"), "trapezius"));
  EXPECT_TRUE(lies(order.under("gastrocnemius"), "soleus"));
  // Deeper muscles elsewhere are not "deep to" it.
  EXPECT_FALSE(lies(order.under("trapezius"), "soleus"));
  EXPECT_FALSE(lies(order.under("gluteus_maximus"), "supraspinatus"));
  EXPECT_FALSE(lies(order.under("rhomboids"), "trapezius")) << "the trapezius is over the rhomboids, not under";
}

TEST(QuizStudy, AStudyRoundMixesTheKinds) {
  std::set<QuizMode> kinds;
  for (const QuizQuestion& q : questionsOf(studyRound(QuizMode::Study, 5, 30))) {
    kinds.insert(q.mode);
    EXPECT_NE(q.mode, QuizMode::Study);
  }
  EXPECT_GE(kinds.size(), 5u);
  for (QuizMode kind : kinds) EXPECT_NE(std::find(kStudyKinds.begin(), kStudyKinds.end(), kind), kStudyKinds.end());
}

TEST(QuizStudy, ARoundOnTwoKindsAsksEachAsOftenWhateverTheSeed) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    QuizOptions options;
    options.mode = QuizMode::Study;
    options.studyKinds = {QuizMode::Nerve, QuizMode::DeepTo};
    options.seed = seed;
    options.questions = 4;
    myo::Result<Quiz> quiz = Quiz::start(studyCards(), options, &bodyDepthOrder());
    ASSERT_TRUE(quiz) << quiz.error().message;
    std::map<QuizMode, int> asked;
    for (const QuizQuestion& q : questionsOf(std::move(*quiz))) ++asked[q.mode];
    EXPECT_EQ(asked[QuizMode::Nerve], 2) << "seed " << seed;
    EXPECT_EQ(asked[QuizMode::DeepTo], 2) << "seed " << seed;
  }
}

TEST(QuizStudy, WithoutTheBodyDepthQuestionsAreRefusedOrLeftOut) {
  QuizOptions deep;
  deep.mode = QuizMode::DeepTo;
  myo::Result<Quiz> refused = Quiz::start(studyCards(), deep, nullptr);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().message.find("need the atlas body"), std::string::npos) << refused.error().message;
  QuizOptions study;
  study.mode = QuizMode::Study;
  study.questions = 20;
  myo::Result<Quiz> round = Quiz::start(studyCards(), study, nullptr);
  ASSERT_TRUE(round) << round.error().message;
  for (const QuizQuestion& q : questionsOf(std::move(*round))) EXPECT_FALSE(needsDepthOrder(q.mode)) << toString(q.mode);
}

}  // namespace
