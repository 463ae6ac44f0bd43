#pragma once
// Label layout: where the name boxes of labelled structures go on a picture, and the leader line
// from each box to its structure. Pure geometry in screen pixels (x right, y down), no GL, no
// drawing: the render command draws the result with cairo, the window with ImGui, a study sheet
// with cairo on a page.
//
// The boxes stand in columns beside the body's screen box, left and right of it, each box at the
// height of its anchor where it can be, so that leaders run nearly level; within a column the
// boxes keep the order of their anchors' heights, so leaders from one column do not cross where
// the anchors allow it. No two boxes overlap. A label goes to the side whose anchor is nearer the
// body's edge (with several anchors, the one nearest that side's edge); a column taller than the
// viewport hands labels to the other side, then opens further columns outward.
//
//   LabelLayoutInput input{.viewport = {0, 0, 1280, 720}, .body = {540, 20, 200, 680},
//                          .measure = [&](std::string_view text) { return LabelSize{...}; }};
//   input.labels.push_back({"Trapezius", {{600, 150}, {680, 150}}});   // anchors on the muscle
//   for (const PlacedLabel& label : layoutLabels(input))
//     draw(label.box, label.text); line(label.lineStart, label.anchor);
//
// Not done here: finding the anchors (label_anchor.hpp reads them from a picture's structure ids),
// measuring text (the caller's function), wrapping or shortening a name, or drawing. A box may
// cover the body only when there is no room beside it (a viewport the body fills); boxes that do
// not fit in the viewport at all are still placed, clamped to it. Labels with no anchor are left
// out of the result. Leaders from different columns may cross the body; they do not avoid other
// boxes' leaders across columns.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

namespace myo::atlas {

struct LabelRect {
  float x = 0.0f;  // left
  float y = 0.0f;  // top
  float width = 0.0f;
  float height = 0.0f;
  float right() const { return x + width; }
  float bottom() const { return y + height; }
  bool overlaps(const LabelRect& other) const {
    return x < other.right() && other.x < right() && y < other.bottom() && other.y < bottom();
  }
};

struct LabelSize {
  float width = 0.0f;
  float height = 0.0f;
};

struct LabelRequest {
  std::string text;
  std::vector<glm::vec2> anchors;  // candidate points on the structure, pixels; the layout picks one
};

struct LabelLayoutInput {
  LabelRect viewport;  // where boxes may go
  LabelRect body;      // the body's screen box, kept clear of boxes where there is room
  std::vector<LabelRequest> labels;
  std::function<LabelSize(std::string_view)> measure;  // the text's size, pixels
  float padding = 4.0f;  // around the text inside its box
  float gap = 3.0f;      // between boxes of a column, and between columns
  float margin = 12.0f;  // between the body's box and the nearest column, and from the viewport's edge
};

struct PlacedLabel {
  std::size_t request = 0;  // index into LabelLayoutInput::labels
  std::string text;
  LabelRect box;            // the text's box, padding included
  glm::vec2 lineStart{0.0f};  // the middle of the box's side facing the body
  glm::vec2 anchor{0.0f};     // the chosen anchor, where the leader ends
  bool leftOfBody = false;
};

// One placed label for every request with an anchor, in request order.
std::vector<PlacedLabel> layoutLabels(const LabelLayoutInput& input);

}  // namespace myo::atlas
