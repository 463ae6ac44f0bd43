#pragma once
// The assessment's vocabulary, as ../shared/assessment.md defines it and
// assets/knowledge/assessment.json and tests.json hold it: intake flags (with the questions to ask
// and the rules by which each changes techniques), posture codes, the movements of range of
// motion with their normal values, and the named tests. Labels are words for people; codes are
// what files and the command line use. docs/assessment.md explains the workflow.
//
//   const AssessmentVocabulary& words = kb.assessment();
//   const Movement* rotation = words.findMovement("neck_rotation");   // normal 80°
//   words.label(FindingKind::Posture, "elevated_shoulder", Side::Left); // "Left shoulder raised"
//
// Not here: reading a client's findings (finding.hpp) and scoring (assessment_scoring.hpp).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "myo/atlas/finding_link.hpp"
#include "myo/atlas/muscle.hpp"
#include "myo/atlas/side.hpp"

namespace myo::atlas {

// What a flag asks of the therapist: care, not today, or a referral first.
enum class IntakeKind { Caution, Stop, RedFlag };

constexpr EnumTable<IntakeKind, 3> enumNames(IntakeKind) {
  return {{
      {IntakeKind::Caution, "caution"},
      {IntakeKind::Stop, "stop"},
      {IntakeKind::RedFlag, "red_flag"},
  }};
}

// A flag changes a technique of a muscle when the technique is listed, the muscle is selected
// (by id or body part; neither selects every muscle) and, if words are given, the technique's own
// text mentions one of them ("prone").
struct IntakeRule {
  std::vector<Technique> techniques;
  std::vector<std::string> muscles;
  std::vector<BodyPart> bodyParts;
  std::vector<std::string> whenTextMentions;
  std::string text;
};

struct IntakeFlag {
  std::string code;
  bool sided = false;
  IntakeKind kind = IntakeKind::Caution;
  std::string label;     // may hold "{side}" / "{Side}"
  std::string question;  // what to ask the client
  std::string refer;     // what to do instead of treating: red flags and stops
  std::vector<IntakeRule> rules;
};

struct PostureCode {
  std::string code;
  bool sided = false;
  std::string label;
};

struct Movement {
  std::string code;
  bool sided = false;
  std::string label;
  double normalLow = 0.0;  // the normal range; equal ends for a single figure
  double normalHigh = 0.0;
  std::string unit;  // "deg" or "mm"
  SourceRef source;
};

struct NamedTest {
  std::string id;
  std::string name;
  bool sided = false;
  std::string how;
  std::string positive;  // what a positive result looks like, and what it points to
  SourceRef source;
};

class AssessmentVocabulary {
 public:
  AssessmentVocabulary() = default;
  AssessmentVocabulary(std::vector<IntakeFlag> intake, std::vector<PostureCode> posture, std::vector<Movement> movements,
                       std::vector<NamedTest> tests);

  const std::vector<IntakeFlag>& intake() const { return intake_; }
  const std::vector<PostureCode>& posture() const { return posture_; }
  const std::vector<Movement>& movements() const { return movements_; }
  const std::vector<NamedTest>& tests() const { return tests_; }

  const IntakeFlag* findIntake(std::string_view code) const;
  const PostureCode* findPosture(std::string_view code) const;
  const Movement* findMovement(std::string_view code) const;
  const NamedTest* findTest(std::string_view id) const;

  // Whether a code of this kind exists and takes a side; nullopt when it does not exist.
  // Palpation codes are muscle ids, checked against the knowledge base instead.
  std::optional<bool> isSided(FindingKind kind, std::string_view code) const;
  // Every code of a kind, for "did you mean" and for `myoatlas findings`.
  std::vector<std::string> codes(FindingKind kind) const;

  // Words for people: "Left shoulder raised", "Neck rotation toward the right", "Thomas test, left".
  std::string label(FindingKind kind, std::string_view code, std::optional<Side> side) const;
  std::string intakeLabel(const IntakeFlag& flag, std::optional<Side> side) const;

 private:
  std::vector<IntakeFlag> intake_;
  std::vector<PostureCode> posture_;
  std::vector<Movement> movements_;
  std::vector<NamedTest> tests_;
};

// A range in its unit: "55°", "40 mm"; and a movement's normal: "80°", "40–50 mm".
std::string rangeInWords(double value, const Movement& movement);
std::string normalInWords(const Movement& movement);

// "{side}" and "{Side}" in a label replaced by the side's word ("left", "Left"), or the label's
// side-free wording when there is none.
std::string withSide(std::string_view label, std::optional<Side> side);

}  // namespace myo::atlas
