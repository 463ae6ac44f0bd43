// `myoatlas validate [DIR]`: checks the knowledge base and reports every problem as
// `file: /json/pointer: message`.
#include <algorithm>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>

#include "commands.hpp"
#include "default_scene.hpp"
#include "knowledge_options.hpp"
#include "myo/atlas/body_model_checks.hpp"
#include "myo/atlas/knowledge_checks.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/muscle_list.hpp"
#include "myo/atlas/tour.hpp"

namespace myo::cli {

namespace {

struct ValidateOptions {
  std::string dir;
};

std::size_t countTriggerPoints(const atlas::KnowledgeBase& knowledgeBase) {
  std::size_t count = 0;
  for (const atlas::Muscle& muscle : knowledgeBase.muscles()) count += muscle.triggerPoints.size();
  return count;
}

std::size_t countFindingLinks(const atlas::KnowledgeBase& knowledgeBase) {
  std::size_t count = 0;
  for (const atlas::Muscle& muscle : knowledgeBase.muscles()) count += muscle.findings.size();
  return count;
}

// The tours of assets/tours, in name order, each checked against the knowledge base; a problem a
// line, as openTour reports them (`file: step N "Title": /pointer: message`).
std::size_t checkTours(const std::filesystem::path& assets, const atlas::KnowledgeBase& knowledgeBase,
                       std::vector<atlas::Problem>& problems) {
  const std::filesystem::path dir = assets / "tours";
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) return 0;
  std::vector<std::filesystem::path> tours;
  for (const auto& entry : std::filesystem::directory_iterator(dir, error))
    if (entry.path().extension() == ".json") tours.push_back(entry.path());
  std::sort(tours.begin(), tours.end());
  for (const std::filesystem::path& file : tours) {
    const Result<atlas::Tour> tour = atlas::openTour(file, knowledgeBase);
    if (tour) continue;
    const std::string prefix = file.string() + ": ";
    std::istringstream lines(tour.error().message);
    for (std::string line; std::getline(lines, line);)
      problems.push_back({file.string(), "", line.starts_with(prefix) ? line.substr(prefix.size()) : line});
  }
  return tours.size();
}

// The stages in the order a teacher fixes things: the files themselves, then what they refer to,
// then whether the list of muscles is complete, then the body model.
int runValidate(const ValidateOptions& options) {
  const std::filesystem::path assets = assetsDirOrDefault(options.dir);
  const atlas::KnowledgeFiles files = atlas::KnowledgeFiles::in(assets);
  std::error_code error;
  if (!std::filesystem::is_directory(assets, error)) {
    std::cerr << "myoatlas validate: " << assets.string() << ": directory not found\n";
    return kExitBadInput;
  }
  if (!std::filesystem::is_directory(files.root, error)) {
    std::cerr << "myoatlas validate: " << assets.string()
              << ": no knowledge/ directory here; give the assets directory that holds knowledge/\n";
    return kExitBadInput;
  }

  atlas::KnowledgeBaseReading reading = atlas::readKnowledgeBase(assets);
  std::vector<atlas::Problem>& problems = reading.problems;
  const atlas::KnowledgeBase& knowledgeBase = reading.knowledgeBase;

  std::vector<atlas::ExpectedMuscle> expected;
  if (Result<std::vector<atlas::ExpectedMuscle>> list = atlas::loadMuscleList(files.muscleList))
    expected = std::move(*list);
  else
    problems.push_back({"", "", list.error().message});  // the message already names the file and line

  for (atlas::Problem& problem : atlas::checkCrossReferences(knowledgeBase, expected, files)) problems.push_back(std::move(problem));
  for (atlas::Problem& problem : atlas::checkMuscleListCovered(knowledgeBase, expected, files))
    problems.push_back(std::move(problem));
  for (atlas::Problem& problem : atlas::checkAssessmentCoverage(knowledgeBase, files)) problems.push_back(std::move(problem));
  const atlas::BodyModelCheckOutcome bodyModel = atlas::checkAgainstBodyModel(knowledgeBase, assets, bakedBodyFile());
  for (const atlas::Problem& problem : bodyModel.problems) problems.push_back(problem);
  const std::size_t tours = checkTours(assets, knowledgeBase, problems);

  atlas::sortProblems(problems);
  std::set<std::string> filesWithProblems;
  std::size_t missing = 0;
  for (const atlas::Problem& problem : problems) {
    std::cout << (problem.file.empty() ? problem.message : atlas::formatProblem(problem)) << "\n";
    filesWithProblems.insert(problem.file);
    if (problem.kind == atlas::ProblemKind::MissingMuscle && problem.pointer.empty()) ++missing;
  }
  if (bodyModel.skippedBecause) std::cout << "note: " << *bodyModel.skippedBecause << "\n";

  if (!problems.empty()) {
    std::cout << "validate: " << problems.size() << (problems.size() == 1 ? " problem" : " problems") << " in "
              << filesWithProblems.size() << (filesWithProblems.size() == 1 ? " file" : " files");
    if (missing > 0)
      std::cout << "; " << missing << " of the " << expected.size() << " listed muscles "
                << (missing == 1 ? "has" : "have") << " no file yet";
    std::cout << "\n";
    return kExitFailure;
  }
  std::cout << "validate: ok: " << knowledgeBase.muscles().size() << " muscles (all " << expected.size()
            << " listed), " << countTriggerPoints(knowledgeBase) << " trigger points, "
            << knowledgeBase.regions().size() << " regions, " << knowledgeBase.references().size() << " references, "
            << countFindingLinks(knowledgeBase) << " findings mapped, " << knowledgeBase.assessment().tests().size()
            << " named tests in " << files.root.string() << "; " << tours << (tours == 1 ? " tour" : " tours") << "\n";
  return kExitOk;
}

}  // namespace

void addValidateCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand(
      "validate", "Check the knowledge base: every key of docs/knowledge-base.md, the ids files refer to, and that "
                  "every muscle of knowledge/muscle-list.txt exists; and the tours of tours/ (docs/tours.md).");
  command
      ->add_option("dir", options->dir,
                   "Assets directory holding knowledge/ (default: $" + std::string(atlas::kAssetsDirVariable) +
                       " if set, else " + atlas::defaultAssetsDir().string() + ")")
      ->type_name("DIR");
  command->footer("Prints each problem as `file: /json/pointer: message`. Exit status: 0 no problem (with a "
                  "one-line summary), 1 problems found, 2 DIR missing or not an assets directory.");
  command->callback([&action, options] { action = [options] { return runValidate(*options); }; });
}

}  // namespace myo::cli
