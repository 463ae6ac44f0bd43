#include "myo/engine/frame_renderer.hpp"

#include <epoxy/gl.h>

#include <glm/ext/matrix_projection.hpp>
#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>
#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

namespace myo {

namespace {

constexpr int kLookCodes[] = {0, 1, 2, 3};  // SurfaceLook -> u_look

Result<ShaderProgram> buildOrName(std::string_view vertex, std::string_view fragment) {
  return ShaderProgram::build(vertex, fragment);
}

bool isTranslucent(const ItemStyle& style) { return style.opacity < 0.999f; }

// The pixels (x, y, width, height; GL's bottom-left origin) the shown items can cover, from their
// bounding spheres, widened by margin: the full-screen passes need touch nothing else, and a body
// seldom covers a fifth of a wide frame. The whole viewport when a sphere reaches the eye.
glm::ivec4 coveredPixels(const OrbitCamera& camera, glm::ivec2 size, std::span<const FrameItem> items, float margin) {
  const glm::ivec4 everything(0, 0, size.x, size.y);
  const glm::mat4 view = camera.view();
  const glm::mat4 projection = camera.projection(float(size.x) / float(size.y));
  const float pixelsPerUnitAtUnitDistance = float(size.y) / (2.0f * std::tan(0.5f * camera.verticalFovRadians));
  glm::vec2 low(std::numeric_limits<float>::max());
  glm::vec2 high(std::numeric_limits<float>::lowest());
  for (const FrameItem& item : items) {
    if (item.mesh == nullptr || item.style.opacity <= 0.0f) continue;
    const glm::mat3 linear(item.world);
    const float scale = std::max({glm::length(linear[0]), glm::length(linear[1]), glm::length(linear[2])});
    const glm::vec4 center = view * item.world * glm::vec4(item.mesh->boundingCenter(), 1.0f);
    const float radius = item.mesh->boundingRadius() * scale;
    const float depth = -center.z;
    if (depth - radius <= camera.distance * camera.nearRatio) return everything;
    const glm::vec4 clip = projection * center;
    const glm::vec2 pixel = (glm::vec2(clip) / clip.w * 0.5f + 0.5f) * glm::vec2(size);
    // A sphere's outline on screen lies within radius / (depth - radius) of its centre's image.
    const float reach = radius / (depth - radius) * pixelsPerUnitAtUnitDistance;
    low = glm::min(low, pixel - reach);
    high = glm::max(high, pixel + reach);
  }
  if (low.x > high.x) return glm::ivec4(0);
  const glm::ivec2 from = glm::clamp(glm::ivec2(glm::floor(low - margin)), glm::ivec2(0), size);
  const glm::ivec2 to = glm::clamp(glm::ivec2(glm::ceil(high + margin)), glm::ivec2(0), size);
  return glm::ivec4(from, to - from);
}

gl::Texture makeTexture2D(GLenum format, glm::ivec2 size, GLenum filter) {
  gl::Texture texture = gl::Texture::create();
  glBindTexture(GL_TEXTURE_2D, texture.id());
  const GLenum layout = format == GL_R16F ? GL_RED : GL_RGBA;
  const GLenum type = format == GL_RGBA8 ? GL_UNSIGNED_BYTE : GL_HALF_FLOAT;
  glTexImage2D(GL_TEXTURE_2D, 0, static_cast<GLint>(format), size.x, size.y, 0, layout, type, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, static_cast<GLint>(filter));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, static_cast<GLint>(filter));
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glBindTexture(GL_TEXTURE_2D, 0);
  return texture;
}

}  // namespace

Result<FrameRenderer> FrameRenderer::create() {
  auto structure = buildOrName("structure.vert.glsl", "structure.frag.glsl");
  if (!structure) return structure.error();
  auto composite = buildOrName("fullscreen.vert.glsl", "oit_composite.frag.glsl");
  if (!composite) return composite.error();
  auto outline = buildOrName("outline.vert.glsl", "flat.frag.glsl");
  if (!outline) return outline.error();
  auto marker = buildOrName("marker.vert.glsl", "marker.frag.glsl");
  if (!marker) return marker.error();
  auto pick = buildOrName("structure.vert.glsl", "pick.frag.glsl");
  if (!pick) return pick.error();
  auto smoothEdges = buildOrName("fullscreen.vert.glsl", "smooth_edges.frag.glsl");
  if (!smoothEdges) return smoothEdges.error();
  return FrameRenderer(std::move(*structure), std::move(*composite), std::move(*outline),
                       std::move(*marker), std::move(*pick), std::move(*smoothEdges));
}

FrameRenderer::FrameRenderer(ShaderProgram structure, ShaderProgram composite, ShaderProgram outline,
                             ShaderProgram marker, ShaderProgram pick, ShaderProgram smoothEdges)
    : structure_(std::move(structure)),
      composite_(std::move(composite)),
      outline_(std::move(outline)),
      marker_(std::move(marker)),
      pick_(std::move(pick)),
      smoothEdges_(std::move(smoothEdges)) {
  emptyVao_ = gl::VertexArray::create();
  markerVao_ = gl::VertexArray::create();
  glBindVertexArray(markerVao_.id());
  const float corners[] = {-1, -1, 1, -1, 1, 1, -1, -1, 1, 1, -1, 1};
  markerCorners_ = gl::Buffer::create();
  glBindBuffer(GL_ARRAY_BUFFER, markerCorners_.id());
  glBufferData(GL_ARRAY_BUFFER, sizeof corners, corners, GL_STATIC_DRAW);
  glEnableVertexAttribArray(0);
  glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, 0, nullptr);
  markerInstances_ = gl::Buffer::create();
  glBindBuffer(GL_ARRAY_BUFFER, markerInstances_.id());
  const auto stride = static_cast<GLsizei>(sizeof(Marker));
  glEnableVertexAttribArray(1);
  glVertexAttribPointer(1, 3, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(Marker, position)));
  glVertexAttribDivisor(1, 1);
  glEnableVertexAttribArray(2);
  glVertexAttribPointer(2, 4, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(Marker, color)));
  glVertexAttribDivisor(2, 1);
  glEnableVertexAttribArray(3);
  glVertexAttribIPointer(3, 1, GL_UNSIGNED_INT, stride, reinterpret_cast<void*>(offsetof(Marker, shape)));
  glVertexAttribDivisor(3, 1);
  glEnableVertexAttribArray(4);
  glVertexAttribPointer(4, 1, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(Marker, scale)));
  glVertexAttribDivisor(4, 1);
  glBindVertexArray(0);
}

void FrameRenderer::ensurePictureBuffers(const OffscreenTarget& target) {
  const glm::ivec2 size(target.width(), target.height());
  if (size == pictureSize_ && pictureDepth_ == target.depthStencil()) return;
  pictureSize_ = size;
  pictureDepth_ = target.depthStencil();
  pictureColor_ = makeTexture2D(GL_RGBA8, size, GL_LINEAR);
  pictureFbo_ = gl::Framebuffer::create();
  glBindFramebuffer(GL_FRAMEBUFFER, pictureFbo_.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, pictureColor_.id(), 0);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, pictureDepth_);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void FrameRenderer::ensureTranslucencyBuffers(const OffscreenTarget& target) {
  const glm::ivec3 shape(target.width(), target.height(), target.samples());
  if (shape == oitShape_ && oitDepth_ == target.depthStencil()) return;
  oitShape_ = shape;
  oitDepth_ = target.depthStencil();
  const glm::ivec2 size(shape.x, shape.y);
  oitAccumulated_ = makeTexture2D(GL_RGBA16F, size, GL_NEAREST);
  oitWeights_ = makeTexture2D(GL_R16F, size, GL_NEAREST);
  oitDepthCopy_ = {};
  unsigned int depth = oitDepth_;
  if (shape.z > 1) {
    oitDepthCopy_ = gl::Renderbuffer::create();
    glBindRenderbuffer(GL_RENDERBUFFER, oitDepthCopy_.id());
    glRenderbufferStorage(GL_RENDERBUFFER, GL_DEPTH24_STENCIL8, size.x, size.y);
    depth = oitDepthCopy_.id();
  }
  oitFbo_ = gl::Framebuffer::create();
  glBindFramebuffer(GL_FRAMEBUFFER, oitFbo_.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, oitAccumulated_.id(), 0);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT1, GL_TEXTURE_2D, oitWeights_.id(), 0);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, depth);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void FrameRenderer::ensurePickBuffers(glm::ivec2 size) {
  if (size == pickSize_) return;
  pickSize_ = size;
  auto makeRenderbuffer = [&](GLenum format) {
    gl::Renderbuffer rb = gl::Renderbuffer::create();
    glBindRenderbuffer(GL_RENDERBUFFER, rb.id());
    glRenderbufferStorage(GL_RENDERBUFFER, format, size.x, size.y);
    return rb;
  };
  pickIds_ = makeRenderbuffer(GL_R32UI);
  pickNormals_ = makeRenderbuffer(GL_RGBA16F);
  pickDepth_ = makeRenderbuffer(GL_DEPTH_COMPONENT24);
  pickFbo_ = gl::Framebuffer::create();
  glBindFramebuffer(GL_FRAMEBUFFER, pickFbo_.id());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, pickIds_.id());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT1, GL_RENDERBUFFER, pickNormals_.id());
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, pickDepth_.id());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void FrameRenderer::setCommonUniforms(ShaderProgram& program, const OrbitCamera& camera, float aspect) {
  const glm::mat4 view = camera.view();
  // Lights follow the camera so every view is lit alike: the key from above and to the viewer's
  // left, a cool fill from the lower right.
  const glm::vec3 right(view[0][0], view[1][0], view[2][0]);
  const glm::vec3 up(view[0][1], view[1][1], view[2][1]);
  const glm::vec3 forward = camera.forward();
  program.use();
  program.set("u_view", view);
  program.set("u_projection", camera.projection(aspect));
  program.set("u_eye", camera.eye());
  program.set("u_keyDirection", glm::normalize(-forward * 0.8f + up * 0.7f - right * 0.45f));
  program.set("u_fillDirection", glm::normalize(-forward * 0.6f - up * 0.3f + right * 0.7f));
}

FrameRenderer::DetailBudget FrameRenderer::detailBudget(const OrbitCamera& camera, int viewportHeight,
                                                        float detailPixels) {
  // One pixel spans 2 tan(fov / 2) / height at unit distance.
  const float pixelAtUnitDistance = 2.0f * std::tan(0.5f * camera.verticalFovRadians) / float(std::max(viewportHeight, 1));
  return {camera.eye(), std::max(detailPixels, 0.0f) * pixelAtUnitDistance};
}

float FrameRenderer::DetailBudget::allowedError(const FrameItem& item) const {
  if (errorPerDistance <= 0.0f) return 0.0f;
  const glm::mat3 linear(item.world);
  const float scale = std::max({glm::length(linear[0]), glm::length(linear[1]), glm::length(linear[2]), 1e-12f});
  const glm::vec3 center(item.world * glm::vec4(item.mesh->boundingCenter(), 1.0f));
  // The nearest the mesh can come to the eye; inside its sphere nothing coarser is safe.
  const float nearest = glm::length(center - eye) - item.mesh->boundingRadius() * scale;
  if (nearest <= 0.0f) return 0.0f;
  const float allowed = errorPerDistance * nearest / scale;
  // A heat map lives on the vertices: the coarser levels drop those that shape its zones, all but
  // the finest, which keeps the zones' edges within a few millimetres on the body.
  return item.mesh->hasHeat() ? std::min(allowed, item.mesh->finestCoarserError()) : allowed;
}

void FrameRenderer::drawFullScreenTriangle() {
  glBindVertexArray(emptyVao_.id());
  glDrawArrays(GL_TRIANGLES, 0, 3);
  glBindVertexArray(0);
}

void FrameRenderer::drawItem(ShaderProgram& program, const FrameItem& item, const DetailBudget& detail) {
  const ItemStyle& style = item.style;
  if (style.closedSurface) glEnable(GL_CULL_FACE);  // counter-clockwise front faces, GL's default
  else glDisable(GL_CULL_FACE);
  program.set("u_model", item.world);
  program.set("u_normalMatrix", glm::mat3(glm::transpose(glm::inverse(item.world))));
  program.set("u_baseColor", style.color);
  program.set("u_opacity", style.opacity);
  program.set("u_look", kLookCodes[static_cast<int>(style.look)]);
  program.set("u_tint", style.tint);
  program.set("u_tintAmount", style.tintAmount);
  program.set("u_hasTexture", item.texture != 0 ? 1 : 0);
  glBindTexture(GL_TEXTURE_2D, item.texture);
  item.mesh->draw(detail.allowedError(item));
}

void FrameRenderer::draw(OffscreenTarget& target, const OrbitCamera& camera, std::span<const FrameItem> items,
                         std::span<const Marker> markers, const FrameSettings& settings) {
  const glm::ivec2 size(target.width(), target.height());
  const float aspect = float(size.x) / float(size.y);
  const bool smooth = settings.smoothEdges && target.samples() == 1;
  GLuint frameFbo = target.framebuffer();
  if (smooth) {
    ensurePictureBuffers(target);
    frameFbo = pictureFbo_.id();
  }
  glBindFramebuffer(GL_FRAMEBUFFER, frameFbo);
  glViewport(0, 0, size.x, size.y);
  glEnable(GL_MULTISAMPLE);
  glDisable(GL_CULL_FACE);
  glClearColor(settings.background.r, settings.background.g, settings.background.b, settings.background.a);
  glClearStencil(0);
  glDepthMask(GL_TRUE);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);

  const DetailBudget detail = detailBudget(camera, size.y, settings.detailPixels);
  setCommonUniforms(structure_, camera, aspect);
  const auto stops = colormapStops(settings.colormap);
  for (int i = 0; i < 5; ++i) structure_.set(("u_colormap[" + std::to_string(i) + "]").c_str(), stops[i]);
  structure_.set("u_baseColorTexture", 0);
  structure_.set("u_stipplePixels", std::max(settings.stipplePixels, 2.0f));
  structure_.set("u_fieldOutlineColor", glm::vec3(settings.fieldOutlineColor));
  structure_.set("u_fieldOutlinePixels", settings.fieldOutlinePixels);
  glActiveTexture(GL_TEXTURE0);

  // Opaque structures.
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LEQUAL);
  glDisable(GL_BLEND);
  structure_.set("u_translucentPass", 0);
  bool anyTranslucent = false;
  bool anyOpaque = false;
  for (const FrameItem& item : items) {
    if (item.mesh == nullptr || item.style.opacity <= 0.0f) continue;
    if (isTranslucent(item.style)) { anyTranslucent = true; continue; }
    anyOpaque = true;
    drawItem(structure_, item, detail);
  }
  glDisable(GL_CULL_FACE);
  glBindTexture(GL_TEXTURE_2D, 0);
  const glm::ivec4 covered = coveredPixels(camera, size, items, settings.outlinePixels + 2.0f);
  if (anyTranslucent) drawTranslucent(target, frameFbo, items, detail, covered, anyOpaque);
  drawOutlines(camera, size, items, settings, detail);
  drawMarkers(camera, size, markers, settings);
  if (smooth) smoothInto(target, covered, settings.background);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

// Translucent structures: accumulate colour and weight, then composite over the opaque picture
// in frameFbo. Only the covered pixels are cleared and composited; with nothing opaque drawn there
// is no depth to test against.
void FrameRenderer::drawTranslucent(const OffscreenTarget& target, GLuint frameFbo, std::span<const FrameItem> items,
                                    const DetailBudget& detail, glm::ivec4 covered, bool anyOpaque) {
  ensureTranslucencyBuffers(target);
  const int w = target.width();
  const int h = target.height();
  if (target.samples() > 1) {
    glBindFramebuffer(GL_READ_FRAMEBUFFER, frameFbo);
    glBindFramebuffer(GL_DRAW_FRAMEBUFFER, oitFbo_.id());
    glBlitFramebuffer(0, 0, w, h, 0, 0, w, h, GL_DEPTH_BUFFER_BIT, GL_NEAREST);
  }
  glBindFramebuffer(GL_FRAMEBUFFER, oitFbo_.id());
  const GLenum buffers[] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};
  glDrawBuffers(2, buffers);
  glEnable(GL_SCISSOR_TEST);
  glScissor(covered.x, covered.y, covered.z, covered.w);
  const float clearAccumulated[] = {0.0f, 0.0f, 0.0f, 1.0f};
  const float clearWeights[] = {0.0f, 0.0f, 0.0f, 0.0f};
  glClearBufferfv(GL_COLOR, 0, clearAccumulated);
  glClearBufferfv(GL_COLOR, 1, clearWeights);
  glDepthMask(GL_FALSE);
  if (!anyOpaque) glDisable(GL_DEPTH_TEST);
  glEnable(GL_BLEND);
  glBlendFuncSeparate(GL_ONE, GL_ONE, GL_ZERO, GL_ONE_MINUS_SRC_ALPHA);
  structure_.use();
  structure_.set("u_translucentPass", 1);
  for (const FrameItem& item : items)
    if (item.mesh != nullptr && item.style.opacity > 0.0f && isTranslucent(item.style)) drawItem(structure_, item, detail);
  glDisable(GL_CULL_FACE);
  glBindTexture(GL_TEXTURE_2D, 0);

  glBindFramebuffer(GL_FRAMEBUFFER, frameFbo);
  glDisable(GL_DEPTH_TEST);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  composite_.use();
  composite_.set("u_accumulated", 0);
  composite_.set("u_weights", 1);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, oitAccumulated_.id());
  glActiveTexture(GL_TEXTURE1);
  glBindTexture(GL_TEXTURE_2D, oitWeights_.id());
  drawFullScreenTriangle();
  glBindTexture(GL_TEXTURE_2D, 0);
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, 0);
  glDisable(GL_SCISSOR_TEST);
  glEnable(GL_DEPTH_TEST);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
}

// Selection outline: mark the structure in the stencil, then draw the widened structure only
// outside the mark. Drawn over everything, so a selection under other layers still shows where
// it is.
void FrameRenderer::drawOutlines(const OrbitCamera& camera, glm::ivec2 size, std::span<const FrameItem> items,
                                 const FrameSettings& settings, const DetailBudget& detail) {
  bool anyOutlined = false;
  for (const FrameItem& item : items) anyOutlined = anyOutlined || (item.mesh != nullptr && item.style.outlined);
  if (!anyOutlined) return;
  const float aspect = float(size.x) / float(size.y);
  glEnable(GL_STENCIL_TEST);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  outline_.use();
  outline_.set("u_viewProjection", camera.projection(aspect) * camera.view());
  outline_.set("u_viewport", glm::vec2(size));
  outline_.set("u_color", settings.outlineColor);
  auto drawOutlined = [&](float widthPixels) {
    outline_.set("u_widthPixels", widthPixels);
    for (const FrameItem& item : items) {
      if (item.mesh == nullptr || !item.style.outlined) continue;
      outline_.set("u_model", item.world);
      outline_.set("u_normalMatrix", glm::mat3(glm::transpose(glm::inverse(item.world))));
      item.mesh->draw(detail.allowedError(item));
    }
  };
  glStencilFunc(GL_ALWAYS, 1, 0xff);
  glStencilOp(GL_KEEP, GL_KEEP, GL_REPLACE);
  glColorMask(GL_FALSE, GL_FALSE, GL_FALSE, GL_FALSE);
  drawOutlined(0.0f);
  glColorMask(GL_TRUE, GL_TRUE, GL_TRUE, GL_TRUE);
  glStencilFunc(GL_NOTEQUAL, 1, 0xff);
  glStencilOp(GL_KEEP, GL_KEEP, GL_KEEP);
  drawOutlined(settings.outlinePixels);
  glDisable(GL_STENCIL_TEST);
  glEnable(GL_DEPTH_TEST);
}

// Trigger-point markers: visible ones solid, hidden ones dimmed, never sorted away.
void FrameRenderer::drawMarkers(const OrbitCamera& camera, glm::ivec2 size, std::span<const Marker> markers,
                                const FrameSettings& settings) {
  if (markers.empty()) return;
  const float aspect = float(size.x) / float(size.y);
  glBindBuffer(GL_ARRAY_BUFFER, markerInstances_.id());
  glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(markers.size_bytes()), markers.data(), GL_STREAM_DRAW);
  marker_.use();
  marker_.set("u_viewProjection", camera.projection(aspect) * camera.view());
  marker_.set("u_viewport", glm::vec2(size));
  marker_.set("u_sizePixels", settings.markerSizePixels);
  glEnable(GL_BLEND);
  glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
  glDepthMask(GL_FALSE);
  glBindVertexArray(markerVao_.id());
  glDepthFunc(GL_GREATER);
  marker_.set("u_dim", settings.occludedMarkerAlpha);
  glDrawArraysInstanced(GL_TRIANGLES, 0, 6, static_cast<GLsizei>(markers.size()));
  glDepthFunc(GL_LEQUAL);
  marker_.set("u_dim", 1.0f);
  glDrawArraysInstanced(GL_TRIANGLES, 0, 6, static_cast<GLsizei>(markers.size()));
  glBindVertexArray(0);
  glDepthMask(GL_TRUE);
  glDisable(GL_BLEND);
}

// The finished picture into the target, its edges smoothed; outside the covered pixels there is
// only background to copy.
void FrameRenderer::smoothInto(const OffscreenTarget& target, glm::ivec4 covered, const glm::vec4& background) {
  target.bind();
  glClearColor(background.r, background.g, background.b, background.a);
  glClear(GL_COLOR_BUFFER_BIT);
  glEnable(GL_SCISSOR_TEST);
  glScissor(covered.x, covered.y, covered.z, covered.w);
  glDisable(GL_DEPTH_TEST);
  glDisable(GL_BLEND);
  smoothEdges_.use();
  smoothEdges_.set("u_picture", 0);
  smoothEdges_.set("u_texel", glm::vec2(1.0f / float(target.width()), 1.0f / float(target.height())));
  glActiveTexture(GL_TEXTURE0);
  glBindTexture(GL_TEXTURE_2D, pictureColor_.id());
  drawFullScreenTriangle();
  glBindTexture(GL_TEXTURE_2D, 0);
  glDisable(GL_SCISSOR_TEST);
  glEnable(GL_DEPTH_TEST);
}

void FrameRenderer::drawPickPass(const OrbitCamera& camera, glm::ivec2 viewport, std::span<const FrameItem> items,
                                 glm::ivec4 scissor, float detailPixels) {
  ensurePickBuffers(viewport);
  glBindFramebuffer(GL_FRAMEBUFFER, pickFbo_.id());
  const GLenum buffers[] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};
  glDrawBuffers(2, buffers);
  glViewport(0, 0, viewport.x, viewport.y);
  glEnable(GL_SCISSOR_TEST);
  glScissor(scissor.x, scissor.y, scissor.z, scissor.w);
  const GLuint noId[] = {0, 0, 0, 0};
  const float noNormal[] = {0, 0, 0, 0};
  glClearBufferuiv(GL_COLOR, 0, noId);
  glClearBufferfv(GL_COLOR, 1, noNormal);
  glDepthMask(GL_TRUE);
  glClear(GL_DEPTH_BUFFER_BIT);
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LEQUAL);
  glDisable(GL_BLEND);
  const float aspect = float(viewport.x) / float(viewport.y);
  setCommonUniforms(pick_, camera, aspect);
  const DetailBudget detail = detailBudget(camera, viewport.y, detailPixels);
  for (const FrameItem& item : items) {
    if (item.mesh == nullptr || !item.style.pickable || item.style.opacity <= 0.0f) continue;
    pick_.set("u_model", item.world);
    pick_.set("u_normalMatrix", glm::mat3(glm::transpose(glm::inverse(item.world))));
    pick_.set("u_pickId", static_cast<unsigned int>(item.id));
    item.mesh->draw(detail.allowedError(item));
  }
  glDisable(GL_SCISSOR_TEST);
}

std::optional<PickHit> FrameRenderer::pick(const OrbitCamera& camera, glm::ivec2 viewport,
                                           std::span<const FrameItem> items, glm::ivec2 pixel, float detailPixels) {
  if (viewport.x <= 0 || viewport.y <= 0 || pixel.x < 0 || pixel.y < 0 || pixel.x >= viewport.x ||
      pixel.y >= viewport.y)
    return std::nullopt;
  // Only the pixel asked about matters: a scissor makes picking cheap on a software renderer.
  const int glY = viewport.y - 1 - pixel.y;
  drawPickPass(camera, viewport, items, {pixel.x, glY, 1, 1}, detailPixels);
  GLuint id = 0;
  float normal[4] = {0, 0, 0, 0};
  float depth = 1.0f;
  glReadBuffer(GL_COLOR_ATTACHMENT0);
  glReadPixels(pixel.x, glY, 1, 1, GL_RED_INTEGER, GL_UNSIGNED_INT, &id);
  glReadBuffer(GL_COLOR_ATTACHMENT1);
  glReadPixels(pixel.x, glY, 1, 1, GL_RGBA, GL_FLOAT, normal);
  glReadPixels(pixel.x, glY, 1, 1, GL_DEPTH_COMPONENT, GL_FLOAT, &depth);
  glReadBuffer(GL_COLOR_ATTACHMENT0);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (id == 0) return std::nullopt;
  const float aspect = float(viewport.x) / float(viewport.y);
  PickHit hit;
  hit.id = id;
  hit.point = glm::unProject(glm::vec3(float(pixel.x) + 0.5f, float(glY) + 0.5f, depth), camera.view(),
                             camera.projection(aspect), glm::vec4(0, 0, viewport.x, viewport.y));
  hit.normal = glm::normalize(glm::vec3(normal[0], normal[1], normal[2]) + glm::vec3(1e-12f));
  return hit;
}

IdImage FrameRenderer::pickIds(const OrbitCamera& camera, glm::ivec2 viewport, std::span<const FrameItem> items,
                               float detailPixels) {
  IdImage image;
  if (viewport.x <= 0 || viewport.y <= 0) return image;
  drawPickPass(camera, viewport, items, {0, 0, viewport.x, viewport.y}, detailPixels);
  image.width = viewport.x;
  image.height = viewport.y;
  image.ids.resize(static_cast<std::size_t>(viewport.x) * viewport.y);
  glReadBuffer(GL_COLOR_ATTACHMENT0);
  glPixelStorei(GL_PACK_ALIGNMENT, 4);
  glReadPixels(0, 0, viewport.x, viewport.y, GL_RED_INTEGER, GL_UNSIGNED_INT, image.ids.data());
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  // GL's rows run from the bottom.
  const std::size_t row = static_cast<std::size_t>(viewport.x);
  for (int y = 0; y < viewport.y / 2; ++y)
    std::swap_ranges(image.ids.begin() + std::ptrdiff_t(y * row), image.ids.begin() + std::ptrdiff_t((y + 1) * row),
                     image.ids.begin() + std::ptrdiff_t((viewport.y - 1 - y) * row));
  return image;
}

}  // namespace myo
