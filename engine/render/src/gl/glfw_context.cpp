// An OpenGL 3.3 core context in a GLFW window (visible for the viewer, hidden as a fallback for
// offscreen work where EGL is unavailable).
#include "glfw_context.hpp"

#include <epoxy/gl.h>
#include <GLFW/glfw3.h>

namespace myo::detail {

namespace {

class GlfwContext final : public Context {
 public:
  explicit GlfwContext(GLFWwindow* window) : window_(window) {}
  ~GlfwContext() override {
    glfwDestroyWindow(window_);
    glfwTerminate();
  }
  bool headless() const override { return false; }
  void makeCurrent() override { glfwMakeContextCurrent(window_); }
  GLFWwindow* window() const override { return window_; }

 private:
  GLFWwindow* window_;
};

}  // namespace

Result<std::unique_ptr<Context>> createGlfwContext(const ContextOptions& options, bool visible) {
  if (!glfwInit()) {
    const char* description = nullptr;
    glfwGetError(&description);
    return Error{std::string("could not open a window (GLFW): ") +
                 (description != nullptr ? description : "initialisation failed"), ErrorKind::Failure};
  }
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
  glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
  glfwWindowHint(GLFW_OPENGL_FORWARD_COMPAT, GLFW_TRUE);
  // Frames are drawn offscreen and copied in, so the window itself has no samples.
  glfwWindowHint(GLFW_SAMPLES, 0);
  glfwWindowHint(GLFW_VISIBLE, visible ? GLFW_TRUE : GLFW_FALSE);
  glfwWindowHint(GLFW_SCALE_TO_MONITOR, GLFW_TRUE);
  GLFWwindow* window =
      glfwCreateWindow(options.width, options.height, options.title.c_str(), nullptr, nullptr);
  if (window == nullptr) {
    const char* description = nullptr;
    glfwGetError(&description);
    std::string message = std::string("could not open an OpenGL 3.3 window (GLFW): ") +
                          (description != nullptr ? description : "unknown error");
    glfwTerminate();
    return Error{message, ErrorKind::Failure};
  }
  glfwMakeContextCurrent(window);
  glfwSwapInterval(1);
  return std::unique_ptr<Context>(new GlfwContext(window));
}

}  // namespace myo::detail
