// Headless OpenGL through EGL on Mesa's surfaceless platform: no window system, no GPU needed.
#include "egl_context.hpp"

#include <epoxy/egl.h>
#include <epoxy/gl.h>

#include <cstdio>
#include <string>

namespace myo::detail {

namespace {

class EglContext final : public Context {
 public:
  EglContext(EGLDisplay display, EGLContext context) : display_(display), context_(context) {}
  ~EglContext() override {
    eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, EGL_NO_CONTEXT);
    eglDestroyContext(display_, context_);
    eglTerminate(display_);
  }
  bool headless() const override { return true; }
  void makeCurrent() override { eglMakeCurrent(display_, EGL_NO_SURFACE, EGL_NO_SURFACE, context_); }

 private:
  EGLDisplay display_;
  EGLContext context_;
};

Error eglError(const std::string& what) {
  char code[16];
  std::snprintf(code, sizeof code, "0x%04X", static_cast<unsigned>(eglGetError()));
  return Error{"headless OpenGL (EGL): " + what + " (EGL error " + code +
               "); is Mesa's EGL installed (libegl-mesa0, libgl1-mesa-dri)?", ErrorKind::Failure};
}

}  // namespace

Result<std::unique_ptr<Context>> createEglContext() {
  if (!epoxy_has_egl_extension(EGL_NO_DISPLAY, "EGL_MESA_platform_surfaceless"))
    return Error{"headless OpenGL (EGL): the EGL_MESA_platform_surfaceless platform is missing; "
                 "install Mesa's EGL (libegl-mesa0)", ErrorKind::Failure};
  EGLDisplay display =
      eglGetPlatformDisplayEXT(EGL_PLATFORM_SURFACELESS_MESA, EGL_DEFAULT_DISPLAY, nullptr);
  if (display == EGL_NO_DISPLAY) return eglError("no surfaceless display");
  EGLint major = 0;
  EGLint minor = 0;
  if (!eglInitialize(display, &major, &minor)) return eglError("eglInitialize failed");
  if (!eglBindAPI(EGL_OPENGL_API)) {
    eglTerminate(display);
    return eglError("desktop OpenGL is not available");
  }
  const EGLint configAttributes[] = {EGL_RENDERABLE_TYPE, EGL_OPENGL_BIT, EGL_NONE};
  EGLConfig config = nullptr;
  EGLint count = 0;
  eglChooseConfig(display, configAttributes, &config, 1, &count);
  const EGLint contextAttributes[] = {EGL_CONTEXT_MAJOR_VERSION, 3, EGL_CONTEXT_MINOR_VERSION, 3,
                                      EGL_CONTEXT_OPENGL_PROFILE_MASK,
                                      EGL_CONTEXT_OPENGL_CORE_PROFILE_BIT, EGL_NONE};
  // EGL_KHR_no_config_context lets the context exist without a config on surfaceless Mesa.
  EGLContext context =
      eglCreateContext(display, count > 0 ? config : EGL_NO_CONFIG_KHR, EGL_NO_CONTEXT, contextAttributes);
  if (context == EGL_NO_CONTEXT) {
    Error error = eglError("could not create an OpenGL 3.3 core context");
    eglTerminate(display);
    return error;
  }
  if (!eglMakeCurrent(display, EGL_NO_SURFACE, EGL_NO_SURFACE, context)) {
    Error error = eglError("could not make the context current");
    eglDestroyContext(display, context);
    eglTerminate(display);
    return error;
  }
  return std::unique_ptr<Context>(new EglContext(display, context));
}

}  // namespace myo::detail
