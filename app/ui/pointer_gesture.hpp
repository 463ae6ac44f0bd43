#pragma once
// What the mouse does to the body in the 3D view, told apart from events alone: a press and a
// release without moving is a click (two on the same spot in quick succession, a double click);
// a press that moves further is a drag that turns the camera (with Shift, or with the right or
// middle button, moves it sideways); a press while a panel paints is a brush stroke; the wheel
// zooms toward the cursor. No GL, GLFW or ImGui: the App feeds it the events of each frame and
// carries out what it answers, which keeps every gesture unit-testable.

#include <optional>

#include <glm/vec2.hpp>

namespace myo::ui {

enum class PointerButton { Left, Right, Middle };

struct PointerPress {
  PointerButton button = PointerButton::Left;
  bool pressed = false;    // false: released
  glm::vec2 at{0.0f};      // window coordinates
  double time = 0.0;       // seconds, on the clock frameEnded is given
  // A press begins on the body: inside the 3D view, and not over a panel.
  bool onScene = false;
  // A panel paints with presses and drags on the body now (a left press starts a stroke).
  bool brushing = false;
};

struct PointerAction {
  enum class Kind {
    Click,       // at, time: a press and release without a drag; countClick says if it is a double
    BrushStart,  // at: the first dab of a stroke
    BrushMove,   // at: one more dab
    BrushEnd,    // the button came up
    Orbit,       // delta: the cursor's move in pixels, to turn the camera by
    Pan,         // delta: the cursor's move in pixels, to move the camera sideways by
    Zoom,        // at, wheelSteps: toward the point under the cursor, steps > 0 in
  };
  Kind kind = Kind::Click;
  glm::vec2 at{0.0f};
  glm::vec2 delta{0.0f};
  float wheelSteps = 0.0f;
  double time = 0.0;
};

class PointerGesture {
 public:
  // Further than this from the press, the press is a drag and no longer a click.
  static constexpr float kClickSlopPixels = 4.0f;
  static constexpr double kDoubleClickSeconds = 0.4;

  // A mouse button went down or up.
  std::optional<PointerAction> button(const PointerPress& press);
  // No button event came this frame and the left button is up: its release happened outside the
  // window, and a stroke in progress ends.
  std::optional<PointerAction> leftButtonUpUnseen();
  // The cursor is here now (once a frame). shift: a left drag pans instead of turning.
  std::optional<PointerAction> moveTo(glm::vec2 cursor, bool shift);
  // The wheel turned by steps with the cursor at `at`; onScene as for a press.
  std::optional<PointerAction> wheel(glm::vec2 at, float steps, bool onScene) const;

  // A click no panel took, which selects: true when it is the second of a double click (which
  // then starts no third).
  bool countClick(glm::vec2 at, double time);
  // The frame that carried out a click ended now. Input is timed when it is read, after the
  // frame: a second click queued during a slow frame must still make a double click, so the
  // first counts from the frame's end.
  void frameEnded(double now);

  glm::vec2 cursor() const { return cursor_; }
  bool buttonHeld() const { return leftDown_ || panDown_; }  // a drag or a press is on the body

 private:
  glm::vec2 cursor_{0.0f};
  glm::vec2 pressAt_{0.0f};
  bool leftDown_ = false;
  bool panDown_ = false;
  bool dragged_ = false;
  bool brushing_ = false;
  double lastClickTime_ = -1.0;
  glm::vec2 lastClickAt_{0.0f};
  bool clickTimeFromFrameEnd_ = false;
};

}  // namespace myo::ui
