#include "myo/engine/offscreen_target.hpp"

#include <epoxy/gl.h>

#include <algorithm>
#include <cstring>
#include <string>

namespace myo {

namespace {

gl::Renderbuffer makeRenderbuffer(GLenum format, int width, int height, int samples) {
  gl::Renderbuffer rb = gl::Renderbuffer::create();
  glBindRenderbuffer(GL_RENDERBUFFER, rb.id());
  if (samples > 1)
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, format, width, height);
  else
    glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
  return rb;
}

}  // namespace

Result<OffscreenTarget> OffscreenTarget::create(int width, int height, int samples) {
  if (width <= 0 || height <= 0 || width > 16384 || height > 16384)
    return Error{"image size " + std::to_string(width) + "x" + std::to_string(height) +
                 " is out of range (1 to 16384 pixels a side)", ErrorKind::Failure};
  GLint maxSamples = 1;
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  OffscreenTarget t;
  t.width_ = width;
  t.height_ = height;
  t.samples_ = std::clamp(samples, 1, std::max(1, maxSamples));

  t.drawFbo_ = gl::Framebuffer::create();
  glBindFramebuffer(GL_FRAMEBUFFER, t.drawFbo_.id());
  t.color_ = makeRenderbuffer(GL_RGBA8, width, height, t.samples_);
  t.depth_ = makeRenderbuffer(GL_DEPTH24_STENCIL8, width, height, t.samples_);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, t.color_.id());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, t.depth_.id());
  if (glCheckFramebufferStatus(GL_FRAMEBUFFER) != GL_FRAMEBUFFER_COMPLETE)
    return Error{"the offscreen framebuffer is incomplete (" + std::to_string(width) + "x" +
                 std::to_string(height) + ", " + std::to_string(t.samples_) + " samples)", ErrorKind::Failure};
  if (t.samples_ > 1) {
    t.resolveFbo_ = gl::Framebuffer::create();
    glBindFramebuffer(GL_FRAMEBUFFER, t.resolveFbo_.id());
    t.resolveColor_ = makeRenderbuffer(GL_RGBA8, width, height, 1);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, t.resolveColor_.id());
  }
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  return t;
}

void OffscreenTarget::bind() const {
  glBindFramebuffer(GL_FRAMEBUFFER, drawFbo_.id());
  glViewport(0, 0, width_, height_);
}

void OffscreenTarget::presentToWindow(int x, int y) {
  GLuint source = drawFbo_.id();
  if (samples_ > 1 && (x != 0 || y != 0)) {
    // GL 3.3 resolves samples only between identical rectangles: resolve first, then move.
    glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFbo_.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_.id());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    source = resolveFbo_.id();
  }
  glBindFramebuffer(GL_READ_FRAMEBUFFER, source);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBlitFramebuffer(0, 0, width_, height_, x, y, x + width_, y + height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

Image OffscreenTarget::read() {
  GLuint source = drawFbo_.id();
  if (samples_ > 1) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFbo_.id());
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFbo_.id());
    glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
    source = resolveFbo_.id();
  }
  glBindFramebuffer(GL_READ_FRAMEBUFFER, source);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  Image image(width_, height_);
  glReadPixels(0, 0, width_, height_, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  flipRows(image);
  return image;
}

}  // namespace myo
