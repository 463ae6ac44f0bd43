#include "muscle_groups.hpp"

#include <array>
#include <utility>

namespace myo::ui {

namespace {

constexpr std::array kGroups{
    MuscleGroup{"head_and_jaw", "Head and jaw"},
    MuscleGroup{"neck", "Neck"},
    MuscleGroup{"shoulder_and_upper_back", "Shoulder and upper back"},
    MuscleGroup{"chest", "Chest"},
    MuscleGroup{"arm", "Arm"},
    MuscleGroup{"forearm_and_hand", "Forearm and hand"},
    MuscleGroup{"back", "Back and spine"},
    MuscleGroup{"abdomen", "Abdomen"},
    MuscleGroup{"hip_and_pelvis", "Hip and pelvis"},
    MuscleGroup{"thigh_and_knee", "Thigh and knee"},
    MuscleGroup{"leg_and_foot", "Leg and foot"},
};

// Where a student looks for a muscle its card files elsewhere (the card's body part is where the
// muscle lies by the regions of the pain lookup).
constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kLookedForUnder{{
    {"trapezius", "shoulder_and_upper_back"},  // the back's broadest superficial muscle, over the scapula
    {"coracobrachialis", "arm"},
    {"intercostals", "chest"},
    {"iliocostalis", "back"},
    {"longissimus", "back"},
    {"multifidus", "back"},
    {"quadratus_lumborum", "back"},
    {"serratus_posterior_inferior", "back"},
    {"rectus_abdominis", "abdomen"},
    {"external_oblique", "abdomen"},
    {"internal_oblique", "abdomen"},
    {"transversus_abdominis", "abdomen"},
    {"diaphragm", "abdomen"},
    {"iliopsoas", "hip_and_pelvis"},  // the hip flexor
    {"sartorius", "thigh_and_knee"},
    {"gracilis", "thigh_and_knee"},
    {"adductor_longus", "thigh_and_knee"},
    {"adductor_brevis", "thigh_and_knee"},
    {"adductor_magnus", "thigh_and_knee"},
    {"pectineus", "thigh_and_knee"},
}};

}  // namespace

std::span<const MuscleGroup> muscleGroups() { return kGroups; }

std::string_view muscleGroupOf(const atlas::Muscle& muscle) {
  for (const auto& [id, group] : kLookedForUnder)
    if (muscle.id == id) return group;
  if (muscle.region == atlas::BodyPart::Trunk) return "abdomen";
  return atlas::toString(muscle.region);
}

}  // namespace myo::ui
