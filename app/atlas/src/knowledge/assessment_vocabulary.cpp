#include "myo/atlas/assessment_vocabulary.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>

namespace myo::atlas {

namespace {

template <class T>
const T* findByCode(const std::vector<T>& items, std::string_view code) {
  const auto found = std::find_if(items.begin(), items.end(), [&](const T& item) {
    if constexpr (requires { item.code; })
      return item.code == code;
    else
      return item.id == code;
  });
  return found == items.end() ? nullptr : &*found;
}

void replaceAll(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

}  // namespace

AssessmentVocabulary::AssessmentVocabulary(std::vector<IntakeFlag> intake, std::vector<PostureCode> posture,
                                           std::vector<Movement> movements, std::vector<NamedTest> tests)
    : intake_(std::move(intake)), posture_(std::move(posture)), movements_(std::move(movements)), tests_(std::move(tests)) {}

const IntakeFlag* AssessmentVocabulary::findIntake(std::string_view code) const { return findByCode(intake_, code); }
const PostureCode* AssessmentVocabulary::findPosture(std::string_view code) const { return findByCode(posture_, code); }
const Movement* AssessmentVocabulary::findMovement(std::string_view code) const { return findByCode(movements_, code); }
const NamedTest* AssessmentVocabulary::findTest(std::string_view id) const { return findByCode(tests_, id); }

std::optional<bool> AssessmentVocabulary::isSided(FindingKind kind, std::string_view code) const {
  switch (kind) {
    case FindingKind::Posture:
      if (const PostureCode* found = findPosture(code)) return found->sided;
      return std::nullopt;
    case FindingKind::RangeOfMotion:
    case FindingKind::Resisted:
      if (const Movement* found = findMovement(code)) return found->sided;
      return std::nullopt;
    case FindingKind::Test:
      if (const NamedTest* found = findTest(code)) return found->sided;
      return std::nullopt;
    case FindingKind::Palpation:
      return std::nullopt;
  }
  return std::nullopt;
}

std::vector<std::string> AssessmentVocabulary::codes(FindingKind kind) const {
  std::vector<std::string> all;
  switch (kind) {
    case FindingKind::Posture:
      for (const PostureCode& code : posture_) all.push_back(code.code);
      break;
    case FindingKind::RangeOfMotion:
    case FindingKind::Resisted:
      for (const Movement& movement : movements_) all.push_back(movement.code);
      break;
    case FindingKind::Test:
      for (const NamedTest& test : tests_) all.push_back(test.id);
      break;
    case FindingKind::Palpation:
      break;
  }
  return all;
}

std::string rangeInWords(double value, const Movement& movement) {
  char text[48];
  std::snprintf(text, sizeof text, "%g%s", value, movement.unit == "mm" ? " mm" : "°");
  return text;
}

std::string normalInWords(const Movement& movement) {
  if (movement.normalLow == movement.normalHigh) return rangeInWords(movement.normalLow, movement);
  char low[24];
  std::snprintf(low, sizeof low, "%g–", movement.normalLow);
  return low + rangeInWords(movement.normalHigh, movement);
}

std::string withSide(std::string_view label, std::optional<Side> side) {
  std::string text(label);
  if (side) {
    std::string word(toString(*side));
    replaceAll(text, "{side}", word);
    word[0] = char(std::toupper(static_cast<unsigned char>(word[0])));
    replaceAll(text, "{Side}", word);
    return text;
  }
  // No side: "{Side} shoulder raised" → "Shoulder raised"; "toward the {side}" → "to one side".
  replaceAll(text, "toward the {side}", "to one side");
  replaceAll(text, "{Side} ", "");
  replaceAll(text, ", {side} hip", "");
  replaceAll(text, "{side}", "one side");
  if (!text.empty()) text[0] = char(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string AssessmentVocabulary::label(FindingKind kind, std::string_view code, std::optional<Side> side) const {
  switch (kind) {
    case FindingKind::Posture:
      if (const PostureCode* found = findPosture(code)) return withSide(found->label, side);
      break;
    case FindingKind::RangeOfMotion:
      if (const Movement* found = findMovement(code)) return withSide(found->label, side);
      break;
    case FindingKind::Resisted:
      if (const Movement* found = findMovement(code)) {
        std::string words = withSide(found->label, side);
        if (!words.empty()) words[0] = char(std::tolower(static_cast<unsigned char>(words[0])));
        return "Resisted " + words;
      }
      break;
    case FindingKind::Test:
      if (const NamedTest* found = findTest(code))
        return side ? found->name + ", " + std::string(toString(*side)) : found->name;
      break;
    case FindingKind::Palpation:
      break;
  }
  return std::string(code);
}

std::string AssessmentVocabulary::intakeLabel(const IntakeFlag& flag, std::optional<Side> side) const {
  return withSide(flag.label, side);
}

}  // namespace myo::atlas
