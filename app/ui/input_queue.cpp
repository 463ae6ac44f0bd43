#include "input_queue.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include <algorithm>

namespace myo::ui {

InputQueue* InputQueue::of(GLFWwindow* window) { return static_cast<InputQueue*>(glfwGetWindowUserPointer(window)); }

void InputQueue::install(GLFWwindow* window) {
  glfwSetWindowUserPointer(window, this);
  glfwSetKeyCallback(window, onKey);
  glfwSetCharCallback(window, onChar);
  glfwSetMouseButtonCallback(window, onMouseButton);
  glfwSetCursorPosCallback(window, onCursor);
  glfwSetScrollCallback(window, onScroll);
  glfwSetWindowFocusCallback(window, onFocus);
  glfwSetWindowRefreshCallback(window, onDamage);
  glfwSetFramebufferSizeCallback(window, onResize);
}

void InputQueue::uninstall(GLFWwindow* window) {
  glfwSetWindowUserPointer(window, nullptr);
  glfwSetCursorPosCallback(window, nullptr);
  glfwSetWindowRefreshCallback(window, nullptr);
  glfwSetFramebufferSizeCallback(window, nullptr);
}

void InputQueue::onKey(GLFWwindow* window, int key, int /*scancode*/, int action, int mods) {
  InputQueue* queue = of(window);
  if (queue == nullptr || key < 0 || key >= 512) return;
  ++queue->events_;
  if (action == GLFW_PRESS) {
    queue->keyPresses_.push_back({key, mods});
    queue->pressedSinceFrame_.push_back({key, mods});
  } else if (action == GLFW_RELEASE) {
    auto& pressed = queue->pressedSinceFrame_;
    const auto it = std::find_if(pressed.begin(), pressed.end(), [key](const KeyPress& p) { return p.key == key; });
    if (it != pressed.end()) queue->tappedKeys_.push_back(*it);
  }
}

void InputQueue::onChar(GLFWwindow* window, unsigned int codepoint) {
  if (InputQueue* queue = of(window)) {
    ++queue->events_;
    queue->characters_.push_back(codepoint);
  }
}

void InputQueue::onMouseButton(GLFWwindow* window, int button, int action, int /*mods*/) {
  InputQueue* queue = of(window);
  if (queue == nullptr) return;
  ++queue->events_;
  double x = 0.0;
  double y = 0.0;
  glfwGetCursorPos(window, &x, &y);
  queue->buttons_.push_back({button, action == GLFW_PRESS, {float(x), float(y)}, glfwGetTime()});
}

void InputQueue::onCursor(GLFWwindow* window, double /*x*/, double /*y*/) {
  if (InputQueue* queue = of(window)) ++queue->events_;
}

void InputQueue::onScroll(GLFWwindow* window, double /*dx*/, double /*dy*/) {
  if (InputQueue* queue = of(window)) ++queue->events_;
}

void InputQueue::onFocus(GLFWwindow* window, int /*focused*/) {
  if (InputQueue* queue = of(window)) ++queue->events_;
}

void InputQueue::onDamage(GLFWwindow* window) {
  if (InputQueue* queue = of(window)) ++queue->events_;
}

void InputQueue::onResize(GLFWwindow* window, int /*width*/, int /*height*/) { onDamage(window); }

void InputQueue::beginFrame() {
  ImGuiIO& io = ImGui::GetIO();
  // The modifiers of a tapped shortcut (Ctrl+A) were let go too; hold them with the key.
  for (const KeyPress& tap : tappedKeys_) {
    io.KeysDown[tap.key] = true;
    io.KeyCtrl = io.KeyCtrl || (tap.mods & GLFW_MOD_CONTROL) != 0;
    io.KeyShift = io.KeyShift || (tap.mods & GLFW_MOD_SHIFT) != 0;
    io.KeyAlt = io.KeyAlt || (tap.mods & GLFW_MOD_ALT) != 0;
    io.KeySuper = io.KeySuper || (tap.mods & GLFW_MOD_SUPER) != 0;
  }
  heldForImGui_ = std::move(tappedKeys_);
  tappedKeys_.clear();
}

void InputQueue::endFrame() {
  ImGuiIO& io = ImGui::GetIO();
  if (!heldForImGui_.empty()) {
    for (const KeyPress& tap : heldForImGui_) io.KeysDown[tap.key] = false;
    io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
    io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
    io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
    io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
  }
  heldForImGui_.clear();
  keyPresses_.clear();
  characters_.clear();
  buttons_.clear();
  pressedSinceFrame_.clear();
  events_ = 0;
}

}  // namespace myo::ui
