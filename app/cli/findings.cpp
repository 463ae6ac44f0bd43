// `myoatlas findings [--json]`: the assessment's codes (intake flags, posture, range of motion with
// its normals, resisted tests, named tests, palpation results) with their plain-language labels.
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "knowledge_options.hpp"
#include "terminal_text.hpp"
#include "text_layout.hpp"

namespace myo::cli {

namespace {

struct FindingsOptions {
  bool json = false;
  std::string assets;
};

// The results a kind takes, as the parser accepts them.
const std::vector<std::string> kRangeResults{"limited", "painful"};
const std::vector<std::string> kResistedResults{"painful", "weak"};
const std::vector<std::string> kPalpationResults{"tender", "taut_band", "twitch", "reproduces_pain"};

std::string sidedCode(const std::string& code, bool sided) { return sided ? code + ".<side>" : code; }

void printJson(const atlas::AssessmentVocabulary& words) {
  nlohmann::ordered_json intake = nlohmann::ordered_json::array();
  for (const atlas::IntakeFlag& flag : words.intake())
    intake.push_back({{"code", flag.code},
                      {"sided", flag.sided},
                      {"kind", atlas::toString(flag.kind)},
                      {"label", atlas::withSide(flag.label, std::nullopt)},
                      {"question", flag.question},
                      {"refer", flag.refer}});
  nlohmann::ordered_json posture = nlohmann::ordered_json::array();
  for (const atlas::PostureCode& code : words.posture())
    posture.push_back({{"code", code.code}, {"sided", code.sided}, {"label", atlas::withSide(code.label, std::nullopt)}});
  nlohmann::ordered_json rom = nlohmann::ordered_json::array();
  for (const atlas::Movement& movement : words.movements())
    rom.push_back({{"code", movement.code},
                   {"sided", movement.sided},
                   {"label", atlas::withSide(movement.label, std::nullopt)},
                   {"normal", {movement.normalLow, movement.normalHigh}},
                   {"unit", movement.unit},
                   {"source", {{"ref", movement.source.ref}, {"chapter", movement.source.chapter}}}});
  nlohmann::ordered_json tests = nlohmann::ordered_json::array();
  for (const atlas::NamedTest& test : words.tests())
    tests.push_back({{"id", test.id}, {"name", test.name}, {"sided", test.sided}});
  nlohmann::ordered_json document;
  document["intake"] = intake;
  document["posture"] = posture;
  document["rom"] = {{"movements", rom}, {"results", kRangeResults}};
  document["resisted"] = {{"movements", "the movements of rom"}, {"results", kResistedResults}};
  document["test"] = {{"tests", tests}, {"results", {"positive"}}};
  document["palpation"] = {{"codes", "muscle ids of `myoatlas muscles`"}, {"results", kPalpationResults}};
  std::cout << document.dump(2) << "\n";
}

void printText(std::ostream& out, const atlas::AssessmentVocabulary& words) {
  out << "Findings are written kind:code[.side][:result]; a side is left or right, the client's own.\n";
  out << "\nIntake flags (--intake FLAG[.side]):\n";
  for (const atlas::IntakeFlag& flag : words.intake()) {
    const std::string kind = flag.kind == atlas::IntakeKind::RedFlag ? "  [red flag: refer]"
                             : flag.kind == atlas::IntakeKind::Stop  ? "  [do not treat today]"
                                                                     : "";
    writeWrapped(out, "  " + sidedCode(flag.code, flag.sided) + ": ", atlas::withSide(flag.label, std::nullopt) + kind);
  }
  out << "\nPosture (posture:CODE[.side]):\n";
  for (const atlas::PostureCode& code : words.posture())
    writeWrapped(out, "  " + sidedCode(code.code, code.sided) + ": ", atlas::withSide(code.label, std::nullopt));
  out << "\nRange of motion (rom:MOVEMENT[.side]:limited|painful, or rom:MOVEMENT[.side]=measured):\n";
  for (const atlas::Movement& movement : words.movements())
    writeWrapped(out, "  " + sidedCode(movement.code, movement.sided) + ": ",
                 atlas::withSide(movement.label, std::nullopt) + ", normal " + atlas::normalInWords(movement) + " (" +
                     movement.source.ref + ")");
  out << "\nResisted tests (resisted:MOVEMENT[.side]:painful|weak): the movements above.\n";
  out << "\nNamed tests (test:ID[.side]:positive; `myoatlas tests` explains each):\n";
  for (const atlas::NamedTest& test : words.tests())
    writeWrapped(out, "  " + sidedCode(test.id, test.sided) + ": ", test.name);
  out << "\nPalpation (palpation:MUSCLE.side:RESULT), the result one of tender, taut_band, twitch, reproduces_pain\n"
         "(pressure reproduces the client's familiar pain: the strongest single finding).\n";
}

int runFindings(const FindingsOptions& options) {
  std::optional<atlas::KnowledgeBaseReading> reading = openKnowledgeBase("findings", options.assets);
  if (!reading) return kExitBadInput;
  const atlas::AssessmentVocabulary& words = reading->knowledgeBase.assessment();
  if (options.json) {
    printJson(words);
  } else {
    std::ostringstream text;
    printText(text, words);
    std::cout << terminalText(text.str());
  }
  return kExitOk;
}

}  // namespace

void addFindingsCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<FindingsOptions>();
  CLI::App* command = app.add_subcommand(
      "findings", "List the assessment's codes: intake flags, posture, range of motion with normals, tests, palpation.");
  command->add_flag("--json", options->json,
                    "Print one JSON document on stdout: {\"intake\", \"posture\", \"rom\", \"resisted\", \"test\", "
                    "\"palpation\"}");
  addAssetsOption(*command, options->assets);
  command->callback([&action, options] { action = [options] { return runFindings(*options); }; });
}

}  // namespace myo::cli
