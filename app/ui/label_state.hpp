#pragma once
// What the window labels on the body and the labels it drew, in plain data (no ImGui): the state
// dump reports them and the tests read them. body_labels_overlay.hpp fills and draws them.

#include <array>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "myo/atlas/label_layout.hpp"
#include "myo/atlas/tour.hpp"

namespace myo::ui {

// A label as drawn this frame, window coordinates.
struct ShownLabel {
  std::string muscle;  // knowledge-base id
  std::string text;
  std::string under;   // what shows at the leader's end: "trapezius.left", or "" for nothing
  atlas::LabelRect box;
  glm::vec2 lineStart{0.0f};
  glm::vec2 anchor{0.0f};
};

struct LabelState {
  std::array<bool, 5> layers{};  // "Label this layer", indexed by Layer (the muscle layers only)
  atlas::TourLabels step;        // what the tour step shown asks for
  std::vector<ShownLabel> shown;
};

}  // namespace myo::ui
