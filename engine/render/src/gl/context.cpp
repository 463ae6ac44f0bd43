#include "myo/engine/context.hpp"

#include <epoxy/gl.h>

#include <cstdlib>

#include "egl_context.hpp"
#include "glfw_context.hpp"

namespace myo {

std::string Context::renderer() const {
  const auto* name = reinterpret_cast<const char*>(glGetString(GL_RENDERER));
  return name != nullptr ? name : "unknown";
}

void Context::finish() const { glFinish(); }

bool displayAvailable() {
  const char* x11 = std::getenv("DISPLAY");
  const char* wayland = std::getenv("WAYLAND_DISPLAY");
  return (x11 != nullptr && *x11 != '\0') || (wayland != nullptr && *wayland != '\0');
}

Result<std::unique_ptr<Context>> createContext(const ContextOptions& options) {
  switch (options.kind) {
    case ContextKind::Headless:
      return detail::createEglContext();
    case ContextKind::Window:
      if (!displayAvailable())
        return Error{"no display: DISPLAY and WAYLAND_DISPLAY are unset, so no window can open", ErrorKind::Failure};
      return detail::createGlfwContext(options, true);
    case ContextKind::Auto:
      break;
  }
  Result<std::unique_ptr<Context>> headless = detail::createEglContext();
  if (headless || !displayAvailable()) return headless;
  Result<std::unique_ptr<Context>> hidden = detail::createGlfwContext(options, false);
  if (hidden) return hidden;
  return Error{headless.error().message + "; " + hidden.error().message, ErrorKind::Failure};
}

}  // namespace myo
