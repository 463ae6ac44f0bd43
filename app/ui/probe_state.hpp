#pragma once
// What the palpation probe shows while its key (D) is held over the body: the tissues under that
// point of the skin in the order the fingers meet them, with their depths and the colours the scene
// draws them in. Plain data: PalpationProbe (probe_overlay.hpp) fills it, the overlay draws it, the
// state file reports it.

#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "myo/atlas/side.hpp"
#include "myo/atlas/structure_index.hpp"

namespace myo::ui {

struct ProbeBand {
  std::string id;    // "skin", a muscle's id, a bone's id
  atlas::StructureKind kind = atlas::StructureKind::Skin;
  std::string name;  // as `myoatlas probe` lists it (atlas::probeLayerName)
  std::optional<atlas::Side> side;
  std::string member;
  double fromMm = 0.0;
  double toMm = 0.0;  // the bone that stops the fingers: equal to fromMm
  glm::vec4 color{1.0f};  // display-encoded: the structure's colour in the scene
};

struct ProbeShown {
  glm::vec2 cursor{0.0f};     // window coordinates: where the key was held
  glm::vec3 skinPoint{0.0f};  // body frame, metres: where the fingers press
  glm::vec3 direction{0.0f};  // unit, into the body: the skin's inward normal there
  bool reachesBone = false;
  std::vector<ProbeBand> bands;  // skin first
  double probeMs = 0.0;          // what the last probe cost
  // Where the cross-section was drawn (window coordinates); zero until it has been.
  float panelX = 0, panelY = 0, panelWidth = 0, panelHeight = 0;
};

}  // namespace myo::ui
