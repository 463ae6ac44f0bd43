#pragma once
// The window over the whole of the monitor it is on (the projector, when it was dragged there),
// and back to the size and place it had. The monitor keeps its video mode: no flicker, no
// resolution change. Without a window manager (Xvfb) GLFW covers the monitor by itself.

#include <optional>

struct GLFWwindow;

namespace myo::ui {

class FullScreen {
 public:
  // False when there is no monitor to cover.
  bool enter(GLFWwindow* window);
  void leave(GLFWwindow* window);
  bool active() const { return windowed_.has_value(); }

  // The window's place and size before it went full screen (screen coordinates).
  struct Placement {
    int x = 0, y = 0, width = 0, height = 0;
  };
  const std::optional<Placement>& windowed() const { return windowed_; }

  // The height in pixels of the monitor the window is on, or 0 when none is known.
  static int monitorHeight(GLFWwindow* window);

 private:
  std::optional<Placement> windowed_;
};

}  // namespace myo::ui
