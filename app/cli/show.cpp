// `myoatlas show ID [--json]`: one muscle's card, found by id, name or alias.
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "commands.hpp"
#include "knowledge_options.hpp"
#include "myo/atlas/did_you_mean.hpp"
#include "myo/atlas/knowledge_checks.hpp"
#include "terminal_text.hpp"
#include "muscle_card.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/knowledge_json.hpp"
#include "myo/atlas/muscle_ranking.hpp"
#include "myo/atlas/muscle_search.hpp"

namespace myo::cli {

namespace {

struct ShowOptions {
  std::vector<std::string> words;  // `show levator scapulae` works without quotes
  bool json = false;
  std::string assets;
};

std::string joinedWords(const std::vector<std::string>& words) {
  std::string query;
  for (const std::string& word : words) {
    if (!query.empty()) query += ' ';
    query += word;
  }
  return query;
}

int reportNoSingleMatch(const std::string& query, const atlas::MuscleLookup& lookup) {
  if (!lookup.candidates.empty()) {
    std::cerr << "myoatlas show: \"" << query << "\" names " << lookup.candidates.size() << " muscles:";
    for (std::size_t i = 0; i < lookup.candidates.size(); ++i)
      std::cerr << (i > 0 ? ", " : " ") << lookup.candidates[i]->id;
    std::cerr << "; show one of them by id\n";
    return kExitBadInput;
  }
  std::cerr << "myoatlas show: no muscle \"" << query << "\" in the knowledge base";
  if (lookup.suggestions.empty()) {
    std::cerr << "; `myoatlas muscles` lists them all\n";
  } else {
    std::cerr << atlas::didYouMean(lookup.suggestions) << "?\n";
  }
  return kExitBadInput;
}

int runShow(const ShowOptions& options) {
  std::optional<atlas::KnowledgeBaseReading> reading = openKnowledgeBase("show", options.assets);
  if (!reading) return kExitBadInput;
  const atlas::KnowledgeBase& knowledgeBase = reading->knowledgeBase;
  const std::string query = joinedWords(options.words);
  atlas::MuscleLookup lookup = atlas::lookUpMuscle(knowledgeBase, query);
  // No exact name: a partial one, as the window's search box takes it ("upper trap", "lev sca").
  if (lookup.muscle == nullptr && lookup.candidates.empty()) {
    const std::vector<const atlas::Muscle*> partial = atlas::partialNameMatches(knowledgeBase, query);
    if (partial.size() == 1) lookup = atlas::MuscleLookup{partial.front(), {}, {}};
    else if (partial.size() > 1) lookup.candidates = partial;
  }
  // A file that could not be read at all leaves no muscle, but the user asked for it by id.
  const std::filesystem::path file = lookup.muscle != nullptr
                                         ? lookup.muscle->file
                                         : atlas::KnowledgeFiles::in(assetsDirOrDefault(options.assets)).muscleFile(query);
  // A card read from a faulty file could mislead a student: show what is wrong instead.
  if (const std::vector<atlas::Problem> own = problemsIn(reading->problems, file); !own.empty()) {
    std::cerr << "myoatlas show: " << file.string() << " has problems:\n";
    for (const atlas::Problem& problem : own) std::cerr << terminalText(atlas::formatProblem(problem)) << "\n";
    return kExitBadInput;
  }
  if (lookup.muscle == nullptr) return reportNoSingleMatch(query, lookup);
  // A region the vocabulary lacks would vanish from the pattern: a problem of the file, as above.
  if (const std::vector<atlas::Problem> zones = atlas::checkZoneRegions(*lookup.muscle, knowledgeBase.regions());
      !zones.empty()) {
    std::cerr << "myoatlas show: " << file.string() << " has problems:\n";
    for (const atlas::Problem& problem : zones) std::cerr << terminalText(atlas::formatProblem(problem)) << "\n";
    return kExitBadInput;
  }
  if (options.json)
    std::cout << atlas::toJson(*lookup.muscle).dump(2) << "\n";
  else {
    // Names and texts come from files a person edits: no escape sequence reaches the terminal raw.
    std::ostringstream card;
    writeMuscleCard(card, *lookup.muscle, knowledgeBase);
    std::cout << terminalText(card.str());
  }
  return kExitOk;
}

}  // namespace

void addShowCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<ShowOptions>();
  CLI::App* command = app.add_subcommand("show", "Print one muscle's card: anatomy, trigger points, referred pain, "
                                                 "clinical picture, techniques and sources.");
  command
      ->add_option("id", options->words,
                   "The muscle: its id (levator_scapulae), or a name or alias that names only it, in any case "
                   "(\"levator scapulae\", SCM), or the start of one as the window's search box takes it (\"upper trap\", "
                   "\"lev sca\"). Several words are joined with spaces.")
      ->required()
      ->type_name("ID");
  command->add_flag("--json", options->json,
                    "Print the muscle's record as one JSON document on stdout, as in docs/knowledge-base.md");
  addAssetsOption(*command, options->assets);
  command->footer("Exit status: 0 shown, 2 no such muscle (the nearest ids are suggested), an ambiguous name, or "
                  "problems in the muscle's file (listed), a referral zone naming an unknown region among them.");
  command->callback([&action, options] { action = [options] { return runShow(*options); }; });
}

}  // namespace myo::cli
