#include "myo/atlas/knowledge_checks.hpp"

#include <algorithm>
#include <set>

#include "myo/atlas/enum_names.hpp"

namespace myo::atlas {

namespace {

std::string quoted(const std::string& text) { return "\"" + text + "\""; }

// The checks of one muscle file, with what they need to know about the rest.
class CrossReferenceChecker {
 public:
  CrossReferenceChecker(const KnowledgeBase& knowledgeBase, const std::vector<ExpectedMuscle>& expected,
                        const KnowledgeFiles& files, std::vector<Problem>& problems)
      : knowledgeBase_(knowledgeBase), expected_(expected), files_(files), problems_(problems) {}

  void check(const Muscle& muscle) {
    file_ = muscle.file.string();
    checkMuscleIds("/anatomy/synergists", muscle.anatomy.synergists);
    checkMuscleIds("/anatomy/antagonists", muscle.anatomy.antagonists);
    checkMuscleIds("/clinical/associated_trigger_points", muscle.clinical.associatedTriggerPoints);
    checkMuscleIds("/clinical/satellite_trigger_points", muscle.clinical.satelliteTriggerPoints);
    for (std::size_t i = 0; i < muscle.triggerPoints.size(); ++i) {
      const std::string referral = "/trigger_points/" + std::to_string(i) + "/referral";
      checkZone(referral + "/essential", muscle.triggerPoints[i].referral.essential);
      checkZone(referral + "/spillover", muscle.triggerPoints[i].referral.spillover);
    }
    for (std::size_t i = 0; i < muscle.sources.size(); ++i) {
      const std::string& ref = muscle.sources[i].ref;
      if (!ref.empty() && knowledgeBase_.findReference(ref) == nullptr)
        add("/sources/" + std::to_string(i) + "/ref",
            "unknown reference " + quoted(ref) + "; add it to knowledge/references.json before citing it");
    }
  }

 private:
  void add(std::string pointer, std::string message, ProblemKind kind = ProblemKind::Error) {
    problems_.push_back({file_, std::move(pointer), std::move(message), kind});
  }

  bool isListed(const std::string& id) const {
    return std::any_of(expected_.begin(), expected_.end(), [&](const ExpectedMuscle& m) { return m.id == id; });
  }

  void checkMuscleIds(const std::string& pointer, const std::vector<std::string>& ids) {
    for (std::size_t i = 0; i < ids.size(); ++i) {
      const std::string& id = ids[i];
      if (id.empty() || knowledgeBase_.findMuscle(id) != nullptr) continue;
      // A file that exists but could not be read has its own problems reported already.
      std::error_code error;
      if (std::filesystem::exists(files_.muscleFile(id), error)) continue;
      const std::string at = pointer + "/" + std::to_string(i);
      if (isListed(id))
        add(at, "refers to " + quoted(id) + ", which is in the muscle list but has no file yet",
            ProblemKind::MissingMuscle);
      else
        add(at, "unknown muscle id " + quoted(id) + "; name muscles outside the knowledge base in /anatomy/notes");
    }
  }

  void checkZone(const std::string& pointer, const std::vector<ZonePatch>& zone) {
    const RegionVocabulary& regions = knowledgeBase_.regions();
    std::set<std::string> seen;
    for (std::size_t i = 0; i < zone.size(); ++i) {
      const std::string& region = zone[i].region;
      const std::string at = pointer + "/" + std::to_string(i) + "/region";
      if (region.empty()) continue;
      if (!seen.insert(region).second) {
        add(at, "region " + quoted(region) + " appears twice in this zone; give it one patch with the larger weight");
      } else if (const Region* sided = regions.find(region); sided != nullptr && sided->side != RegionSide::Midline) {
        add(at, "use the region without its side, " + quoted(sided->base) +
                    ": the side follows from the trigger point and referral/side");
      } else if (regions.findBase(region) == nullptr) {
        add(at, "unknown region " + quoted(region) + "; the regions are listed in knowledge/regions.json");
      }
    }
  }

  const KnowledgeBase& knowledgeBase_;
  const std::vector<ExpectedMuscle>& expected_;
  const KnowledgeFiles& files_;
  std::vector<Problem>& problems_;
  std::string file_;
};

}  // namespace

std::vector<Problem> checkZoneRegions(const Muscle& muscle, const RegionVocabulary& regions) {
  std::vector<Problem> problems;
  for (std::size_t i = 0; i < muscle.triggerPoints.size(); ++i) {
    const Referral& referral = muscle.triggerPoints[i].referral;
    for (const auto& [part, zone] : {std::pair{"essential", &referral.essential}, std::pair{"spillover", &referral.spillover}})
      for (std::size_t k = 0; k < zone->size(); ++k) {
        const std::string& region = (*zone)[k].region;
        if (region.empty() || regions.findBase(region) != nullptr) continue;
        problems.push_back({muscle.file.string(),
                            "/trigger_points/" + std::to_string(i) + "/referral/" + part + "/" + std::to_string(k) + "/region",
                            "unknown region " + quoted(region) + "; " + muscle.triggerPoints[i].id +
                                "'s pattern is drawn and ranked without it"});
      }
  }
  return problems;
}

std::vector<Problem> checkCrossReferences(const KnowledgeBase& knowledgeBase, const std::vector<ExpectedMuscle>& expected,
                                          const KnowledgeFiles& files) {
  std::vector<Problem> problems;
  CrossReferenceChecker checker(knowledgeBase, expected, files, problems);
  for (const Muscle& muscle : knowledgeBase.muscles()) checker.check(muscle);
  return problems;
}

std::vector<Problem> checkMuscleListCovered(const KnowledgeBase& knowledgeBase,
                                            const std::vector<ExpectedMuscle>& expected, const KnowledgeFiles& files) {
  std::vector<Problem> problems;
  for (const ExpectedMuscle& wanted : expected) {
    const std::filesystem::path file = files.muscleFile(wanted.id);
    const Muscle* muscle = knowledgeBase.findMuscle(wanted.id);
    if (muscle == nullptr) {
      // A file that exists but could not be read has had its problems reported already.
      std::error_code error;
      if (!std::filesystem::exists(file, error))
        problems.push_back({file.string(), "",
                            "no such file: " + quoted(wanted.id) + " is in the muscle list (" +
                                files.muscleList.filename().string() + ") but has no file yet",
                            ProblemKind::MissingMuscle});
      continue;
    }
    if (muscle->region != wanted.region)
      problems.push_back({file.string(), "/region",
                          "is " + quoted(std::string(toString(muscle->region))) + " but the muscle list puts " +
                              wanted.id + " under " + quoted(std::string(toString(wanted.region)))});
  }
  return problems;
}

std::vector<Problem> checkAssessmentCoverage(const KnowledgeBase& knowledgeBase, const KnowledgeFiles& files) {
  std::vector<Problem> problems;
  for (const Muscle& muscle : knowledgeBase.muscles()) {
    auto has = [&](FindingKind a, FindingKind b) {
      return std::any_of(muscle.findings.begin(), muscle.findings.end(),
                         [&](const FindingLink& link) { return link.kind == a || link.kind == b; });
    };
    const std::string where = "no finding in " + files.findingsDir.string() + " points to " + muscle.id + ": ";
    if (!has(FindingKind::Posture, FindingKind::RangeOfMotion))
      problems.push_back({muscle.file.string(), "", where + "map at least one posture or rom finding to it"});
    if (!has(FindingKind::Resisted, FindingKind::Test))
      problems.push_back({muscle.file.string(), "", where + "map at least one resisted or named test to it"});
  }
  return problems;
}

}  // namespace myo::atlas
