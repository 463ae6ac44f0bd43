// `myoatlas lookup --region ID[,ID...] [--top K] [--json]`: which muscles' trigger points refer
// pain to where it hurts, most likely first.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "pain_input.hpp"
#include "terminal_text.hpp"
#include "text_layout.hpp"
#include "myo/atlas/knowledge_checks.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/pain_drawing.hpp"
#include "myo/atlas/pain_lookup.hpp"

namespace myo::cli {

namespace {

struct LookupOptions {
  std::vector<std::string> regions;
  int top = 10;
  bool json = false;
};

int fail(const Error& error) {
  std::cerr << "myoatlas lookup: " << error.message << "\n";
  return exitCodeFor(error);
}

// Four decimals are more than a ranking needs, and keep the JSON readable.
double rounded(double value) { return std::round(value * 1e4) / 1e4; }

void printJson(const LookupOptions& options, const atlas::KnowledgeBase& kb, const std::vector<atlas::LookupResult>& results) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const atlas::LookupResult& r : results) {
    const atlas::Muscle* muscle = kb.findMuscle(r.muscle);
    list.push_back({{"muscle", r.muscle},
                    {"name", muscle ? muscle->names.common : r.muscle},
                    {"side", atlas::toString(r.side)},
                    {"score", rounded(r.score)},
                    {"trigger_points", r.triggerPoints},
                    {"coverage", rounded(r.coverage)}});
  }
  std::cout << nlohmann::ordered_json{{"regions", options.regions}, {"results", list}}.dump(2) << "\n";
}

void printText(std::ostream& out, const LookupOptions& options, const atlas::KnowledgeBase& kb, const std::vector<atlas::LookupResult>& results) {
  std::string where;
  for (const std::string& id : options.regions) {
    const atlas::Region* region = kb.regions().find(id);
    where += (where.empty() ? "" : ", ") + (region ? region->name : id);
  }
  out << "Pain in: " << where << "\n";
  if (results.empty()) {
    out << "No trigger point of the knowledge base refers pain there.\n";
    return;
  }
  out << "Muscles whose trigger points refer pain there, most likely first:\n\n";
  for (std::size_t i = 0; i < results.size(); ++i) {
    const atlas::LookupResult& r = results[i];
    const atlas::Muscle* muscle = kb.findMuscle(r.muscle);
    char heading[160];
    const std::string side(atlas::toString(r.side));
    std::snprintf(heading, sizeof heading, "%2zu. %s, %s side", i + 1, muscle ? muscle->names.common.c_str() : r.muscle.c_str(),
                  side.c_str());
    char figures[96];
    std::snprintf(figures, sizeof figures, "covers %3.0f%% of the pain   (score %.2f)", 100.0 * r.coverage, r.score);
    const std::string head(heading);
    const std::size_t pad = displayWidth(head) < 44 ? 44 - displayWidth(head) : 1;
    out << head << std::string(pad, ' ') << figures << "\n";
    for (const std::string& id : r.triggerPoints) {
      const atlas::TriggerPoint* point = kb.findTriggerPoint(id);
      writeWrapped(out, "      " + id + ": ", point ? point->name : std::string());
    }
  }
  out << "\nA list of candidates to examine, not a diagnosis: palpate each muscle for the trigger point.\n"
               "`myoatlas show ID` gives a muscle's card.\n";
}

int runLookup(const LookupOptions& options) {
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return fail(kb.error());
  if (Status checked = checkRegionIds(*kb, options.regions); !checked) return fail(checked.error());
  // An edited knowledge base may name a region the vocabulary lacks: that part of a pattern is not
  // ranked, and the user is told (validate lists everything).
  for (const atlas::Muscle& muscle : kb->muscles())
    for (const atlas::Problem& problem : atlas::checkZoneRegions(muscle, kb->regions()))
      std::cerr << "myoatlas lookup: warning: " << terminalText(atlas::formatProblem(problem)) << "\n";
  Result<atlas::AtlasScene> body = loadBodyWithSkin();
  if (!body) return fail(body.error());

  const atlas::PainLookup lookup(*body->skin, *kb);
  atlas::PainDrawing drawing;
  drawing.regions = options.regions;
  const std::vector<float> pain = atlas::rasterisePain(*body->skin, drawing);
  const std::vector<atlas::LookupResult> results = lookup.rank(pain, std::size_t(options.top));
  if (options.json)
    printJson(options, *kb, results);
  else {
    // Names come from files a person edits: no escape sequence reaches the terminal raw.
    std::ostringstream text;
    printText(text, options, *kb, results);
    std::cout << terminalText(text.str());
  }
  return kExitOk;
}

}  // namespace

void addLookupCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<LookupOptions>();
  CLI::App* command = app.add_subcommand(
      "lookup", "Where does it hurt? Rank the muscles whose trigger points refer pain to the given body regions.");
  command
      ->add_option("--region", options->regions,
                   "Where it hurts: region ids of `myoatlas regions` (left_temple), comma-separated; several mean "
                   "pain in all of them")
      ->required()
      ->delimiter(',')
      ->type_name("ID[,ID...]");
  command->add_option("--top", options->top, "How many muscles to list")->check(CLI::Range(1, 200))->capture_default_str();
  command->add_flag("--json", options->json,
                    "Print one JSON document on stdout: {\"regions\", \"results\": [{\"muscle\", \"name\", \"side\", "
                    "\"score\", \"trigger_points\", \"coverage\"}]}, best first");
  command->footer("The score is explained in docs/pain-lookup.md. Exit status: 0 listed, 2 an unknown region (the "
                  "nearest ids are suggested) or bad options, 1 the knowledge base or the body could not be loaded.");
  command->callback([&action, options] { action = [options] { return runLookup(*options); }; });
}

}  // namespace myo::cli
