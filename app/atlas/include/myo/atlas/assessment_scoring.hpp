#pragma once
// The assessment narrows the pain lookup's candidates: the drawing gives each muscle (on one side)
// its score (pain_lookup.hpp); each recorded finding that points to the muscle, by its card's
// findings (finding_link.hpp), adds a documented amount, and every result says why in words.
// Intake flags add warnings to the listed muscles' techniques, and red flags say "refer".
// docs/assessment.md gives the weights and their reasons.
//
//   std::vector<LookupResult> drawn = lookup.rank(pain, lookup.muscleSideCount());
//   AssessmentOutcome a = assess(drawn, findings, intake, kb, 10);
//   a.candidates.front().reasons  // {"covers 80% of the drawing", "pressing it reproduced the pain"}
//
// Not here: the drawing's own score, and parsing findings (finding.hpp).

#include <cstddef>
#include <span>
#include <string>
#include <vector>

#include "myo/atlas/finding.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/pain_lookup.hpp"

namespace myo::atlas {

// What one finding adds to the score of a muscle it points to (negative: argues against it).
struct FindingWeights {
  double posture = 0.08;
  double rangeLimited = 0.10;
  double rangePainful = 0.08;
  double rangeFull = -0.05;  // a measured full range where the muscle would limit it
  double resistedPainful = 0.10;
  double resistedWeak = 0.06;
  double testPositive = 0.15;
  double palpationTender = 0.10;
  double palpationTautBand = 0.15;
  double palpationTwitch = 0.20;
  double palpationReproducesPain = 0.50;  // the strongest single finding
};

struct Candidate {
  std::string muscle;
  Side side = Side::Left;
  double score = 0.0;         // the drawing's score plus the findings' weights
  double drawingScore = 0.0;  // the pain lookup's score alone
  double coverage = 0.0;      // share of the drawing inside the patterns
  std::vector<std::string> triggerPoints;
  std::vector<std::string> reasons;  // plain words, the drawing's first
};

struct TechniqueWarning {
  std::string flag;  // as recorded, with its side: "hip_replacement_posterior.left"
  std::string muscle;
  Side side = Side::Left;
  Technique technique = Technique::Palpation;
  std::string text;
};

struct ReferAdvice {
  std::string flag;
  std::string text;
};

struct AssessmentOutcome {
  std::vector<Candidate> candidates;  // best first
  std::vector<TechniqueWarning> warnings;
  std::vector<ReferAdvice> refer;  // red flags and stops: nothing else matters until they are dealt with
};

// `drawn`: the lookup's ranking of every muscle the drawing touches (not cut to a top K).
// Candidates are those muscles, plus any muscle palpated with a positive result; `top` cuts the list.
AssessmentOutcome assess(std::span<const LookupResult> drawn, std::span<const Finding> findings,
                  std::span<const IntakeEntry> intake, const KnowledgeBase& kb, std::size_t top,
                  const FindingWeights& weights = {});

// What the client's intake flags change in the techniques of one muscle on one side: the flags'
// general rules and the card's own warnings, in the order of the flags and the techniques.
std::vector<TechniqueWarning> techniqueWarnings(const Muscle& muscle, Side side, std::span<const IntakeEntry> intake,
                                                const KnowledgeBase& kb);

// The warnings one text at a time, since one rule reaches many muscles, each with the muscles and
// techniques it concerns in words: "Trapezius left (pressure release), Temporalis left (pressure release)".
struct WarningInWords {
  std::string text;
  std::string concerns;
};
std::vector<WarningInWords> warningsByText(std::span<const TechniqueWarning> warnings, const KnowledgeBase& kb);

// Whether a measured range is short: below the normal by more than a tenth (at least 5°, or 3 mm),
// or, when the other side was measured too, shorter than it by as much.
bool isRangeShort(const Movement& movement, double measured, std::optional<double> otherSide);

// The words of a technique of a card (positions and steps), as the intake rules search them.
std::string techniqueText(const Muscle& muscle, Technique technique);

}  // namespace myo::atlas
