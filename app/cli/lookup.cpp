// `myoatlas lookup --region ID[,ID...] [--finding CODE]... [--intake FLAG]... [--top K] [--json]`:
// which muscles' trigger points refer pain to where it hurts, most likely first, narrowed by the
// assessment's findings, with the warnings of the client's intake flags.
#include <algorithm>
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
#include "myo/atlas/assessment_scoring.hpp"
#include "myo/atlas/knowledge_checks.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/pain_drawing.hpp"
#include "myo/atlas/pain_lookup.hpp"
#include "myo/atlas/session.hpp"

namespace myo::cli {

namespace {

struct LookupOptions {
  std::string session;  // a saved session: its drawing (regions and brush dabs), findings and intake
  std::size_t dabs = 0;  // brush dabs of the session's drawing, for the text's first line
  std::vector<std::string> regions;
  std::vector<std::string> findings;
  std::vector<std::string> intake;
  int top = 10;
  bool json = false;
};

int fail(const Error& error) {
  std::cerr << "myoatlas lookup: " << error.message << "\n";
  return exitCodeFor(error);
}

// Four decimals are more than a ranking needs, and keep the JSON readable.
double rounded(double value) { return std::round(value * 1e4) / 1e4; }

void printJson(const LookupOptions& options, const atlas::KnowledgeBase& kb, const atlas::AssessmentOutcome& outcome) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const atlas::Candidate& r : outcome.candidates) {
    const atlas::Muscle* muscle = kb.findMuscle(r.muscle);
    list.push_back({{"muscle", r.muscle},
                    {"name", muscle ? muscle->names.common : r.muscle},
                    {"side", atlas::toString(r.side)},
                    {"score", rounded(r.score)},
                    {"trigger_points", r.triggerPoints},
                    {"coverage", rounded(r.coverage)},
                    {"drawing_score", rounded(r.drawingScore)},
                    {"reasons", r.reasons}});
  }
  nlohmann::ordered_json warnings = nlohmann::ordered_json::array();
  for (const atlas::TechniqueWarning& w : outcome.warnings)
    warnings.push_back({{"flag", w.flag},
                        {"muscle", w.muscle},
                        {"side", atlas::toString(w.side)},
                        {"technique", atlas::toString(w.technique)},
                        {"text", w.text}});
  nlohmann::ordered_json refer = nlohmann::ordered_json::array();
  for (const atlas::ReferAdvice& r : outcome.refer) refer.push_back({{"flag", r.flag}, {"text", r.text}});
  nlohmann::ordered_json document{{"regions", options.regions}};
  document["findings"] = options.findings;
  document["intake"] = options.intake;
  document["results"] = list;
  document["warnings"] = warnings;
  document["refer"] = refer;
  std::cout << document.dump(2) << "\n";
}

void printText(std::ostream& out, const LookupOptions& options, const atlas::KnowledgeBase& kb, const atlas::AssessmentOutcome& outcome) {
  const std::vector<atlas::Candidate>& results = outcome.candidates;
  std::string where;
  for (const std::string& id : options.regions) {
    const atlas::Region* region = kb.regions().find(id);
    where += (where.empty() ? "" : ", ") + (region ? region->name : id);
  }
  if (options.dabs > 0) where += (where.empty() ? "" : ", and ") + std::to_string(options.dabs) + (options.dabs == 1 ? " brush dab" : " brush dabs");
  out << "Pain in: " << where << (options.session.empty() ? "" : " (from " + options.session + ")") << "\n";
  for (const atlas::ReferAdvice& refer : outcome.refer) writeWrapped(out, "REFER (" + refer.flag + "): ", refer.text);
  if (!outcome.refer.empty()) out << "\n";
  if (results.empty()) {
    out << "No trigger point of the knowledge base refers pain there.\n";
    return;
  }
  out << "Muscles whose trigger points refer pain there, most likely first:\n\n";
  for (std::size_t i = 0; i < results.size(); ++i) {
    const atlas::Candidate& r = results[i];
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
    // The drawing's own reason is the figure above; the findings' reasons follow it.
    if (!options.findings.empty())
      for (std::size_t k = 1; k < r.reasons.size(); ++k) writeWrapped(out, "      - ", r.reasons[k]);
  }
  if (!outcome.warnings.empty()) {
    out << "\nWarnings from the intake:\n";
    for (const atlas::WarningInWords& warning : atlas::warningsByText(outcome.warnings, kb)) {
      writeWrapped(out, "  - ", warning.text);
      writeWrapped(out, "    ", "For: " + warning.concerns + ".");
    }
  }
  out << "\nA list of candidates to examine, not a diagnosis: palpate each muscle for the trigger point.\n"
               "`myoatlas show ID` gives a muscle's card.\n";
}

int runLookup(LookupOptions options) {
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return fail(kb.error());
  // A session brings the drawing as the window painted it, and its assessment; what the command
  // line adds goes with them.
  atlas::PainDrawing drawing;
  if (!options.session.empty()) {
    Result<atlas::Session> session = atlas::openSession(options.session);
    if (!session) return fail(session.error());
    if (Status known = atlas::checkSessionIds(*session, *kb, options.session); !known) return fail(known.error());
    drawing = session->pain;
    options.dabs = drawing.strokes.size();
    options.regions.insert(options.regions.begin(), drawing.regions.begin(), drawing.regions.end());
    options.findings.insert(options.findings.begin(), session->findings.begin(), session->findings.end());
    options.intake.insert(options.intake.begin(), session->intake.begin(), session->intake.end());
    if (options.regions.empty() && options.dabs == 0)
      return fail(Error{options.session + ": the session has no pain drawing to look up"});
  }
  if (options.session.empty() || !options.regions.empty())
    if (Status checked = checkRegionIds(*kb, options.regions); !checked) return fail(checked.error());
  // Every code is checked before the body loads: a typo is told at once, with the nearest codes.
  Result<std::vector<atlas::Finding>> findings = parseFindings(options.findings, *kb);
  if (!findings) return fail(findings.error());
  Result<std::vector<atlas::IntakeEntry>> intake = parseIntakeFlags(options.intake, *kb);
  if (!intake) return fail(intake.error());
  // An edited knowledge base may name a region the vocabulary lacks: that part of a pattern is not
  // ranked, and the user is told (validate lists everything).
  for (const atlas::Muscle& muscle : kb->muscles())
    for (const atlas::Problem& problem : atlas::checkZoneRegions(muscle, kb->regions()))
      std::cerr << "myoatlas lookup: warning: " << terminalText(atlas::formatProblem(problem)) << "\n";
  Result<atlas::AtlasScene> body = loadBodyWithSkin();
  if (!body) return fail(body.error());

  const atlas::PainLookup lookup(*body->skin, *kb);
  drawing.regions = options.regions;
  const std::vector<float> pain = atlas::rasterisePain(*body->skin, drawing);
  const std::vector<atlas::LookupResult> drawn = lookup.rank(pain, lookup.muscleSideCount());
  const atlas::AssessmentOutcome outcome = atlas::assess(drawn, *findings, *intake, *kb, std::size_t(options.top));
  if (options.json)
    printJson(options, *kb, outcome);
  else {
    // Names come from files a person edits: no escape sequence reaches the terminal raw.
    std::ostringstream text;
    printText(text, options, *kb, outcome);
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
      ->delimiter(',')
      ->type_name("ID[,ID...]");
  command
      ->add_option("--session", options->session,
                   "A session saved by the window: its pain drawing (regions and brush dabs, as painted), findings and "
                   "intake flags, with any --region, --finding and --intake added; the shares are then the window's")
      ->type_name("FILE");
  command
      ->add_option("--finding", options->findings,
                   "A finding of the assessment, as ../shared/assessment.md writes it: kind:code[.side][:result] or "
                   "rom:movement[.side]=degrees (posture:forward_head, rom:neck_rotation.left=55, "
                   "test:thomas.right:positive, palpation:trapezius.left:reproduces_pain); repeat for several. "
                   "`myoatlas findings` lists the codes")
      ->type_name("CODE");
  command
      ->add_option("--intake", options->intake,
                   "An intake flag of the client (anticoagulants, hip_replacement_posterior.left ...); repeat for "
                   "several. Adds the techniques' warnings, and a red flag's referral")
      ->type_name("FLAG");
  command->add_option("--top", options->top, "How many muscles to list")->check(CLI::Range(1, 200))->capture_default_str();
  command->add_flag("--json", options->json,
                    "Print one JSON document on stdout: {\"regions\", \"findings\", \"intake\", \"results\": [{\"muscle\", "
                    "\"name\", \"side\", \"score\", \"trigger_points\", \"coverage\", \"drawing_score\", \"reasons\"}], "
                    "\"warnings\": [{\"flag\", \"muscle\", \"side\", \"technique\", \"text\"}], \"refer\": [{\"flag\", "
                    "\"text\"}]}, results best first");
  command->footer("The score is explained in docs/pain-lookup.md, the findings' weights in docs/assessment.md. Exit "
                  "status: 0 listed, 2 an unknown region, finding or flag (the nearest codes are suggested) or bad "
                  "options, 1 the knowledge base or the body could not be loaded.");
  command->callback([&action, options] {
    if (options->regions.empty() && options->session.empty())
      throw CLI::RequiredError("--region or --session: where it hurts");
    action = [options] { return runLookup(*options); };
  });
}

}  // namespace myo::cli
