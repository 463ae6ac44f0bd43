// The App's mouse on the body: the frame's button, cursor and wheel events go to the
// PointerGesture, and what it makes of them is carried out here — a click selects (or goes to the
// panel that takes it), a drag moves the camera, a brush stroke goes to the panel that paints.
#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "app.hpp"

namespace myo::ui {

namespace {

constexpr float kOrbitRadiansPerPixel = 0.008f;
constexpr float kZoomPerWheelStep = 0.88f;

}  // namespace

bool App::onScene(glm::vec2 cursor) const { return !ImGui::GetIO().WantCaptureMouse && viewport_.contains(cursor); }

void App::handleSceneMouse() {
  for (const ButtonEvent& event : input_.buttons()) {
    PointerPress press{.pressed = event.pressed, .at = event.cursor, .time = event.time, .onScene = onScene(event.cursor)};
    if (event.button == GLFW_MOUSE_BUTTON_RIGHT) press.button = PointerButton::Right;
    else if (event.button == GLFW_MOUSE_BUTTON_MIDDLE) press.button = PointerButton::Middle;
    else if (event.button != GLFW_MOUSE_BUTTON_LEFT) continue;
    press.brushing = press.button == PointerButton::Left && press.pressed && press.onScene && brushPanel() != nullptr;
    carryOut(gesture_.button(press));
  }
  // A release may have come and gone outside the window.
  if (glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_LEFT) != GLFW_PRESS && input_.buttons().empty())
    carryOut(gesture_.leftButtonUpUnseen());

  double x = 0.0, y = 0.0;
  glfwGetCursorPos(window_, &x, &y);
  const glm::vec2 cursor{float(x), float(y)};
  const bool moved = cursor != gesture_.cursor();
  const bool shift = glfwGetKey(window_, GLFW_KEY_LEFT_SHIFT) == GLFW_PRESS || glfwGetKey(window_, GLFW_KEY_RIGHT_SHIFT) == GLFW_PRESS;
  const std::optional<PointerAction> drag = gesture_.moveTo(cursor, shift);
  if (viewport_.area().height > 0.0f) carryOut(drag);
  carryOut(gesture_.wheel(cursor, ImGui::GetIO().MouseWheel, onScene(cursor)));
  if (moved || viewport_.redrawDue()) {
    if (onScene(cursor) && !gesture_.buttonHeld()) {
      hoverPending_ = true;
    } else if (state_.hovered && !onScene(cursor)) {
      state_.hovered.reset();
      hoverPending_ = false;
    }
  }
}

void App::carryOut(const std::optional<PointerAction>& action) {
  if (!action) return;
  const glm::vec2 delta = action->delta;
  switch (action->kind) {
    case PointerAction::Kind::Click: sceneClick(action->at, action->time); return;
    case PointerAction::Kind::BrushStart:
    case PointerAction::Kind::BrushMove: brushAt(action->at); return;
    case PointerAction::Kind::BrushEnd: endBrushing(); return;
    case PointerAction::Kind::Orbit: camera_.orbit(-delta.x * kOrbitRadiansPerPixel, delta.y * kOrbitRadiansPerPixel); break;
    case PointerAction::Kind::Pan:
      camera_.pan({-delta.x / viewport_.area().height, delta.y / viewport_.area().height});
      break;
    case PointerAction::Kind::Zoom: {
      const SceneClick under = viewport_.hitAt(action->at, camera_.current());
      camera_.zoomToward(viewport_.deviceCoordinates(action->at), std::pow(kZoomPerWheelStep, action->wheelSteps),
                         viewport_.aspect(), under.structure ? std::optional<glm::vec3>(under.point) : std::nullopt);
      break;
    }
  }
  userMovedCamera();
  viewport_.redraw();
}

void App::sceneClick(glm::vec2 cursor, double time) {
  const SceneClick click = viewport_.hitAt(cursor, camera_.current());
  PanelContext context = panelContext();
  for (const auto& panel : panels_)
    if (panel->takeSceneClick(context, click)) return;
  const bool doubleClick = gesture_.countClick(cursor, time);
  if (click.structure) {
    selectStructure({click.structure->id, click.structure->side});
    if (doubleClick) frameSelection();
  } else if (!doubleClick) {
    clearSelection();
  }
}

void App::updateProbe(double now) {
  // Not while typing (D is a letter of a name), nor while a quiz question hides the names.
  const bool held = glfwGetKey(window_, probeKey()) == GLFW_PRESS && !ImGui::GetIO().WantTextInput &&
                    !state_.quiz.hidesNames();
  const glm::vec2 cursor = gesture_.cursor();
  if (probe_.update(state_, kb_, viewport_, camera_.current(), cursor, held && onScene(cursor), now))
    uiFrames_ = std::max(uiFrames_, 2);
}

Panel* App::brushPanel() {
  for (const auto& panel : panels_)
    if (panel->takesSceneDrags(state_)) return panel.get();
  return nullptr;
}

void App::brushAt(glm::vec2 cursor) {
  Panel* panel = brushPanel();
  if (panel == nullptr) return;
  const SceneClick click = viewport_.hitAt(cursor, camera_.current());
  PanelContext context = panelContext();
  panel->takeSceneClick(context, click);
}

void App::endBrushing() {
  if (Panel* panel = brushPanel()) {
    PanelContext context = panelContext();
    panel->sceneDragEnded(context);
  }
}

}  // namespace myo::ui
