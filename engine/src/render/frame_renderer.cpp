#include "myo/engine/frame_renderer.hpp"

#include <epoxy/gl.h>

#include <glm/ext/matrix_projection.hpp>
#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>
#include <glm/matrix.hpp>
#include <string>
#include <vector>

namespace myo {

namespace {

constexpr int kLookCodes[] = {0, 1, 2, 3};  // SurfaceLook -> u_look

Result<ShaderProgram> buildOrName(std::string_view vertex, std::string_view fragment) {
  return ShaderProgram::build(vertex, fragment);
}

bool isTranslucent(const ItemStyle& style) { return style.opacity < 0.999f; }

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
  return FrameRenderer(std::move(*structure), std::move(*composite), std::move(*outline),
                       std::move(*marker), std::move(*pick));
}

FrameRenderer::FrameRenderer(ShaderProgram structure, ShaderProgram composite, ShaderProgram outline,
                             ShaderProgram marker, ShaderProgram pick)
    : structure_(std::move(structure)),
      composite_(std::move(composite)),
      outline_(std::move(outline)),
      marker_(std::move(marker)),
      pick_(std::move(pick)) {
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
  glBindVertexArray(0);
}

void FrameRenderer::ensureTranslucencyBuffers(const OffscreenTarget& target) {
  const glm::ivec3 shape(target.width(), target.height(), target.samples());
  if (shape == oitShape_ && oitDepth_ == target.depthStencil()) return;
  oitShape_ = shape;
  oitDepth_ = target.depthStencil();
  auto makeTexture = [&] {
    gl::Texture texture = gl::Texture::create();
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, texture.id());
    glTexImage2DMultisample(GL_TEXTURE_2D_MULTISAMPLE, shape.z, GL_RGBA16F, shape.x, shape.y, GL_TRUE);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
    return texture;
  };
  oitAccumulated_ = makeTexture();
  oitWeights_ = makeTexture();
  oitFbo_ = gl::Framebuffer::create();
  glBindFramebuffer(GL_FRAMEBUFFER, oitFbo_.id());
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D_MULTISAMPLE, oitAccumulated_.id(), 0);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT1, GL_TEXTURE_2D_MULTISAMPLE, oitWeights_.id(), 0);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_STENCIL_ATTACHMENT, GL_RENDERBUFFER, oitDepth_);
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

void FrameRenderer::drawItem(ShaderProgram& program, const FrameItem& item) {
  const ItemStyle& style = item.style;
  program.set("u_model", item.world);
  program.set("u_normalMatrix", glm::mat3(glm::transpose(glm::inverse(item.world))));
  program.set("u_baseColor", style.color);
  program.set("u_opacity", style.opacity);
  program.set("u_look", kLookCodes[static_cast<int>(style.look)]);
  program.set("u_tint", style.tint);
  program.set("u_tintAmount", style.tintAmount);
  program.set("u_hasTexture", style.texture != 0 ? 1 : 0);
  glBindTexture(GL_TEXTURE_2D, style.texture);
  item.mesh->draw();
}

void FrameRenderer::draw(OffscreenTarget& target, const OrbitCamera& camera, std::span<const FrameItem> items,
                         std::span<const Marker> markers, const FrameSettings& settings) {
  const glm::ivec2 size(target.width(), target.height());
  const float aspect = float(size.x) / float(size.y);
  target.bind();
  glEnable(GL_MULTISAMPLE);
  glDisable(GL_CULL_FACE);
  glClearColor(settings.background.r, settings.background.g, settings.background.b, settings.background.a);
  glClearStencil(0);
  glDepthMask(GL_TRUE);
  glClear(GL_COLOR_BUFFER_BIT | GL_DEPTH_BUFFER_BIT | GL_STENCIL_BUFFER_BIT);

  setCommonUniforms(structure_, camera, aspect);
  const auto stops = colormapStops(settings.colormap);
  for (int i = 0; i < 5; ++i) structure_.set(("u_colormap[" + std::to_string(i) + "]").c_str(), stops[i]);
  structure_.set("u_baseColorTexture", 0);
  glActiveTexture(GL_TEXTURE0);

  // Opaque structures.
  glEnable(GL_DEPTH_TEST);
  glDepthFunc(GL_LEQUAL);
  glDisable(GL_BLEND);
  structure_.set("u_translucentPass", 0);
  bool anyTranslucent = false;
  for (const FrameItem& item : items) {
    if (item.mesh == nullptr || item.style.opacity <= 0.0f) continue;
    if (isTranslucent(item.style)) { anyTranslucent = true; continue; }
    drawItem(structure_, item);
  }

  // Translucent structures: accumulate, then composite over the opaque picture.
  if (anyTranslucent) {
    ensureTranslucencyBuffers(target);
    glBindFramebuffer(GL_FRAMEBUFFER, oitFbo_.id());
    const GLenum buffers[] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};
    glDrawBuffers(2, buffers);
    const float clearAccumulated[] = {0.0f, 0.0f, 0.0f, 1.0f};
    const float clearWeights[] = {0.0f, 0.0f, 0.0f, 0.0f};
    glClearBufferfv(GL_COLOR, 0, clearAccumulated);
    glClearBufferfv(GL_COLOR, 1, clearWeights);
    glDepthMask(GL_FALSE);
    glEnable(GL_BLEND);
    glBlendFuncSeparate(GL_ONE, GL_ONE, GL_ZERO, GL_ONE_MINUS_SRC_ALPHA);
    structure_.set("u_translucentPass", 1);
    for (const FrameItem& item : items)
      if (item.mesh != nullptr && item.style.opacity > 0.0f && isTranslucent(item.style)) drawItem(structure_, item);

    target.bind();
    glDisable(GL_DEPTH_TEST);
    glBlendFunc(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA);
    composite_.use();
    composite_.set("u_accumulated", 0);
    composite_.set("u_weights", 1);
    composite_.set("u_samples", target.samples());
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, oitAccumulated_.id());
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, oitWeights_.id());
    glBindVertexArray(emptyVao_.id());
    glDrawArrays(GL_TRIANGLES, 0, 3);
    glBindVertexArray(0);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D_MULTISAMPLE, 0);
    glEnable(GL_DEPTH_TEST);
    glDepthMask(GL_TRUE);
  }
  glBindTexture(GL_TEXTURE_2D, 0);

  // Selection outline: mark the structure in the stencil, then draw the widened structure only
  // outside the mark. Drawn over everything, so a selection under other layers still shows where
  // it is.
  const glm::mat4 viewProjection = camera.projection(aspect) * camera.view();
  bool anyOutlined = false;
  for (const FrameItem& item : items) anyOutlined = anyOutlined || (item.mesh != nullptr && item.style.outlined);
  if (anyOutlined) {
    glEnable(GL_STENCIL_TEST);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_BLEND);
    outline_.use();
    outline_.set("u_viewProjection", viewProjection);
    outline_.set("u_viewport", glm::vec2(size));
    outline_.set("u_color", settings.outlineColor);
    auto drawOutlined = [&](float widthPixels) {
      outline_.set("u_widthPixels", widthPixels);
      for (const FrameItem& item : items) {
        if (item.mesh == nullptr || !item.style.outlined) continue;
        outline_.set("u_model", item.world);
        outline_.set("u_normalMatrix", glm::mat3(glm::transpose(glm::inverse(item.world))));
        item.mesh->draw();
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
  if (!markers.empty()) {
    glBindBuffer(GL_ARRAY_BUFFER, markerInstances_.id());
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(markers.size_bytes()), markers.data(), GL_STREAM_DRAW);
    marker_.use();
    marker_.set("u_viewProjection", viewProjection);
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
}

std::optional<PickHit> FrameRenderer::pick(const OrbitCamera& camera, glm::ivec2 viewport,
                                           std::span<const FrameItem> items, glm::ivec2 pixel) {
  if (viewport.x <= 0 || viewport.y <= 0 || pixel.x < 0 || pixel.y < 0 || pixel.x >= viewport.x ||
      pixel.y >= viewport.y)
    return std::nullopt;
  ensurePickBuffers(viewport);
  glBindFramebuffer(GL_FRAMEBUFFER, pickFbo_.id());
  const GLenum buffers[] = {GL_COLOR_ATTACHMENT0, GL_COLOR_ATTACHMENT1};
  glDrawBuffers(2, buffers);
  glViewport(0, 0, viewport.x, viewport.y);
  // Only the pixel asked about matters: a scissor makes picking cheap on a software renderer.
  const int glY = viewport.y - 1 - pixel.y;
  glEnable(GL_SCISSOR_TEST);
  glScissor(pixel.x, glY, 1, 1);
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
  for (const FrameItem& item : items) {
    if (item.mesh == nullptr || !item.style.pickable || item.style.opacity <= 0.0f) continue;
    pick_.set("u_model", item.world);
    pick_.set("u_normalMatrix", glm::mat3(glm::transpose(glm::inverse(item.world))));
    pick_.set("u_pickId", static_cast<unsigned int>(item.id));
    item.mesh->draw();
  }
  glDisable(GL_SCISSOR_TEST);
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
  PickHit hit;
  hit.id = id;
  hit.point = glm::unProject(glm::vec3(float(pixel.x) + 0.5f, float(glY) + 0.5f, depth), camera.view(),
                             camera.projection(aspect), glm::vec4(0, 0, viewport.x, viewport.y));
  hit.normal = glm::normalize(glm::vec3(normal[0], normal[1], normal[2]) + glm::vec3(1e-12f));
  return hit;
}

}  // namespace myo
