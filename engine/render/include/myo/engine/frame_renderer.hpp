#pragma once
// FrameRenderer: draws one frame of structures, each with its own style, into an OffscreenTarget:
// opaque ones first, then translucent ones with weighted-blended order-independent transparency
// (one pass, no sorting: overlapping ghosted layers never pop as the camera turns), then the
// selection outline, then trigger-point markers (dimmed where a surface hides them). Into a
// single-sampled target it draws via a picture of its own and smooths the edges on the way in
// (FrameSettings::smoothEdges): on a software renderer that is several times cheaper than
// multisampling, which shades and blends every sample. It also answers picking queries: which
// structure is under a pixel, where, and facing which way.
//
//   auto renderer = myo::FrameRenderer::create();
//   std::vector<myo::FrameItem> items = ...;   // meshes owned elsewhere (GpuMesh)
//   renderer->draw(target, camera, items, markers, settings);
//   auto hit = renderer->pick(camera, {w, h}, items, {x, y});
//
// Not here: what a structure is (anatomy ids, layers) or which style it gets: the caller decides.
// The renderer keeps no pointer to items between calls.

#include <cstdint>
#include <optional>
#include <span>

#include <glm/mat4x4.hpp>
#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "myo/engine/camera.hpp"
#include "myo/engine/gl_object.hpp"
#include "myo/engine/gpu_mesh.hpp"
#include "myo/engine/id_image.hpp"
#include "myo/engine/offscreen_target.hpp"
#include "myo/engine/picture_request.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/scene_look.hpp"
#include "myo/engine/shader_program.hpp"

namespace myo {

struct FrameItem {
  const GpuMesh* mesh = nullptr;
  glm::mat4 world{1.0f};
  ItemStyle style;
  unsigned int texture = 0;  // GL texture name of the base colour, or 0
  std::uint32_t id = 0;  // returned by pick; 0 is reserved for "nothing"
};

struct PickHit {
  std::uint32_t id = 0;
  glm::vec3 point{0.0f};   // world position of the surface under the pixel
  glm::vec3 normal{0.0f};  // unit, facing the camera
};

class FrameRenderer {
 public:
  static Result<FrameRenderer> create();

  void draw(OffscreenTarget& target, const OrbitCamera& camera, std::span<const FrameItem> items,
            std::span<const Marker> markers, const FrameSettings& settings);

  // pixel: x right, y down from the top-left corner, within viewport. Only pickable items with
  // opacity above zero count; nothing under the pixel gives nullopt. detailPixels as in the
  // frame drawn, so that a click finds what the picture shows.
  std::optional<PickHit> pick(const OrbitCamera& camera, glm::ivec2 viewport,
                              std::span<const FrameItem> items, glm::ivec2 pixel,
                              float detailPixels = FrameSettings{}.detailPixels);

  // Every pixel's front-most pickable item at once (what pick answers for one pixel): one pass
  // over the whole viewport, for code that looks for where a structure shows (label anchors).
  IdImage pickIds(const OrbitCamera& camera, glm::ivec2 viewport, std::span<const FrameItem> items,
                  float detailPixels = FrameSettings{}.detailPixels);

 private:
  // Draws the pickable items' ids, normals and depth into the pick buffers, within `scissor`
  // (x, y from the bottom, width, height in GL's terms); the pick framebuffer stays bound.
  void drawPickPass(const OrbitCamera& camera, glm::ivec2 viewport, std::span<const FrameItem> items,
                    glm::ivec4 scissor, float detailPixels);
  // What level of detail a frame can afford: an item may stray by errorPerDistance times its
  // distance from the eye.
  struct DetailBudget {
    glm::vec3 eye{0.0f};
    float errorPerDistance = 0.0f;
    float allowedError(const FrameItem& item) const;
  };
  static DetailBudget detailBudget(const OrbitCamera& camera, int viewportHeight, float detailPixels);

  FrameRenderer(ShaderProgram structure, ShaderProgram composite, ShaderProgram outline,
                ShaderProgram marker, ShaderProgram pick, ShaderProgram smoothEdges);
  void ensurePictureBuffers(const OffscreenTarget& target);
  void ensureTranslucencyBuffers(const OffscreenTarget& target);
  void drawTranslucent(const OffscreenTarget& target, unsigned int frameFbo, std::span<const FrameItem> items,
                       const DetailBudget& detail, glm::ivec4 covered, bool anyOpaque);
  void drawOutlines(const OrbitCamera& camera, glm::ivec2 size, std::span<const FrameItem> items,
                    const FrameSettings& settings, const DetailBudget& detail);
  void drawMarkers(const OrbitCamera& camera, glm::ivec2 size, std::span<const Marker> markers,
                   const FrameSettings& settings);
  void drawFullScreenTriangle();  // for the composite and smoothing passes (fullscreen.vert.glsl)
  void smoothInto(const OffscreenTarget& target, glm::ivec4 covered, const glm::vec4& background);
  void ensurePickBuffers(glm::ivec2 size);
  void setCommonUniforms(ShaderProgram& program, const OrbitCamera& camera, float aspect);
  void drawItem(ShaderProgram& program, const FrameItem& item, const DetailBudget& detail);

  ShaderProgram structure_, composite_, outline_, marker_, pick_, smoothEdges_;
  gl::VertexArray emptyVao_;      // the full-screen triangle needs a bound vertex array
  gl::VertexArray markerVao_;
  gl::Buffer markerCorners_, markerInstances_;

  // The picture a single-sampled frame is drawn into before its edges are smoothed into the
  // target; it shares the target's depth and stencil.
  gl::Framebuffer pictureFbo_;
  gl::Texture pictureColor_;
  glm::ivec2 pictureSize_{0};
  unsigned int pictureDepth_ = 0;

  // Weighted-blended OIT buffers, single-sampled whatever the target: translucent layers are soft
  // already, and multisampled float blending is the slowest thing a software renderer does. For
  // a multisampled target the opaque depth is copied into depthCopy_ first.
  gl::Framebuffer oitFbo_;
  gl::Texture oitAccumulated_, oitWeights_;
  gl::Renderbuffer oitDepthCopy_;
  glm::ivec3 oitShape_{0};  // width, height, samples of the target
  unsigned int oitDepth_ = 0;

  gl::Framebuffer pickFbo_;
  gl::Renderbuffer pickIds_, pickNormals_, pickDepth_;
  glm::ivec2 pickSize_{0};
};

}  // namespace myo
