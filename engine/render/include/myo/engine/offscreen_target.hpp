#pragma once
// OffscreenTarget: a framebuffer to draw into without a window, optionally multisampled, that
// reads back into an Image. Headless rendering and screenshots both use it. Single-sampled is the
// default: FrameRenderer smooths its edges for a fraction of what multisampling costs on a
// software renderer.
//
//   auto target = myo::OffscreenTarget::create(1280, 720);
//   target->bind();            // draw ...
//   myo::Image image = target->read();

#include "myo/engine/gl_object.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"

namespace myo {

class OffscreenTarget {
 public:
  // samples is capped at the context's GL_MAX_SAMPLES; 1 means no multisampling.
  static Result<OffscreenTarget> create(int width, int height, int samples = 1);

  void bind() const;  // binds for drawing and sets the viewport
  Image read();       // resolves the samples and reads RGBA8, top row first
  int width() const { return width_; }
  int height() const { return height_; }
  int samples() const { return samples_; }
  unsigned int framebuffer() const { return drawFbo_.id(); }
  unsigned int depthStencil() const { return depth_.id(); }  // shared with overlay passes
  // Copies the (resolved) picture to the window's default framebuffer, which must be
  // single-sampled, with its bottom-left corner (x, y) pixels from the window's.
  void presentToWindow(int x = 0, int y = 0);

 private:
  OffscreenTarget() = default;
  int width_ = 0;
  int height_ = 0;
  int samples_ = 1;
  gl::Framebuffer drawFbo_;
  gl::Renderbuffer color_;
  gl::Renderbuffer depth_;
  gl::Framebuffer resolveFbo_;  // single-sampled copy, only when samples_ > 1
  gl::Renderbuffer resolveColor_;
};

}  // namespace myo
