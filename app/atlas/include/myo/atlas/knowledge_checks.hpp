#pragma once
// The checks of `myoatlas validate` that look across files. The schema of each file is checked
// while it is read (knowledge_base.hpp); these check what one file cannot know alone.

#include <vector>

#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/muscle_list.hpp"
#include "myo/atlas/problem.hpp"

namespace myo::atlas {

// Every id a record refers to exists: synergists, antagonists, associated and satellite muscles,
// the regions of referral zones, the references of sources. A muscle of the muscle list that has
// no file yet is reported as ProblemKind::MissingMuscle; one whose file exists but could not be
// read is not reported again here.
std::vector<Problem> checkCrossReferences(const KnowledgeBase& knowledgeBase,
                                          const std::vector<ExpectedMuscle>& expected, const KnowledgeFiles& files);

// The regions of one muscle's referral zones that the vocabulary does not know (a part of the
// pattern that would be left out): for the commands that read an edited knowledge base without
// running every check of validate.
std::vector<Problem> checkZoneRegions(const Muscle& muscle, const RegionVocabulary& regions);

// Every muscle of the muscle list has a file, under the body part the list gives it.
std::vector<Problem> checkMuscleListCovered(const KnowledgeBase& knowledgeBase,
                                            const std::vector<ExpectedMuscle>& expected,
                                            const KnowledgeFiles& files);

// Every muscle has what the assessment needs to point to it: at least one posture or
// range-of-motion finding and one resisted or named test (assets/knowledge/findings/*.json).
std::vector<Problem> checkAssessmentCoverage(const KnowledgeBase& knowledgeBase, const KnowledgeFiles& files);

}  // namespace myo::atlas
