#pragma once
// measureBody: what a body model measures, as an anthropometrist and an anatomist would read it:
// stature, segment lengths between joint centres, girths (a tape round the skin at the standard
// levels), bony breadths, and every muscle's volume and fibre length beside its published target.
// The levels and joint centres come from the anatomy description's landmarks, so they follow the
// body when it is edited.
//
//   auto anatomy = myo::atlas::loadAnatomy(myo::atlas::defaultAnatomyFolder());
//   myo::atlas::BodyMeasures m = myo::atlas::measureBody(scene, *anatomy);
//
// Not here: printing them (app/cli/measure.cpp), or judging them (the tests and `validate` do).

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "myo/atlas/anatomy_description.hpp"
#include "myo/atlas/side.hpp"
#include "myo/engine/scene.hpp"

namespace myo::atlas {

struct MuscleMeasure {
  std::string id;
  Side side = Side::Left;
  double volumeCm3 = 0.0;              // all its parts (a group: all its members) together
  float lengthM = 0.0f;                // along the centre fibre; a group: its longest member
  std::optional<VolumeTarget> target;  // none when the description gives no target

  // How far the volume is from the target: 0.1 is 10% over, -0.1 10% under; 0 with no target.
  double deviation() const { return target ? volumeCm3 / target->cm3 - 1.0 : 0.0; }
};

using NamedLengths = std::vector<std::pair<std::string, float>>;  // in reading order, metres

struct BodyMeasures {
  float statureM = 0.0f;
  NamedLengths segments;   // upper_arm, forearm, hand, thigh, leg, foot
  NamedLengths girths;     // neck, chest, waist, hip, thigh, calf, upper_arm, forearm; 0 where no tape goes
                           // round it alone (a limb pressed to the trunk or to the other limb)
  NamedLengths breadths;   // biacromial, bi_iliac
  std::vector<MuscleMeasure> muscles;  // by id, left before right
  std::map<std::string, BodyTarget> targets;  // the survey figures of the girths and breadths, by name

  // How far a girth or breadth is from its survey figure (0.1 is 10% over), or none without a
  // figure or without a tape round it.
  std::optional<double> deviation(const std::string& name) const;
};

BodyMeasures measureBody(const Scene& body, const AnatomyDescription& description);

// A girth's loop: the outline round `centre` (x, z) at height y of the skin, or none.
std::optional<float> girthAt(const Mesh& skin, float y, float centreX, float centreZ);

}  // namespace myo::atlas
