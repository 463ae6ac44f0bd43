#include "pointer_gesture.hpp"

#include <glm/geometric.hpp>

namespace myo::ui {

namespace {

PointerAction actionAt(PointerAction::Kind kind, glm::vec2 at) {
  PointerAction action;
  action.kind = kind;
  action.at = at;
  return action;
}

PointerAction moveBy(PointerAction::Kind kind, glm::vec2 delta) {
  PointerAction action;
  action.kind = kind;
  action.delta = delta;
  return action;
}

}  // namespace

std::optional<PointerAction> PointerGesture::button(const PointerPress& press) {
  const bool startsHere = press.pressed && press.onScene;
  if (press.button != PointerButton::Left) {
    if (startsHere) panDown_ = true;
    else if (!press.pressed) panDown_ = false;
    return std::nullopt;
  }
  if (startsHere) {
    leftDown_ = true;
    dragged_ = false;
    pressAt_ = press.at;
    brushing_ = press.brushing;
    if (brushing_) return actionAt(PointerAction::Kind::BrushStart, press.at);
    return std::nullopt;
  }
  if (press.pressed || !leftDown_) return std::nullopt;
  leftDown_ = false;
  if (brushing_) {
    brushing_ = false;
    return actionAt(PointerAction::Kind::BrushEnd, press.at);
  }
  if (dragged_ || glm::length(press.at - pressAt_) > kClickSlopPixels) return std::nullopt;
  PointerAction click = actionAt(PointerAction::Kind::Click, press.at);
  click.time = press.time;
  return click;
}

std::optional<PointerAction> PointerGesture::leftButtonUpUnseen() {
  leftDown_ = false;
  if (!brushing_) return std::nullopt;
  brushing_ = false;
  return actionAt(PointerAction::Kind::BrushEnd, cursor_);
}

std::optional<PointerAction> PointerGesture::moveTo(glm::vec2 cursor, bool shift) {
  const glm::vec2 delta = cursor - cursor_;
  cursor_ = cursor;
  if (leftDown_ && glm::length(cursor - pressAt_) > kClickSlopPixels) dragged_ = true;
  if (delta == glm::vec2(0.0f)) return std::nullopt;
  // One dab a move, and so at most one a frame: a dab picks, which costs about a frame on software GL.
  if (leftDown_ && brushing_) return actionAt(PointerAction::Kind::BrushMove, cursor);
  const bool leftDrag = leftDown_ && dragged_;
  if (leftDrag && !shift) return moveBy(PointerAction::Kind::Orbit, delta);
  if (panDown_ || leftDrag) return moveBy(PointerAction::Kind::Pan, delta);
  return std::nullopt;
}

std::optional<PointerAction> PointerGesture::wheel(glm::vec2 at, float steps, bool onScene) const {
  if (!onScene || steps == 0.0f) return std::nullopt;
  PointerAction zoom = actionAt(PointerAction::Kind::Zoom, at);
  zoom.wheelSteps = steps;
  return zoom;
}

bool PointerGesture::countClick(glm::vec2 at, double time) {
  const bool doubleClick = time - lastClickTime_ < kDoubleClickSeconds && glm::length(at - lastClickAt_) <= kClickSlopPixels;
  lastClickTime_ = doubleClick ? -1.0 : time;
  clickTimeFromFrameEnd_ = !doubleClick;
  lastClickAt_ = at;
  return doubleClick;
}

void PointerGesture::frameEnded(double now) {
  if (clickTimeFromFrameEnd_) lastClickTime_ = now;
  clickTimeFromFrameEnd_ = false;
}

}  // namespace myo::ui
