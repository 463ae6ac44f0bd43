#pragma once
// A finding about one client, as the therapist records it: `kind:code[.side][:result]`, or a
// measured range `rom:movement[.side]=value` (assessment.md), and an intake flag `flag[.side]`.
// Parsing checks every code against the knowledge base and names the nearest codes when one is
// unknown, so a typo never silently drops a finding.
//
//   Result<Finding> f = parseFinding("rom:neck_rotation.left=55", kb);
//   f->kind == FindingKind::RangeOfMotion;  *f->measured == 55;  f->toString() == "rom:neck_rotation.left=55"
//
// Not here: what a finding means for a muscle (assessment_scoring.hpp).

#include <optional>
#include <string>
#include <string_view>

#include "myo/atlas/finding_link.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/side.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

struct Finding {
  FindingKind kind = FindingKind::Posture;
  std::string code;                     // posture code, movement, test id, or muscle id (palpation)
  std::optional<Side> side;             // the client's side; set exactly when the code is sided
  std::optional<FindingResult> result;  // rom, resisted, test, palpation; unset for posture and a measured rom
  std::optional<double> measured;       // a measured range, degrees (millimetres for jaw_opening)

  std::string toString() const;  // the text it was parsed from, in canonical form
  bool operator==(const Finding&) const = default;
};

struct IntakeEntry {
  std::string flag;
  std::optional<Side> side;  // set exactly when the flag is sided

  std::string toString() const;
  bool operator==(const IntakeEntry&) const = default;
};

// Errors are BadInput and read like "unknown posture code 'forward_hed'; did you mean
// 'forward_head'?" or "rom:neck_rotation needs a side: rom:neck_rotation.left or .right".
Result<Finding> parseFinding(std::string_view text, const KnowledgeBase& kb);
Result<IntakeEntry> parseIntake(std::string_view text, const KnowledgeBase& kb);

// A measured range outside 0–360 (degrees) or 0–100 (millimetres) is a typing error, not a finding.
bool measuredRangeIsPlausible(const Movement& movement, double value);

}  // namespace myo::atlas
