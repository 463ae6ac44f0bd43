#pragma once
// Context: an OpenGL 3.3 core context, either in a GLFW window or headless through EGL on Mesa's
// surfaceless platform (software rendering, no X server, no GPU). Whatever draws only needs a
// current context; a window is only needed to show and to receive input.
//
//   auto context = myo::createContext({.kind = myo::ContextKind::Headless});
//   if (!context) { std::cerr << context.error().message << '\n'; return 1; }
//   // ... draw into an OffscreenTarget (offscreen_target.hpp) ...
//
// Not here: input handling, UI, frame pacing.

#include <memory>
#include <string>

#include "myo/engine/result.hpp"

struct GLFWwindow;

namespace myo {

enum class ContextKind {
  Auto,      // offscreen work: headless EGL, falling back to a hidden window when EGL fails
  Window,    // a visible GLFW window; fails where there is no display
  Headless,  // EGL surfaceless only
};

struct ContextOptions {
  ContextKind kind = ContextKind::Auto;
  int width = 1280;   // window size in screen coordinates
  int height = 720;
  std::string title = "MyoAtlas";
};

class Context {
 public:
  virtual ~Context() = default;
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;

  virtual bool headless() const = 0;
  virtual void makeCurrent() = 0;
  virtual GLFWwindow* window() const { return nullptr; }  // null for headless contexts
  std::string renderer() const;  // GL_RENDERER, for diagnostics and bench reports
  // Waits until the GPU has done all the work given to it: a timing includes the drawing, not
  // only the handing over of commands.
  void finish() const;

 protected:
  Context() = default;
};

// True when a window can be opened here (an X11 or Wayland display is set).
bool displayAvailable();

Result<std::unique_ptr<Context>> createContext(const ContextOptions& options = {});

}  // namespace myo
