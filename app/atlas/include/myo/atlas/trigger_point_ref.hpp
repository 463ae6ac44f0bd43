#pragma once
// A trigger point named in text: "<muscle id>/tpN", N from 1 in the card's order; or the muscle id
// alone where all of its trigger points are meant ("trapezius" on a heat-map request). The one
// place that reads and writes that spelling.
//
//   std::optional<TriggerPointRef> ref = parseTriggerPointRef("trapezius/tp2");  // {"trapezius", 2}
//   toString(TriggerPointRef{"trapezius", 2});                                   // "trapezius/tp2"

#include <optional>
#include <string>
#include <string_view>

namespace myo::atlas {

struct TriggerPointRef {
  std::string muscle;
  std::optional<int> number;  // N of tpN; nullopt: all of the muscle's trigger points

  bool allOfMuscle() const { return !number.has_value(); }
  friend bool operator==(const TriggerPointRef&, const TriggerPointRef&) = default;
};

// "trapezius" or "trapezius/tpN"; nullopt when what follows the slash is not tpN with N >= 1.
std::optional<TriggerPointRef> parseTriggerPointRef(std::string_view text);

std::string toString(const TriggerPointRef& ref);

// The muscle part of a trigger-point text whether or not the rest is well formed, so that a
// message about "trapezius/upper" can still say whether the muscle is known.
std::string_view muscleIdIn(std::string_view text);

}  // namespace myo::atlas
