#include "assessment_editor.hpp"

#include <algorithm>
#include <cstdio>

#include "myo/atlas/finding.hpp"

namespace myo::ui {

namespace {

std::string sided(const std::string& code, std::optional<atlas::Side> side) {
  return side ? code + "." + std::string(atlas::toString(*side)) : code;
}

}  // namespace

void applyAssessment(AppState& state, const atlas::KnowledgeBase& kb) {
  PainState& pain = state.pain;
  std::optional<atlas::LookupResult> chosen;
  if (pain.chosenCandidate && *pain.chosenCandidate < pain.candidates.size()) chosen = pain.candidates[*pain.chosenCandidate];
  pain.chosenCandidate.reset();
  std::vector<atlas::Finding> findings;
  for (const std::string& text : pain.findings)
    if (myo::Result<atlas::Finding> finding = atlas::parseFinding(text, kb)) findings.push_back(*finding);
  std::vector<atlas::IntakeEntry> intake;
  for (const std::string& text : pain.intake)
    if (myo::Result<atlas::IntakeEntry> entry = atlas::parseIntake(text, kb)) intake.push_back(*entry);
  // Without a drawing only a palpated muscle is a candidate, and a red flag still says to refer.
  const atlas::AssessmentOutcome outcome = atlas::assess(pain.drawn, findings, intake, kb, kAssessedCandidatesShown);
  pain.candidates.clear();
  pain.candidateReasons.clear();
  for (const atlas::Candidate& candidate : outcome.candidates) {
    atlas::LookupResult result;
    const auto drawn = std::find_if(pain.drawn.begin(), pain.drawn.end(), [&](const atlas::LookupResult& r) {
      return r.muscle == candidate.muscle && r.side == candidate.side;
    });
    if (drawn != pain.drawn.end()) {
      result = *drawn;
    } else {  // palpated, outside the drawing: its first trigger point stands for it
      result.muscle = candidate.muscle;
      result.side = candidate.side;
      if (const atlas::Muscle* muscle = kb.findMuscle(candidate.muscle); muscle && !muscle->triggerPoints.empty())
        result.triggerPoints.push_back(muscle->triggerPoints.front().id);
    }
    result.score = candidate.score;
    pain.candidates.push_back(std::move(result));
    pain.candidateReasons.push_back(candidate.reasons);
  }
  pain.warnings = outcome.warnings;
  pain.refer = outcome.refer;
  if (chosen)
    for (std::size_t i = 0; i < pain.candidates.size(); ++i)
      if (pain.candidates[i].muscle == chosen->muscle && pain.candidates[i].side == chosen->side) pain.chosenCandidate = i;
}

bool hasCode(const std::vector<std::string>& codes, std::string_view code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

void toggleCode(std::vector<std::string>& codes, const std::string& code) {
  const auto found = std::find(codes.begin(), codes.end(), code);
  if (found == codes.end())
    codes.push_back(code);
  else
    codes.erase(found);
}

std::optional<double> measuredRange(const AppState& state, const std::string& movement, std::optional<atlas::Side> side) {
  const std::string prefix = "rom:" + sided(movement, side) + "=";
  for (const std::string& code : state.pain.findings)
    if (code.rfind(prefix, 0) == 0) {
      try {
        return std::stod(code.substr(prefix.size()));
      } catch (...) {
        return std::nullopt;
      }
    }
  return std::nullopt;
}

bool setMeasuredRange(AppState& state, const atlas::KnowledgeBase& kb, const std::string& movement,
                      std::optional<atlas::Side> side, std::optional<double> value) {
  const atlas::Movement* known = kb.assessment().findMovement(movement);
  if (known == nullptr || (value && !atlas::measuredRangeIsPlausible(*known, *value))) return false;
  const std::string prefix = "rom:" + sided(movement, side) + "=";
  std::vector<std::string>& findings = state.pain.findings;
  const auto found = std::find_if(findings.begin(), findings.end(), [&](const std::string& c) { return c.rfind(prefix, 0) == 0; });
  std::string code;
  if (value) {
    char number[32];
    std::snprintf(number, sizeof number, "%g", *value);
    code = prefix + number;
  }
  if (found != findings.end()) {
    if (value)
      *found = code;
    else
      findings.erase(found);
  } else if (value) {
    findings.push_back(code);
  }
  return true;
}

void togglePalpation(AppState& state, const std::string& muscle, atlas::Side side, atlas::FindingResult result) {
  toggleCode(state.pain.findings, "palpation:" + muscle + "." + std::string(atlas::toString(side)) + ":" +
                                      std::string(atlas::toString(result)));
}

void setTriggerPointFound(AppState& state, const std::string& muscle, atlas::Side side,
                          std::optional<atlas::TriggerPointStatus> status) {
  std::vector<atlas::FoundTriggerPoint>& found = state.pain.triggerPointsFound;
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const atlas::FoundTriggerPoint& f) { return f.muscle == muscle && f.side == side; }),
              found.end());
  if (status) found.push_back({muscle, side, *status});
}

}  // namespace myo::ui
