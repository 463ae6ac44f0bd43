#include "myo/atlas/finding.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <utility>

#include "knowledge/edit_distance.hpp"
#include "myo/atlas/did_you_mean.hpp"
#include "myo/atlas/muscle_search.hpp"

namespace myo::atlas {

namespace {

std::vector<std::string> prefixed(std::string_view prefix, std::vector<std::string> codes) {
  for (std::string& code : codes) code = std::string(prefix) + code;
  return codes;
}

std::string unknownCode(std::string_view what, std::string_view code, const std::vector<std::string>& nearest) {
  return "unknown " + std::string(what) + " '" + std::string(code) + "'" + didYouMean(nearest) +
         "; `myoatlas findings` lists them all";
}

// "neck_rotation.left" → ("neck_rotation", Left); a word after the dot that is not a side is an error.
Result<std::pair<std::string, std::optional<Side>>> splitSide(std::string_view text, std::string_view whole) {
  const std::size_t dot = text.rfind('.');
  if (dot == std::string_view::npos) return std::pair{std::string(text), std::optional<Side>{}};
  const std::optional<Side> side = parseSide(text.substr(dot + 1));
  if (!side)
    return Error{"'" + std::string(whole) + "': the side after the dot must be left or right, not '" +
                 std::string(text.substr(dot + 1)) + "'"};
  return std::pair{std::string(text.substr(0, dot)), side};
}

Status checkSide(bool sided, const std::optional<Side>& side, std::string_view kindAndCode) {
  if (sided && !side)
    return Error{"'" + std::string(kindAndCode) + "' needs a side: " + std::string(kindAndCode) + ".left or .right"};
  if (!sided && side) return Error{"'" + std::string(kindAndCode) + "' has no side: leave out .left or .right"};
  return {};
}

// The results each kind takes, as assessment.md lists them.
std::vector<FindingResult> resultsOf(FindingKind kind) {
  switch (kind) {
    case FindingKind::Posture:
      return {};
    case FindingKind::RangeOfMotion:
      return {FindingResult::Limited, FindingResult::Painful};
    case FindingKind::Resisted:
      return {FindingResult::Painful, FindingResult::Weak};
    case FindingKind::Test:
      return {FindingResult::Positive};
    case FindingKind::Palpation:
      return {FindingResult::Tender, FindingResult::TautBand, FindingResult::Twitch, FindingResult::ReproducesPain};
  }
  return {};
}

std::string resultChoices(FindingKind kind) {
  std::string words;
  for (FindingResult result : resultsOf(kind)) words += (words.empty() ? "" : ", ") + std::string(toString(result));
  return words;
}

std::string numberText(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", value);
  return text;
}

}  // namespace

bool measuredRangeIsPlausible(const Movement& movement, double value) {
  if (!std::isfinite(value) || value < 0.0) return false;
  return value <= (movement.unit == "mm" ? 100.0 : 360.0);
}

std::string Finding::toString() const {
  std::string text = std::string(atlas::toString(kind)) + ":" + code;
  if (side) text += "." + std::string(atlas::toString(*side));
  if (measured) return text + "=" + numberText(*measured);
  if (result) text += ":" + std::string(atlas::toString(*result));
  return text;
}

std::string IntakeEntry::toString() const {
  return side ? flag + "." + std::string(atlas::toString(*side)) : flag;
}

Result<Finding> parseFinding(std::string_view text, const KnowledgeBase& kb) {
  const AssessmentVocabulary& words = kb.assessment();
  const std::size_t colon = text.find(':');
  const std::optional<FindingKind> kind = colon == std::string_view::npos ? std::nullopt : parseEnum<FindingKind>(text.substr(0, colon));
  if (!kind)
    return Error{"'" + std::string(text) + "' is not a finding: write kind:code[:result], the kind one of " +
                 choicesIn(enumNames(FindingKind{})) + " (e.g. posture:forward_head, rom:neck_rotation.left=60, "
                 "palpation:trapezius.left:reproduces_pain)"};
  Finding finding;
  finding.kind = *kind;
  std::string_view rest = text.substr(colon + 1);
  std::string_view resultText;
  std::string_view measuredText;
  bool hasMeasure = false;
  if (const std::size_t equals = rest.find('='); equals != std::string_view::npos) {
    if (*kind != FindingKind::RangeOfMotion)
      return Error{"'" + std::string(text) + "': only a range of motion takes a measured value (rom:movement.side=degrees)"};
    hasMeasure = true;
    measuredText = rest.substr(equals + 1);
    rest = rest.substr(0, equals);
  } else if (const std::size_t second = rest.find(':'); second != std::string_view::npos) {
    resultText = rest.substr(second + 1);
    rest = rest.substr(0, second);
  }
  Result<std::pair<std::string, std::optional<Side>>> split = splitSide(rest, text);
  if (!split) return split.error();
  finding.code = split->first;
  finding.side = split->second;
  const std::string kindAndCode = std::string(toString(*kind)) + ":" + finding.code;

  if (*kind == FindingKind::Palpation) {
    if (kb.findMuscle(finding.code) == nullptr)
      return Error{unknownCode("muscle", finding.code, prefixed("palpation:", nearestMuscleIds(kb, finding.code, 3)))};
    if (!finding.side) return Error{"'" + kindAndCode + "' needs the side palpated: " + kindAndCode + ".left or .right"};
  } else {
    const std::optional<bool> sided = words.isSided(*kind, finding.code);
    if (!sided) {
      const std::string what = *kind == FindingKind::Test ? "test" : *kind == FindingKind::Posture ? "posture code" : "movement";
      return Error{unknownCode(what, kindAndCode, prefixed(std::string(toString(*kind)) + ":", nearestNames(words.codes(*kind), finding.code)))};
    }
    if (Status checked = checkSide(*sided, finding.side, kindAndCode); !checked) return checked.error();
  }

  if (hasMeasure) {
    double value = 0.0;
    const auto [end, error] = std::from_chars(measuredText.data(), measuredText.data() + measuredText.size(), value);
    const Movement* movement = words.findMovement(finding.code);
    if (error != std::errc() || end != measuredText.data() + measuredText.size() || !measuredRangeIsPlausible(*movement, value))
      return Error{"'" + std::string(text) + "': the measured range must be a number from 0 to " +
                   (movement->unit == "mm" ? std::string("100 (millimetres)") : std::string("360 (degrees)")) + ", not '" +
                   std::string(measuredText) + "'"};
    finding.measured = value;
    return finding;
  }

  const std::vector<FindingResult> allowed = resultsOf(*kind);
  if (allowed.empty()) {
    if (!resultText.empty()) return Error{"'" + std::string(text) + "': a posture finding takes no result"};
    return finding;
  }
  if (resultText.empty()) {
    if (*kind == FindingKind::Test) {
      finding.result = FindingResult::Positive;  // a named test is recorded when positive
      return finding;
    }
    return Error{"'" + std::string(text) + "' needs a result: " + kindAndCode + (finding.side ? "." + std::string(toString(*finding.side)) : "") +
                 ":<result>, the result one of " + resultChoices(*kind) +
                 (*kind == FindingKind::RangeOfMotion ? ", or =<measured value>" : "")};
  }
  const std::optional<FindingResult> result = parseEnum<FindingResult>(resultText);
  if (!result || std::find(allowed.begin(), allowed.end(), *result) == allowed.end())
    return Error{"'" + std::string(text) + "': the result must be one of " + resultChoices(*kind) + ", not '" +
                 std::string(resultText) + "'"};
  finding.result = result;
  return finding;
}

Result<IntakeEntry> parseIntake(std::string_view text, const KnowledgeBase& kb) {
  const AssessmentVocabulary& words = kb.assessment();
  if (text.starts_with("intake:")) text.remove_prefix(7);
  Result<std::pair<std::string, std::optional<Side>>> split = splitSide(text, text);
  if (!split) return split.error();
  const IntakeFlag* flag = words.findIntake(split->first);
  if (flag == nullptr) {
    std::vector<std::string> codes;
    for (const IntakeFlag& known : words.intake()) codes.push_back(known.code);
    return Error{unknownCode("intake flag", split->first, nearestNames(codes, split->first))};
  }
  if (Status sided = checkSide(flag->sided, split->second, split->first); !sided) return sided.error();
  return IntakeEntry{split->first, split->second};
}

}  // namespace myo::atlas
