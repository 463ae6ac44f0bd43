#pragma once
// Reading the assessment's files: the vocabulary (assets/knowledge/assessment.json), the named
// tests (tests.json) and the muscles' findings (findings/*.json), checking each code, side and
// source as it goes. The schema is in docs/assessment.md.

#include <filesystem>
#include <vector>

#include "myo/atlas/assessment_vocabulary.hpp"
#include "myo/atlas/json_node.hpp"
#include "myo/atlas/reference.hpp"

namespace myo::atlas {

AssessmentVocabulary readAssessmentVocabulary(const JsonDocument& assessment, const ProblemLog& assessmentLog,
                                              const JsonDocument& tests, const ProblemLog& testsLog);

// Adds each muscle's findings and intake warnings from one findings file to `muscles` (sorted by
// id). A muscle may appear in one findings file only; `claimed` remembers which file had it. An
// id of `unreadable` (a card that exists but could not be read, reported already) is passed over.
void readFindingsFile(const JsonDocument& document, const ProblemLog& log, const AssessmentVocabulary& vocabulary,
                      const std::vector<Reference>& references, const std::vector<std::string>& unreadable,
                      std::vector<Muscle>& muscles, std::vector<std::string>& claimed);

}  // namespace myo::atlas
