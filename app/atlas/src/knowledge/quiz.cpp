#include "myo/atlas/quiz.hpp"

#include <algorithm>

namespace myo::atlas {

namespace {

// A trigger point a ReferredPain question can show: one with something to paint.
bool paintsPain(const TriggerPoint& point) { return !point.referral.essential.empty(); }

bool canAsk(const Muscle& muscle, QuizMode mode) {
  if (mode == QuizMode::NameMuscle) return true;
  return std::any_of(muscle.triggerPoints.begin(), muscle.triggerPoints.end(), paintsPain);
}

template <class T>
bool contains(const std::vector<T>& items, const T& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

}  // namespace

BodyArea bodyAreaOf(BodyPart part) {
  switch (part) {
    case BodyPart::HeadAndJaw:
    case BodyPart::Neck: return BodyArea::HeadAndNeck;
    case BodyPart::ShoulderAndUpperBack:
    case BodyPart::Arm:
    case BodyPart::ForearmAndHand: return BodyArea::ShoulderAndArm;
    case BodyPart::Chest:
    case BodyPart::Trunk: return BodyArea::TrunkAndBack;
    case BodyPart::HipAndPelvis:
    case BodyPart::ThighAndKnee:
    case BodyPart::LegAndFoot: return BodyArea::HipAndLeg;
  }
  return BodyArea::TrunkAndBack;
}

Result<Quiz> Quiz::start(const KnowledgeBase& kb, QuizOptions options) {
  if (options.questions < 1) return Error{"A quiz round needs at least one question."};
  if (options.areas.empty()) return Error{"Choose at least one body area to drill."};
  if (options.layers.empty()) return Error{"Choose at least one layer to drill."};
  std::vector<const Muscle*> pool;
  for (const Muscle& muscle : kb.muscles())
    if (contains(options.areas, bodyAreaOf(muscle.region)) && contains(options.layers, muscle.layer) &&
        canAsk(muscle, options.mode))
      pool.push_back(&muscle);
  if (pool.size() < kQuizChoices) {
    const std::string count = pool.empty()       ? std::string("No muscle")
                              : pool.size() == 1 ? std::string("Only one muscle")
                                                 : "Only " + std::to_string(pool.size()) + " muscles";
    const std::string what = options.mode == QuizMode::ReferredPain ? " with a referred-pain pattern" : "";
    return Error{count + what + (pool.size() > 1 ? " lie" : " lies") +
                 " in the chosen body areas and layers, and a question needs four to choose from. Choose more "
                 "areas or layers."};
  }
  return Quiz(kb, std::move(options), std::move(pool));
}

Quiz::Quiz(const KnowledgeBase& kb, QuizOptions options, std::vector<const Muscle*> pool)
    : kb_(&kb), options_(std::move(options)), random_(options_.seed), pool_(std::move(pool)) {
  ask();
}

void Quiz::ask() {
  // Every muscle of the pool once before any comes again.
  if (nextInOrder_ == order_.size()) {
    order_ = pool_;
    std::shuffle(order_.begin(), order_.end(), random_);
    nextInOrder_ = 0;
  }
  const Muscle& muscle = *order_[nextInOrder_++];
  QuizQuestion question;
  question.mode = options_.mode;
  question.muscle = muscle.id;
  question.side = std::uniform_int_distribution<int>(0, 1)(random_) == 0 ? Side::Left : Side::Right;
  if (question.mode == QuizMode::ReferredPain) {
    std::vector<const TriggerPoint*> points;
    for (const TriggerPoint& point : muscle.triggerPoints)
      if (paintsPain(point)) points.push_back(&point);
    question.triggerPoint = points[std::uniform_int_distribution<std::size_t>(0, points.size() - 1)(random_)]->id;
  }
  question.choices = choicesFor(question);
  question_ = std::move(question);
  answer_.reset();
  ++number_;
}

std::array<std::string, kQuizChoices> Quiz::choicesFor(const QuizQuestion& question) {
  const Muscle& answer = *kb_->findMuscle(question.muscle);
  struct Candidate {
    const Muscle* muscle;
    double plausibility;
  };
  std::vector<Candidate> candidates;
  for (const Muscle& muscle : kb_->muscles()) {
    if (isFairAnswer(*kb_, question, muscle.id)) continue;  // never a wrong choice that is right too
    double plausibility = 0.0;
    // The muscles being drilled first; others only when too few of them are wrong enough.
    if (contains(pool_, &muscle)) plausibility += 10.0;
    if (muscle.region == answer.region) plausibility += 2.0;
    if (bodyAreaOf(muscle.region) == bodyAreaOf(answer.region)) plausibility += 1.0;
    if (question.mode == QuizMode::ReferredPain) {
      if (patternOverlap(*kb_, question, muscle) > 0.0) plausibility += 2.0;
    } else if (muscle.layer == answer.layer) {
      plausibility += 1.0;
    }
    candidates.push_back({&muscle, plausibility});
  }
  // Random among equally plausible ones, so a question does not always come with the same three.
  std::shuffle(candidates.begin(), candidates.end(), random_);
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.plausibility > b.plausibility; });
  std::array<std::string, kQuizChoices> choices;
  choices[0] = question.muscle;
  for (std::size_t i = 1; i < kQuizChoices && i - 1 < candidates.size(); ++i) choices[i] = candidates[i - 1].muscle->id;
  std::shuffle(choices.begin(), choices.end(), random_);
  return choices;
}

bool Quiz::answerChoice(std::size_t choice) {
  if (!questionOpen() || choice >= kQuizChoices) return false;
  QuizAnswer answer;
  answer.muscle = question_.choices[choice];
  answer.right = answer.muscle == question_.muscle;
  judge(std::move(answer));
  return true;
}

bool Quiz::answerMuscle(const std::string& muscle, std::optional<Side> side) {
  if (!questionOpen()) return false;
  QuizAnswer answer;
  answer.muscle = muscle;
  answer.side = side;
  if (muscle == question_.muscle) {
    bool eitherSide = question_.mode == QuizMode::NameMuscle || !side;
    if (const TriggerPoint* point = kb_->findTriggerPoint(question_.triggerPoint))
      eitherSide = eitherSide || point->referral.side == ReferralSide::Bilateral;
    answer.right = eitherSide || side == question_.side;
    answer.otherSide = side != question_.side && !eitherSide;
  }
  judge(std::move(answer));
  return true;
}

void Quiz::judge(QuizAnswer answer) {
  ++score_.asked;
  if (answer.right) {
    ++score_.right;
    ++score_.streak;
    score_.bestStreak = std::max(score_.bestStreak, score_.streak);
  } else {
    score_.streak = 0;
    mistakes_.push_back({number_, question_, answer});
  }
  answer_ = std::move(answer);
}

void Quiz::next() {
  if (finished_ || !answer_) return;
  if (number_ >= options_.questions) {
    finished_ = true;
    return;
  }
  ask();
}

}  // namespace myo::atlas
