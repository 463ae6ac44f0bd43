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
    queue->pressedSinceFrame_.push_back(key);
  } else if (action == GLFW_RELEASE) {
    auto& pressed = queue->pressedSinceFrame_;
    if (std::find(pressed.begin(), pressed.end(), key) != pressed.end()) queue->tappedKeys_.push_back(key);
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
  if (InputQueue* queue = of(window)) {
    ++queue->events_;
    queue->damaged_ = true;
  }
}

void InputQueue::onResize(GLFWwindow* window, int /*width*/, int /*height*/) { onDamage(window); }

void InputQueue::beginFrame() {
  ImGuiIO& io = ImGui::GetIO();
  for (int key : tappedKeys_) io.KeysDown[key] = true;
  heldForImGui_ = std::move(tappedKeys_);
  tappedKeys_.clear();
}

void InputQueue::endFrame() {
  ImGuiIO& io = ImGui::GetIO();
  for (int key : heldForImGui_) io.KeysDown[key] = false;
  heldForImGui_.clear();
  keyPresses_.clear();
  characters_.clear();
  buttons_.clear();
  pressedSinceFrame_.clear();
  events_ = 0;
  damaged_ = false;
}

}  // namespace myo::ui
