// `myoatlas tests [ID] [--json]`: the named tests of the assessment, how to do each, what a positive
// result looks like, and the muscles it points to.
#include <algorithm>
#include <iostream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "knowledge_options.hpp"
#include "terminal_text.hpp"
#include "text_layout.hpp"
#include "myo/atlas/did_you_mean.hpp"
#include "myo/atlas/side.hpp"

namespace myo::cli {

namespace {

struct TestsOptions {
  std::string id;
  bool json = false;
  std::string assets;
};

// The muscles whose findings name the test, by id.
std::vector<const atlas::Muscle*> musclesUsing(const atlas::KnowledgeBase& kb, const std::string& testId) {
  std::vector<const atlas::Muscle*> muscles;
  for (const atlas::Muscle& muscle : kb.muscles())
    if (std::any_of(muscle.findings.begin(), muscle.findings.end(), [&](const atlas::FindingLink& link) {
          return link.kind == atlas::FindingKind::Test && link.code == testId;
        }))
      muscles.push_back(&muscle);
  return muscles;
}

void printCard(std::ostream& out, const atlas::KnowledgeBase& kb, const atlas::NamedTest& test) {
  out << test.name << "  (test:" << test.id << (test.sided ? ".<side>" : "") << ":positive)\n";
  writeWrapped(out, "  How: ", test.how);
  writeWrapped(out, "  Positive: ", test.positive);
  std::string muscles;
  for (const atlas::Muscle* muscle : musclesUsing(kb, test.id))
    muscles += (muscles.empty() ? "" : ", ") + muscle->names.common;
  writeWrapped(out, "  Points to: ", muscles.empty() ? "no muscle of the knowledge base yet" : muscles);
  const atlas::Reference* reference = kb.findReference(test.source.ref);
  writeWrapped(out, "  Source: ", (reference ? reference->title : test.source.ref) + ", " + test.source.chapter);
}

int runTests(const TestsOptions& options) {
  std::optional<atlas::KnowledgeBaseReading> reading = openKnowledgeBase("tests", options.assets);
  if (!reading) return kExitBadInput;
  const atlas::KnowledgeBase& kb = reading->knowledgeBase;
  std::vector<const atlas::NamedTest*> chosen;
  for (const atlas::NamedTest& test : kb.assessment().tests())
    if (options.id.empty() || test.id == options.id) chosen.push_back(&test);
  if (chosen.empty()) {
    std::vector<std::string> ids;
    for (const atlas::NamedTest& test : kb.assessment().tests())
      if (test.id.find(options.id) != std::string::npos || options.id.find(test.id) != std::string::npos) ids.push_back(test.id);
    std::cerr << "myoatlas tests: unknown test '" << terminalText(options.id) << "'" << atlas::didYouMean(ids)
              << "; `myoatlas tests` lists them all\n";
    return kExitBadInput;
  }
  if (options.json) {
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const atlas::NamedTest* test : chosen) {
      std::vector<std::string> muscles;
      for (const atlas::Muscle* muscle : musclesUsing(kb, test->id)) muscles.push_back(muscle->id);
      list.push_back({{"id", test->id},
                      {"name", test->name},
                      {"sided", test->sided},
                      {"how", test->how},
                      {"positive", test->positive},
                      {"muscles", muscles},
                      {"source", {{"ref", test->source.ref}, {"chapter", test->source.chapter}}}});
    }
    std::cout << list.dump(2) << "\n";
    return kExitOk;
  }
  std::ostringstream text;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    if (i > 0) text << "\n";
    printCard(text, kb, *chosen[i]);
  }
  std::cout << terminalText(text.str());
  return kExitOk;
}

}  // namespace

void addTestsCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<TestsOptions>();
  CLI::App* command = app.add_subcommand(
      "tests", "The named tests of the assessment: how to do each, what positive means, the muscles it points to.");
  command->add_option("id", options->id, "One test's id (thomas, ober, fair ...); all tests when left out");
  command->add_flag("--json", options->json,
                    "Print one JSON list on stdout: [{\"id\", \"name\", \"sided\", \"how\", \"positive\", \"muscles\", "
                    "\"source\"}]");
  addAssetsOption(*command, options->assets);
  command->callback([&action, options] { action = [options] { return runTests(*options); }; });
}

}  // namespace myo::cli
