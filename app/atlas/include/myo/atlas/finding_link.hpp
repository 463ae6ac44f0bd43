#pragma once
// What a muscle's card says about the assessment (assets/knowledge/findings/*.json): which
// findings point to the muscle, and which intake flags change its techniques. Plain data; the
// codes are those of assessment_vocabulary.hpp and ../shared/assessment.md.

#include <optional>
#include <string>
#include <vector>

#include "myo/atlas/enum_names.hpp"

namespace myo::atlas {

// The kinds of finding, spelt as in `kind:code` (assessment.md).
enum class FindingKind { Posture, RangeOfMotion, Resisted, Test, Palpation };

constexpr EnumTable<FindingKind, 5> enumNames(FindingKind) {
  return {{
      {FindingKind::Posture, "posture"},
      {FindingKind::RangeOfMotion, "rom"},
      {FindingKind::Resisted, "resisted"},
      {FindingKind::Test, "test"},
      {FindingKind::Palpation, "palpation"},
  }};
}

enum class FindingResult { Limited, Painful, Weak, Positive, Tender, TautBand, Twitch, ReproducesPain };

constexpr EnumTable<FindingResult, 8> enumNames(FindingResult) {
  return {{
      {FindingResult::Limited, "limited"},
      {FindingResult::Painful, "painful"},
      {FindingResult::Weak, "weak"},
      {FindingResult::Positive, "positive"},
      {FindingResult::Tender, "tender"},
      {FindingResult::TautBand, "taut_band"},
      {FindingResult::Twitch, "twitch"},
      {FindingResult::ReproducesPain, "reproduces_pain"},
  }};
}

// The five techniques of a card, spelt as the card's keys.
enum class Technique { Palpation, PressureRelease, PositionalRelease, PnfStretch, SelfCare };

constexpr EnumTable<Technique, 5> enumNames(Technique) {
  return {{
      {Technique::Palpation, "palpation"},
      {Technique::PressureRelease, "pressure_release"},
      {Technique::PositionalRelease, "positional_release"},
      {Technique::PnfStretch, "pnf_stretch"},
      {Technique::SelfCare, "self_care"},
  }};
}

// The side of the client a sided finding shows on, relative to the side of the muscle whose
// trigger points it points to: a tight left upper trapezius limits side-bending to the right.
enum class RelativeSide { Same, Opposite };

constexpr EnumTable<RelativeSide, 2> enumNames(RelativeSide) {
  return {{
      {RelativeSide::Same, "same"},
      {RelativeSide::Opposite, "opposite"},
  }};
}

struct SourceRef {
  std::string ref;  // a key of references.json
  std::string chapter;
};

// "This finding points to this muscle, because …".
struct FindingLink {
  FindingKind kind = FindingKind::Posture;
  std::string code;                    // posture code, movement, or test id; never palpation
  std::optional<RelativeSide> side;    // set exactly when the code is sided
  std::vector<FindingResult> results;  // the results that count; rom and resisted only
  std::string reason;                  // plain words, lowercase start, no full stop
  SourceRef source;
};

// A flag that changes some of this muscle's techniques, beyond the general rules of the flag.
struct IntakeWarning {
  std::string flag;
  std::optional<RelativeSide> side;  // set exactly when the flag is sided
  std::vector<Technique> techniques;
  std::string text;
};

}  // namespace myo::atlas
