#pragma once
// The whole knowledge base: every muscle record, the body-region vocabulary and the references,
// read from an assets directory (see knowledge_files.hpp) and checked against the schema of
// docs/knowledge-base.md while reading.
//
//   myo::Result<KnowledgeBase> kb = loadKnowledgeBase(defaultAssetsDir());
//   if (!kb) { std::cerr << kb.error().message << '\n'; return 1; }
//   const Muscle* m = kb->findMuscle("levator_scapulae");

#include <filesystem>
#include <string_view>
#include <vector>

#include "myo/atlas/assessment_vocabulary.hpp"
#include "myo/atlas/muscle.hpp"
#include "myo/atlas/problem.hpp"
#include "myo/atlas/reference.hpp"
#include "myo/atlas/region.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

class KnowledgeBase {
 public:
  KnowledgeBase() = default;
  KnowledgeBase(std::vector<Muscle> muscles, RegionVocabulary regions, std::vector<Reference> references,
                AssessmentVocabulary assessment = {});

  // Sorted by id.
  const std::vector<Muscle>& muscles() const { return muscles_; }
  const Muscle* findMuscle(std::string_view id) const;
  // "levator_scapulae/tp2" → that trigger point, or nullptr.
  const TriggerPoint* findTriggerPoint(std::string_view id) const;
  // The muscle whose card holds the trigger point, or nullptr.
  const Muscle* muscleOf(const TriggerPoint& point) const;

  const RegionVocabulary& regions() const { return regions_; }

  const std::vector<Reference>& references() const { return references_; }
  const Reference* findReference(std::string_view id) const;

  // The codes of intake, posture, range of motion and the named tests (assessment.json, tests.json).
  const AssessmentVocabulary& assessment() const { return assessment_; }

  // Puts a trigger point's referral as it was just saved into its card (the zone editor), so that
  // what the window shows is the file; pointers to the trigger point stay valid. False when the
  // knowledge base has no such trigger point.
  bool replaceReferral(std::string_view triggerPointId, Referral referral);

 private:
  std::vector<Muscle> muscles_;
  RegionVocabulary regions_;
  std::vector<Reference> references_;
  AssessmentVocabulary assessment_;
};

// Everything that could be read, and every schema problem found on the way. A muscle file whose
// JSON cannot be parsed, or whose id is unusable, is left out; one with other problems is kept
// with the faulty values at their defaults, so that later checks still see it.
struct KnowledgeBaseReading {
  KnowledgeBase knowledgeBase;
  std::vector<Problem> problems;
};

KnowledgeBaseReading readKnowledgeBase(const std::filesystem::path& assetsDir);

// The knowledge base, or an error listing the problems (`file: /json/pointer: message`, one a
// line) when any file breaks the schema. Never throws, whatever the files hold.
Result<KnowledgeBase> loadKnowledgeBase(const std::filesystem::path& assetsDir);

}  // namespace myo::atlas
