#include "myo/atlas/knowledge_base.hpp"

#include <algorithm>

#include "knowledge/assessment_reader.hpp"
#include "knowledge/identifiers.hpp"
#include "myo/atlas/json_file.hpp"
#include "knowledge/muscle_reader.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/trigger_point_ref.hpp"
#include "knowledge/reference_reader.hpp"
#include "knowledge/region_reader.hpp"

namespace myo::atlas {

namespace {

// At most this many problems go into the error of loadKnowledgeBase; validate lists them all.
constexpr std::size_t kProblemsInError = 20;

// The .json files of a folder in name order, so that problems come out in the same order on every machine.
std::vector<std::filesystem::path> jsonFilesIn(const std::filesystem::path& dir, std::vector<Problem>& problems) {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) {
    problems.push_back({dir.string(), "", "directory not found"});
    return files;
  }
  for (const auto& entry : std::filesystem::directory_iterator(dir, error)) {
    // Anything else (a README, an editor's backup file) is not part of the knowledge base.
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  }
  if (error) problems.push_back({dir.string(), "", "cannot be listed: " + error.message()});
  std::sort(files.begin(), files.end());
  return files;
}

// `unreadable`: the ids of cards whose JSON could not be parsed, left out with their problems told.
std::vector<Muscle> readMuscles(const std::filesystem::path& dir, std::vector<Problem>& problems,
                                std::vector<std::string>& unreadable) {
  std::vector<Muscle> muscles;
  for (const std::filesystem::path& file : jsonFilesIn(dir, problems)) {
    const ProblemLog log(file.string(), problems);
    const std::string fileId = file.stem().string();
    if (!isSnakeCaseId(fileId)) {
      log.add("", "the file name must be a snake_case muscle id followed by .json, such as levator_scapulae.json");
      continue;
    }
    const std::optional<JsonDocument> document = readJsonFile(file, log);
    if (!document) {
      unreadable.push_back(fileId);
      continue;
    }
    Muscle muscle = readMuscle(*document, fileId, log);
    muscle.file = file;
    muscles.push_back(std::move(muscle));
  }
  return muscles;
}

// The vocabulary, and each muscle's findings and intake warnings put into `muscles` (sorted by id).
// Without a findings folder no muscle has findings, which validate reports muscle by muscle.
AssessmentVocabulary readAssessmentFiles(const KnowledgeFiles& files, const std::vector<Reference>& references,
                                         const std::vector<std::string>& unreadable, std::vector<Muscle>& muscles,
                                         std::vector<Problem>& problems) {
  const ProblemLog assessmentLog(files.assessment.string(), problems);
  const ProblemLog testsLog(files.tests.string(), problems);
  const std::optional<JsonDocument> assessmentDocument = readJsonFile(files.assessment, assessmentLog);
  const std::optional<JsonDocument> testsDocument = readJsonFile(files.tests, testsLog);
  if (!assessmentDocument || !testsDocument) return {};
  AssessmentVocabulary vocabulary = readAssessmentVocabulary(*assessmentDocument, assessmentLog, *testsDocument, testsLog);
  std::error_code error;
  if (!std::filesystem::is_directory(files.findingsDir, error)) return vocabulary;
  std::vector<std::string> claimed;
  for (const std::filesystem::path& file : jsonFilesIn(files.findingsDir, problems)) {
    const ProblemLog log(file.string(), problems);
    if (const std::optional<JsonDocument> document = readJsonFile(file, log))
      readFindingsFile(*document, log, vocabulary, references, unreadable, muscles, claimed);
  }
  return vocabulary;
}

}  // namespace

KnowledgeBase::KnowledgeBase(std::vector<Muscle> muscles, RegionVocabulary regions, std::vector<Reference> references,
                             AssessmentVocabulary assessment)
    : muscles_(std::move(muscles)),
      regions_(std::move(regions)),
      references_(std::move(references)),
      assessment_(std::move(assessment)) {
  std::sort(muscles_.begin(), muscles_.end(), [](const Muscle& a, const Muscle& b) { return a.id < b.id; });
}

const Muscle* KnowledgeBase::findMuscle(std::string_view id) const {
  const auto found = std::lower_bound(muscles_.begin(), muscles_.end(), id,
                                      [](const Muscle& muscle, std::string_view key) { return muscle.id < key; });
  return found != muscles_.end() && found->id == id ? &*found : nullptr;
}

const TriggerPoint* KnowledgeBase::findTriggerPoint(std::string_view id) const {
  const std::optional<TriggerPointRef> ref = parseTriggerPointRef(id);
  if (!ref || ref->allOfMuscle()) return nullptr;
  const Muscle* muscle = findMuscle(ref->muscle);
  if (muscle == nullptr) return nullptr;
  const auto found = std::find_if(muscle->triggerPoints.begin(), muscle->triggerPoints.end(),
                                  [&](const TriggerPoint& tp) { return tp.id == id; });
  return found == muscle->triggerPoints.end() ? nullptr : &*found;
}

const Muscle* KnowledgeBase::muscleOf(const TriggerPoint& point) const {
  const std::optional<TriggerPointRef> ref = parseTriggerPointRef(point.id);
  return ref ? findMuscle(ref->muscle) : nullptr;
}

bool KnowledgeBase::replaceReferral(std::string_view triggerPointId, Referral referral) {
  TriggerPoint* point = const_cast<TriggerPoint*>(findTriggerPoint(triggerPointId));  // our own muscles_
  if (point == nullptr) return false;
  point->referral = std::move(referral);
  return true;
}

const Reference* KnowledgeBase::findReference(std::string_view id) const {
  const auto found = std::find_if(references_.begin(), references_.end(), [&](const Reference& r) { return r.id == id; });
  return found == references_.end() ? nullptr : &*found;
}

KnowledgeBaseReading readKnowledgeBase(const std::filesystem::path& assetsDir) {
  KnowledgeBaseReading reading;
  const KnowledgeFiles files = KnowledgeFiles::in(assetsDir);
  std::error_code error;
  if (!std::filesystem::is_directory(files.root, error)) {
    reading.problems.push_back({assetsDir.string(), "",
                                "no knowledge/ directory here; give the assets directory that holds knowledge/"});
    return reading;
  }

  RegionVocabulary regions;
  const ProblemLog regionLog(files.regions.string(), reading.problems);
  if (auto document = readJsonFile(files.regions, regionLog)) regions = readRegions(*document, regionLog);

  std::vector<Reference> references;
  const ProblemLog referenceLog(files.references.string(), reading.problems);
  if (auto document = readJsonFile(files.references, referenceLog))
    references = readReferences(*document, referenceLog);

  std::vector<std::string> unreadable;
  std::vector<Muscle> muscles = readMuscles(files.musclesDir, reading.problems, unreadable);
  std::sort(muscles.begin(), muscles.end(), [](const Muscle& a, const Muscle& b) { return a.id < b.id; });
  AssessmentVocabulary assessment = readAssessmentFiles(files, references, unreadable, muscles, reading.problems);
  reading.knowledgeBase =
      KnowledgeBase(std::move(muscles), std::move(regions), std::move(references), std::move(assessment));
  return reading;
}

Result<KnowledgeBase> loadKnowledgeBase(const std::filesystem::path& assetsDir) {
  KnowledgeBaseReading reading = readKnowledgeBase(assetsDir);
  if (reading.problems.empty()) return std::move(reading.knowledgeBase);

  const std::size_t count = reading.problems.size();
  std::string message = "the knowledge base in " + assetsDir.string() + " has " + std::to_string(count) +
                        (count == 1 ? " problem:" : " problems:");
  for (std::size_t i = 0; i < std::min(count, kProblemsInError); ++i)
  {
    message += '\n';
    message += formatProblem(reading.problems[i]);
  }
  if (count > kProblemsInError)
    message += std::string("\n... and ") + std::to_string(count - kProblemsInError) + " more; `myoatlas validate " +
               assetsDir.string() + "` lists them all";
  return Error{message};
}

}  // namespace myo::atlas
