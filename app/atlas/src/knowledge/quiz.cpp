#include "myo/atlas/quiz.hpp"

#include <algorithm>

#include "myo/atlas/quiz_clues.hpp"

namespace myo::atlas {

namespace {

// A trigger point a ReferredPain question can show: one with something to paint.
bool paintsPain(const TriggerPoint& point) { return !point.referral.essential.empty(); }

// A muscle under (over) another on this many rays at least, and on a fifth as many as the one
// most often found there, is a clear answer to "what lies deep to it?"; one found on fewer is
// still right when clicked, and never a wrong choice.
constexpr int kClearContactRays = 4;
constexpr double kClearContactShare = 0.2;

std::vector<std::string> clearContacts(const std::vector<DepthContact>& contacts) {
  std::vector<std::string> clear;
  if (contacts.empty()) return clear;
  const double least = std::max<double>(kClearContactRays, kClearContactShare * contacts.front().rays);
  for (const DepthContact& contact : contacts)
    if (contact.rays >= least) clear.push_back(contact.muscle);
  return clear;
}

const std::vector<DepthContact>& contactsFor(const MuscleDepthOrder& depth, const std::string& subject, QuizMode mode) {
  return mode == QuizMode::DeepTo ? depth.under(subject) : depth.over(subject);
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

Result<Quiz> Quiz::start(const KnowledgeBase& kb, QuizOptions options, const MuscleDepthOrder* depth) {
  if (options.questions < 1) return Error{"A quiz round needs at least one question."};
  if (options.areas.empty()) return Error{"Choose at least one body area to drill."};
  if (options.layers.empty()) return Error{"Choose at least one layer to drill."};
  if (options.mode == QuizMode::Study) {
    std::erase(options.studyKinds, QuizMode::Study);
    if (depth == nullptr) std::erase_if(options.studyKinds, needsDepthOrder);
    if (options.studyKinds.empty()) return Error{"Choose at least one kind of question to study."};
  } else if (needsDepthOrder(options.mode) && depth == nullptr) {
    return Error{"Questions on what lies deep or superficial need the atlas body; this model has none."};
  }
  Quiz quiz(kb, std::move(options), depth, {});
  const std::vector<QuizMode> kinds = quiz.kindsAsked();
  for (const Muscle& muscle : kb.muscles())
    if (contains(quiz.options_.areas, bodyAreaOf(muscle.region)) && contains(quiz.options_.layers, muscle.layer) &&
        std::any_of(kinds.begin(), kinds.end(), [&](QuizMode mode) { return quiz.canAsk(muscle, mode); }))
      quiz.pool_.push_back(&muscle);
  const std::size_t count = quiz.pool_.size();
  if (count < kQuizChoices) {
    const std::string muscles = count == 0   ? std::string("No muscle")
                                : count == 1 ? std::string("Only one muscle")
                                             : "Only " + std::to_string(count) + " muscles";
    std::string what;
    if (quiz.options_.mode == QuizMode::ReferredPain) what = " with a referred-pain pattern";
    if (needsDepthOrder(quiz.options_.mode))
      what = quiz.options_.mode == QuizMode::DeepTo ? " with a muscle under them" : " with a muscle over them";
    return Error{muscles + what + (count > 1 ? " lie" : " lies") +
                 " in the chosen body areas and layers, and a question needs four to choose from. Choose more "
                 "areas or layers."};
  }
  quiz.ask();
  return quiz;
}

Quiz::Quiz(const KnowledgeBase& kb, QuizOptions options, const MuscleDepthOrder* depth, std::vector<const Muscle*> pool)
    : kb_(&kb), options_(std::move(options)), depth_(depth), random_(options_.seed), pool_(std::move(pool)) {}

std::vector<QuizMode> Quiz::kindsAsked() const {
  return options_.mode == QuizMode::Study ? options_.studyKinds : std::vector<QuizMode>{options_.mode};
}

bool Quiz::canAsk(const Muscle& muscle, QuizMode mode) const {
  switch (mode) {
    case QuizMode::NameMuscle: return true;
    case QuizMode::ReferredPain:
      return std::any_of(muscle.triggerPoints.begin(), muscle.triggerPoints.end(), paintsPain);
    case QuizMode::Origin:
    case QuizMode::Insertion:
    case QuizMode::Nerve: return !quizClue(muscle, mode).empty();
    case QuizMode::Action: return !quizClue(muscle, mode).empty() && !movementsOf(muscle).empty();
    case QuizMode::DeepTo:
    case QuizMode::SuperficialTo:
      return depth_ != nullptr && !clearContacts(contactsFor(*depth_, muscle.id, mode)).empty();
    case QuizMode::Study: return false;
  }
  return false;
}

void Quiz::ask() {
  // Every muscle of the pool once before any comes again.
  if (nextInOrder_ == order_.size()) {
    order_ = pool_;
    std::shuffle(order_.begin(), order_.end(), random_);
    nextInOrder_ = 0;
  }
  std::vector<QuizMode> kinds = kindsAsked();
  if (kinds.size() > 1) {
    // A study round mixes its kinds evenly, however the dice fall: the kind asked least so far
    // (ties drawn), about the next muscle in the order that can be asked it, brought forward.
    std::shuffle(kinds.begin(), kinds.end(), random_);
    std::stable_sort(kinds.begin(), kinds.end(), [&](QuizMode a, QuizMode b) { return timesAsked_[a] < timesAsked_[b]; });
    for (QuizMode mode : kinds) {
      const auto askable = std::find_if(order_.begin() + static_cast<std::ptrdiff_t>(nextInOrder_), order_.end(),
                                        [&](const Muscle* m) { return canAsk(*m, mode); });
      if (askable == order_.end()) continue;
      std::iter_swap(order_.begin() + static_cast<std::ptrdiff_t>(nextInOrder_), askable);
      kinds = {mode};
      break;
    }
  }
  const Muscle& muscle = *order_[nextInOrder_++];
  std::erase_if(kinds, [&](QuizMode mode) { return !canAsk(muscle, mode); });
  QuizQuestion question;
  question.mode = kinds[std::uniform_int_distribution<std::size_t>(0, kinds.size() - 1)(random_)];
  ++timesAsked_[question.mode];
  question.muscle = muscle.id;
  question.side = std::uniform_int_distribution<int>(0, 1)(random_) == 0 ? Side::Left : Side::Right;
  question.clue = quizClue(muscle, question.mode);
  if (needsDepthOrder(question.mode)) {
    // The muscle drawn is the subject; the answer is one of those clearly under (over) it.
    question.subject = muscle.id;
    const std::vector<DepthContact>& contacts = contactsFor(*depth_, muscle.id, question.mode);
    const std::vector<std::string> clear = clearContacts(contacts);
    question.muscle = clear[std::uniform_int_distribution<std::size_t>(0, clear.size() - 1)(random_)];
    for (const DepthContact& contact : contacts) question.alsoRight.push_back(contact.muscle);
  }
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
    if (muscle.id == question.subject) continue;  // "what lies deep to the trapezius?" "the trapezius"
    double plausibility = 0.0;
    // The muscles being drilled first; others only when too few of them are wrong enough. For
    // "what lies deep to ...?", muscles of the answer's layer: a muscle of the subject's own layer
    // would be wrong at a glance.
    if (needsDepthOrder(question.mode)) {
      if (muscle.layer == answer.layer) plausibility += 10.0;
    } else if (contains(pool_, &muscle)) {
      plausibility += 10.0;
    }
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
  if (question_.mode != QuizMode::ReferredPain && question_.mode != QuizMode::NameMuscle) {
    // Any muscle the card or the body makes right is right: another muscle of the same nerve.
    answer.right = !muscle.empty() && isFairAnswer(*kb_, question_, muscle);
  } else if (muscle == question_.muscle) {
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
