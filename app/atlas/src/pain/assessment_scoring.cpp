#include "myo/atlas/assessment_scoring.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <utility>

namespace myo::atlas {

namespace {

std::string percent(double share) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f%%", 100.0 * share);
  return text;
}

// The side a linked finding shows on, for this muscle side; nullopt for unsided codes.
std::optional<Side> sideFor(const std::optional<RelativeSide>& relative, Side muscleSide) {
  if (!relative) return std::nullopt;
  return *relative == RelativeSide::Same ? muscleSide : opposite(muscleSide);
}

bool linkTakes(const FindingLink& link, FindingResult result) {
  return link.results.empty() || std::find(link.results.begin(), link.results.end(), result) != link.results.end();
}

// What a range of motion finding says, once a measured value is read against the normal and the
// other side: limited, painful or full.
enum class RangeReading { Limited, Painful, Full };

struct Scorer {
  std::span<const Finding> findings;
  const KnowledgeBase& kb;
  const FindingWeights& weights;

  std::optional<double> otherSideMeasure(const Finding& finding) const {
    if (!finding.side) return std::nullopt;
    for (const Finding& other : findings)
      if (other.kind == FindingKind::RangeOfMotion && other.code == finding.code && other.measured && other.side &&
          *other.side == opposite(*finding.side))
        return other.measured;
    return std::nullopt;
  }

  RangeReading readRange(const Finding& finding, const Movement& movement) const {
    if (!finding.measured) return finding.result == FindingResult::Painful ? RangeReading::Painful : RangeReading::Limited;
    return isRangeShort(movement, *finding.measured, otherSideMeasure(finding)) ? RangeReading::Limited : RangeReading::Full;
  }

  // Adds what `finding` says of the muscle on `side` to the candidate.
  void apply(const Finding& finding, const Muscle& muscle, Candidate& candidate) const {
    const AssessmentVocabulary& words = kb.assessment();
    if (finding.kind == FindingKind::Palpation) {
      if (finding.code != muscle.id || finding.side != candidate.side || !finding.result) return;
      switch (*finding.result) {
        case FindingResult::ReproducesPain:
          candidate.score += weights.palpationReproducesPain;
          candidate.reasons.push_back("pressing it reproduced the familiar pain");
          break;
        case FindingResult::Twitch:
          candidate.score += weights.palpationTwitch;
          candidate.reasons.push_back("pressing it gave a local twitch response");
          break;
        case FindingResult::TautBand:
          candidate.score += weights.palpationTautBand;
          candidate.reasons.push_back("a taut band was felt in it");
          break;
        default:
          candidate.score += weights.palpationTender;
          candidate.reasons.push_back("it was tender to pressure");
          break;
      }
      return;
    }
    for (const FindingLink& link : muscle.findings) {
      if (link.kind != finding.kind || link.code != finding.code) continue;
      if (sideFor(link.side, candidate.side) != finding.side) continue;
      const std::string label = words.label(finding.kind, finding.code, finding.side);
      switch (finding.kind) {
        case FindingKind::Posture:
          candidate.score += weights.posture;
          candidate.reasons.push_back(label + ": " + link.reason);
          break;
        case FindingKind::RangeOfMotion: {
          const Movement& movement = *words.findMovement(finding.code);
          const RangeReading reading = readRange(finding, movement);
          const std::string measured =
              finding.measured ? " (" + rangeInWords(*finding.measured, movement) + ", normal " + normalInWords(movement) + ")" : "";
          if (reading == RangeReading::Full) {
            if (!linkTakes(link, FindingResult::Limited)) break;
            candidate.score += weights.rangeFull;
            candidate.reasons.push_back(label + " is full" + measured + ", which argues against it");
          } else if (reading == RangeReading::Limited && linkTakes(link, FindingResult::Limited)) {
            candidate.score += weights.rangeLimited;
            candidate.reasons.push_back(label + " is limited" + measured + ": " + link.reason);
          } else if (reading == RangeReading::Painful && linkTakes(link, FindingResult::Painful)) {
            candidate.score += weights.rangePainful;
            candidate.reasons.push_back(label + " is painful: " + link.reason);
          }
          break;
        }
        case FindingKind::Resisted:
          if (!finding.result || !linkTakes(link, *finding.result)) break;
          candidate.score += *finding.result == FindingResult::Weak ? weights.resistedWeak : weights.resistedPainful;
          candidate.reasons.push_back(label + (*finding.result == FindingResult::Weak ? " is weak: " : " is painful: ") + link.reason);
          break;
        case FindingKind::Test:
          candidate.score += weights.testPositive;
          candidate.reasons.push_back(label + " is positive: " + link.reason);
          break;
        case FindingKind::Palpation:
          break;
      }
      return;  // one link per finding and muscle
    }
  }
};

std::string lowerCase(std::string text) {
  for (char& c : text) c = char(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

bool ruleSelects(const IntakeRule& rule, const Muscle& muscle, Technique technique) {
  if (std::find(rule.techniques.begin(), rule.techniques.end(), technique) == rule.techniques.end()) return false;
  const bool byId = std::find(rule.muscles.begin(), rule.muscles.end(), muscle.id) != rule.muscles.end();
  const bool byPart = std::find(rule.bodyParts.begin(), rule.bodyParts.end(), muscle.region) != rule.bodyParts.end();
  if (!(rule.muscles.empty() && rule.bodyParts.empty()) && !byId && !byPart) return false;
  if (rule.whenTextMentions.empty()) return true;
  const std::string text = lowerCase(techniqueText(muscle, technique));
  return std::any_of(rule.whenTextMentions.begin(), rule.whenTextMentions.end(),
                     [&](const std::string& word) { return text.find(lowerCase(word)) != std::string::npos; });
}

constexpr std::array<Technique, 5> kTechniques{Technique::Palpation, Technique::PressureRelease, Technique::PositionalRelease,
                                               Technique::PnfStretch, Technique::SelfCare};

void addWarnings(Side muscleSide, const Muscle& muscle, const IntakeEntry& entry, const IntakeFlag& flag,
                 std::vector<TechniqueWarning>& warnings) {
  // A flag's general rules concern the muscles of the flag's own side; a card's own warning says
  // which side it concerns (a stretch of one hip may bend the other too).
  const bool sameSide = !entry.side || *entry.side == muscleSide;
  for (Technique technique : kTechniques) {
    std::vector<std::string> texts;
    if (sameSide)
      for (const IntakeRule& rule : flag.rules)
        if (ruleSelects(rule, muscle, technique)) texts.push_back(rule.text);
    for (const IntakeWarning& own : muscle.intakeWarnings) {
      if (own.flag != flag.code) continue;
      if (std::find(own.techniques.begin(), own.techniques.end(), technique) == own.techniques.end()) continue;
      if (own.side ? sideFor(own.side, muscleSide) != entry.side : !sameSide) continue;
      if (std::find(texts.begin(), texts.end(), own.text) == texts.end()) texts.push_back(own.text);
    }
    for (std::string& text : texts)
      warnings.push_back({entry.toString(), muscle.id, muscleSide, technique, std::move(text)});
  }
}

}  // namespace

std::vector<WarningInWords> warningsByText(std::span<const TechniqueWarning> warnings, const KnowledgeBase& kb) {
  std::vector<WarningInWords> grouped;
  for (const TechniqueWarning& w : warnings) {
    const Muscle* muscle = kb.findMuscle(w.muscle);
    std::string technique(toString(w.technique));
    std::replace(technique.begin(), technique.end(), '_', ' ');
    const std::string concerned =
        (muscle ? muscle->names.common : w.muscle) + " " + std::string(toString(w.side)) + " (" + technique + ")";
    const auto found = std::find_if(grouped.begin(), grouped.end(), [&](const WarningInWords& g) { return g.text == w.text; });
    if (found == grouped.end())
      grouped.push_back({w.text, concerned});
    else
      found->concerns += ", " + concerned;
  }
  return grouped;
}

bool isRangeShort(const Movement& movement, double measured, std::optional<double> otherSide) {
  const double slack = std::max(movement.unit == "mm" ? 3.0 : 5.0, 0.1 * movement.normalLow);
  if (measured < movement.normalLow - slack) return true;
  return otherSide && measured < *otherSide - std::max(slack, 0.1 * *otherSide);
}

std::string techniqueText(const Muscle& muscle, Technique technique) {
  const Techniques& t = muscle.techniques;
  std::string text;
  auto add = [&](const std::string& part) { text += part + "\n"; };
  auto addAll = [&](const std::vector<std::string>& parts) { for (const std::string& part : parts) add(part); };
  switch (technique) {
    case Technique::Palpation:
      add(t.palpation.patientPosition);
      addAll(t.palpation.steps);
      break;
    case Technique::PressureRelease:
      addAll(t.pressureRelease.steps);
      break;
    case Technique::PositionalRelease:
      add(t.positionalRelease.tenderPoint);
      add(t.positionalRelease.positionOfEase);
      addAll(t.positionalRelease.steps);
      break;
    case Technique::PnfStretch:
      add(t.pnfStretch.position);
      add(t.pnfStretch.contraction);
      add(t.pnfStretch.relaxation);
      add(t.pnfStretch.newRange);
      addAll(t.pnfStretch.steps);
      break;
    case Technique::SelfCare:
      addAll(t.selfCare.steps);
      break;
  }
  return text;
}

AssessmentOutcome assess(std::span<const LookupResult> drawn, std::span<const Finding> findings,
                         std::span<const IntakeEntry> intake, const KnowledgeBase& kb, std::size_t top,
                         const FindingWeights& weights) {
  AssessmentOutcome outcome;
  for (const LookupResult& result : drawn) {
    Candidate candidate;
    candidate.muscle = result.muscle;
    candidate.side = result.side;
    candidate.score = candidate.drawingScore = result.score;
    candidate.coverage = result.coverage;
    candidate.triggerPoints = result.triggerPoints;
    candidate.reasons.push_back("its pattern covers " + percent(result.coverage) + " of the drawing");
    outcome.candidates.push_back(std::move(candidate));
  }
  // Pressing a muscle that reproduces the pain makes it a candidate, whatever the drawing says.
  for (const Finding& finding : findings) {
    if (finding.kind != FindingKind::Palpation || !finding.side) continue;
    const bool listed = std::any_of(outcome.candidates.begin(), outcome.candidates.end(), [&](const Candidate& c) {
      return c.muscle == finding.code && c.side == *finding.side;
    });
    if (listed || kb.findMuscle(finding.code) == nullptr) continue;
    Candidate candidate;
    candidate.muscle = finding.code;
    candidate.side = *finding.side;
    candidate.reasons.push_back("its pattern does not cover the drawing");
    outcome.candidates.push_back(std::move(candidate));
  }
  const Scorer scorer{findings, kb, weights};
  for (Candidate& candidate : outcome.candidates)
    if (const Muscle* muscle = kb.findMuscle(candidate.muscle))
      for (const Finding& finding : findings) scorer.apply(finding, *muscle, candidate);
  std::stable_sort(outcome.candidates.begin(), outcome.candidates.end(),
                   [](const Candidate& a, const Candidate& b) { return a.score > b.score; });
  if (outcome.candidates.size() > top) outcome.candidates.resize(top);

  for (const IntakeEntry& entry : intake) {
    const IntakeFlag* flag = kb.assessment().findIntake(entry.flag);
    if (flag != nullptr && flag->kind != IntakeKind::Caution) outcome.refer.push_back({entry.toString(), flag->refer});
  }
  for (const IntakeEntry& entry : intake)
    if (const IntakeFlag* flag = kb.assessment().findIntake(entry.flag))
      for (const Candidate& candidate : outcome.candidates)
        if (const Muscle* muscle = kb.findMuscle(candidate.muscle))
          addWarnings(candidate.side, *muscle, entry, *flag, outcome.warnings);
  return outcome;
}

std::vector<TechniqueWarning> techniqueWarnings(const Muscle& muscle, Side side, std::span<const IntakeEntry> intake,
                                                const KnowledgeBase& kb) {
  std::vector<TechniqueWarning> warnings;
  for (const IntakeEntry& entry : intake)
    if (const IntakeFlag* flag = kb.assessment().findIntake(entry.flag)) addWarnings(side, muscle, entry, *flag, warnings);
  return warnings;
}

}  // namespace myo::atlas
