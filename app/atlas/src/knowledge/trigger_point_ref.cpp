#include "myo/atlas/trigger_point_ref.hpp"

#include <charconv>

namespace myo::atlas {

namespace {

constexpr char kSeparator = '/';
constexpr std::string_view kPointPrefix = "tp";

}  // namespace

std::optional<TriggerPointRef> parseTriggerPointRef(std::string_view text) {
  const std::size_t separator = text.find(kSeparator);
  if (separator == std::string_view::npos) return TriggerPointRef{std::string(text), std::nullopt};
  const std::string_view point = text.substr(separator + 1);
  if (!point.starts_with(kPointPrefix)) return std::nullopt;
  const std::string_view digits = point.substr(kPointPrefix.size());
  int number = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), number);
  if (error != std::errc{} || end != digits.data() + digits.size() || number < 1) return std::nullopt;
  return TriggerPointRef{std::string(text.substr(0, separator)), number};
}

std::string toString(const TriggerPointRef& ref) {
  if (ref.allOfMuscle()) return ref.muscle;
  return ref.muscle + kSeparator + std::string(kPointPrefix) + std::to_string(*ref.number);
}

std::string_view muscleIdIn(std::string_view text) { return text.substr(0, text.find(kSeparator)); }

}  // namespace myo::atlas
