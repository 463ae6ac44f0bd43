#pragma once
// Input as GLFW reports it, queued between frames. A frame on a software renderer can take
// longer than a keystroke, so a key or button may go down and up between two frames; reading the
// current state would miss it. The queue keeps every press, and holds a key tapped that way down
// for ImGui for one frame (ImGui 1.86 reads only io.KeysDown), so typing and Enter never get lost.
//
// Install before ImGui_ImplGlfw_InitForOpenGL(window, true): the backend chains to these callbacks.

#include <vector>

#include <glm/vec2.hpp>

struct GLFWwindow;

namespace myo::ui {

struct KeyPress {
  int key = 0;
  int mods = 0;
};

struct ButtonEvent {
  int button = 0;
  bool pressed = false;
  glm::vec2 cursor{0.0f};  // window coordinates when it happened
  double time = 0.0;       // glfwGetTime() when it happened
};

class InputQueue {
 public:
  void install(GLFWwindow* window);
  void uninstall(GLFWwindow* window);

  // Around each ImGui frame: beginFrame before ImGui::NewFrame, endFrame after ImGui::Render.
  void beginFrame();
  void endFrame();

  const std::vector<KeyPress>& keyPresses() const { return keyPresses_; }
  const std::vector<unsigned int>& characters() const { return characters_; }
  const std::vector<ButtonEvent>& buttons() const { return buttons_; }
  // Any input or window event since the last endFrame: the frame should be drawn.
  bool anyEvent() const { return events_ > 0; }

 private:
  static InputQueue* of(GLFWwindow* window);
  static void onKey(GLFWwindow* window, int key, int scancode, int action, int mods);
  static void onChar(GLFWwindow* window, unsigned int codepoint);
  static void onMouseButton(GLFWwindow* window, int button, int action, int mods);
  static void onCursor(GLFWwindow* window, double x, double y);
  static void onScroll(GLFWwindow* window, double dx, double dy);
  static void onFocus(GLFWwindow* window, int focused);
  static void onDamage(GLFWwindow* window);
  static void onResize(GLFWwindow* window, int width, int height);

  std::vector<KeyPress> keyPresses_;
  std::vector<unsigned int> characters_;
  std::vector<ButtonEvent> buttons_;
  std::vector<KeyPress> pressedSinceFrame_;
  std::vector<KeyPress> tappedKeys_;  // pressed and released between two frames
  std::vector<KeyPress> heldForImGui_;
  int events_ = 0;
};

}  // namespace myo::ui
