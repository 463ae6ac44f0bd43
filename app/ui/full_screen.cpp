#include "full_screen.hpp"

#include <GLFW/glfw3.h>

namespace myo::ui {

namespace {

// The monitor that holds the centre of the window, else the primary one.
GLFWmonitor* monitorOf(GLFWwindow* window) {
  int x = 0, y = 0, width = 0, height = 0;
  glfwGetWindowPos(window, &x, &y);
  glfwGetWindowSize(window, &width, &height);
  const int cx = x + width / 2, cy = y + height / 2;
  int count = 0;
  GLFWmonitor** monitors = glfwGetMonitors(&count);
  for (int i = 0; i < count; ++i) {
    int mx = 0, my = 0;
    glfwGetMonitorPos(monitors[i], &mx, &my);
    const GLFWvidmode* mode = glfwGetVideoMode(monitors[i]);
    if (mode != nullptr && cx >= mx && cx < mx + mode->width && cy >= my && cy < my + mode->height) return monitors[i];
  }
  return glfwGetPrimaryMonitor();
}

}  // namespace

bool FullScreen::enter(GLFWwindow* window) {
  if (active()) return true;
  GLFWmonitor* monitor = monitorOf(window);
  const GLFWvidmode* mode = monitor != nullptr ? glfwGetVideoMode(monitor) : nullptr;
  if (mode == nullptr) return false;
  Placement placement;
  glfwGetWindowPos(window, &placement.x, &placement.y);
  glfwGetWindowSize(window, &placement.width, &placement.height);
  windowed_ = placement;
  glfwSetWindowMonitor(window, monitor, 0, 0, mode->width, mode->height, mode->refreshRate);
  return true;
}

void FullScreen::leave(GLFWwindow* window) {
  if (!windowed_) return;
  const Placement placement = *windowed_;
  windowed_.reset();
  glfwSetWindowMonitor(window, nullptr, placement.x, placement.y, placement.width, placement.height, GLFW_DONT_CARE);
}

int FullScreen::monitorHeight(GLFWwindow* window) {
  GLFWmonitor* monitor = glfwGetWindowMonitor(window);
  if (monitor == nullptr) monitor = monitorOf(window);
  const GLFWvidmode* mode = monitor != nullptr ? glfwGetVideoMode(monitor) : nullptr;
  return mode != nullptr ? mode->height : 0;
}

}  // namespace myo::ui
