#pragma once
// The groups of the muscle list, where a student looks for a muscle: the trapezius with the
// shoulder and upper back (not the neck, though it reaches it), the erector spinae under Back,
// the abdominal wall under Abdomen, the adductors, gracilis and sartorius with the thigh. A muscle
// named nowhere here is grouped by its card's body part.

#include <span>
#include <string_view>

#include "myo/atlas/muscle.hpp"

namespace myo::ui {

struct MuscleGroup {
  std::string_view id;    // "shoulder_and_upper_back": the list's widget is muscle_group_<id>
  std::string_view name;  // as the list shows it
};

// Head to foot, the order of the list.
std::span<const MuscleGroup> muscleGroups();
// The id of the muscle's group.
std::string_view muscleGroupOf(const atlas::Muscle& muscle);

}  // namespace myo::ui
