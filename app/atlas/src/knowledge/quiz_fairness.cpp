// isFairAnswer: whether another muscle's trigger point paints nearly the same referred-pain
// picture as a question's, so that it would be unfair to mark it wrong. Judged on the regions
// the patterns name, not on the skin, so it needs no body model and is the same in every test.
#include <algorithm>
#include <map>

#include "myo/atlas/quiz.hpp"
#include "myo/atlas/quiz_clues.hpp"

namespace myo::atlas {

namespace {

// How a zone counts in the picture: the heat map draws spillover dotted and fainter.
constexpr double kSpilloverShare = 0.5;
// Pictures that share this much of their weighted area are "nearly the same".
constexpr double kSameKnownPicture = 0.5;

// A pattern as it lands on the body: full region id → how strongly it is painted there.
struct Picture {
  std::map<std::string, double> weight;
  std::vector<std::string> essential;  // full region ids of the essential zone, sorted
};

std::vector<RegionSide> sidesFelt(ReferralSide referral, Side side) {
  const RegionSide same = regionSide(side);
  const RegionSide other = regionSide(opposite(side));
  switch (referral) {
    case ReferralSide::Ipsilateral: return {same};
    case ReferralSide::Contralateral: return {other};
    case ReferralSide::Bilateral: return {RegionSide::Left, RegionSide::Right};
  }
  return {same};
}

std::string fullRegionId(const RegionVocabulary& regions, const std::string& base, RegionSide side) {
  const Region* region = regions.onSide(base, side);
  return region != nullptr ? region->id : regionId(base, side);
}

Picture pictureOf(const KnowledgeBase& kb, const TriggerPoint& point, Side side) {
  Picture picture;
  for (RegionSide felt : sidesFelt(point.referral.side, side)) {
    for (const ZonePatch& patch : point.referral.essential) {
      const std::string id = fullRegionId(kb.regions(), patch.region, felt);
      picture.weight[id] = std::max(picture.weight[id], patch.weight);
      picture.essential.push_back(id);
    }
    for (const ZonePatch& patch : point.referral.spillover) {
      const std::string id = fullRegionId(kb.regions(), patch.region, felt);
      picture.weight[id] = std::max(picture.weight[id], kSpilloverShare * patch.weight);
    }
  }
  std::sort(picture.essential.begin(), picture.essential.end());
  picture.essential.erase(std::unique(picture.essential.begin(), picture.essential.end()), picture.essential.end());
  return picture;
}

// Weighted Jaccard: the painted weight both share over the weight either paints.
double overlap(const Picture& a, const Picture& b) {
  std::map<std::string, std::pair<double, double>> both;
  for (const auto& [id, w] : a.weight) both[id].first = w;
  for (const auto& [id, w] : b.weight) both[id].second = w;
  double shared = 0.0, either = 0.0;
  for (const auto& [id, w] : both) {
    shared += std::min(w.first, w.second);
    either += std::max(w.first, w.second);
  }
  return either > 0.0 ? shared / either : 0.0;
}

bool samePicture(const Picture& a, const Picture& b) {
  return (!a.essential.empty() && a.essential == b.essential) || overlap(a, b) >= kSameKnownPicture;
}

}  // namespace

bool isFairAnswer(const KnowledgeBase& kb, const QuizQuestion& question, const std::string& muscle) {
  if (muscle == question.muscle) return true;
  switch (question.mode) {
    case QuizMode::ReferredPain: break;
    case QuizMode::Origin:
    case QuizMode::Insertion:
    case QuizMode::Action:
    case QuizMode::Nerve: {
      const Muscle* answer = kb.findMuscle(question.muscle);
      const Muscle* other = kb.findMuscle(muscle);
      return answer != nullptr && other != nullptr && cardsAgree(*answer, *other, question.mode);
    }
    case QuizMode::DeepTo:
    case QuizMode::SuperficialTo:
      return std::find(question.alsoRight.begin(), question.alsoRight.end(), muscle) != question.alsoRight.end();
    case QuizMode::NameMuscle:
    case QuizMode::Study: return false;
  }
  const TriggerPoint* asked = kb.findTriggerPoint(question.triggerPoint);
  const Muscle* other = kb.findMuscle(muscle);
  if (asked == nullptr || other == nullptr) return false;
  const Picture shown = pictureOf(kb, *asked, question.side);
  for (const TriggerPoint& point : other->triggerPoints)
    for (Side side : kBothSides)
      if (samePicture(shown, pictureOf(kb, point, side))) return true;
  return false;
}

double patternOverlap(const KnowledgeBase& kb, const QuizQuestion& question, const Muscle& muscle) {
  const TriggerPoint* asked = kb.findTriggerPoint(question.triggerPoint);
  if (asked == nullptr) return 0.0;
  const Picture shown = pictureOf(kb, *asked, question.side);
  double best = 0.0;
  for (const TriggerPoint& point : muscle.triggerPoints)
    best = std::max(best, overlap(shown, pictureOf(kb, point, question.side)));
  return best;
}

}  // namespace myo::atlas
