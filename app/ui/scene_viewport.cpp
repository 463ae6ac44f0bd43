#include "scene_viewport.hpp"

#include <epoxy/gl.h>

#include <cmath>

namespace myo::ui {

SceneViewport::SceneViewport(const atlas::AtlasScene& atlas, const atlas::KnowledgeBase* kb,
                             const atlas::AtlasView& view, FrameRenderer renderer)
    : atlas_(atlas), kb_(kb), view_(view), renderer_(std::move(renderer)), gpu_(GpuScene::upload(atlas.scene)) {}

bool SceneViewport::place(const ScreenRect& area, glm::vec2 framebufferScale) {
  framebufferScale_ = framebufferScale;
  const bool resized = area.x != area_.x || area.width != area_.width || area.height != area_.height;
  area_ = area;
  if (resized) pictureStale_ = true;
  return resized;
}

bool SceneViewport::contains(glm::vec2 cursor) const {
  return cursor.x >= area_.x && cursor.x < area_.x + area_.width && cursor.y >= area_.y &&
         cursor.y < area_.y + area_.height;
}

float SceneViewport::aspect() const { return area_.height > 0.0f ? area_.width / area_.height : 1.0f; }

glm::vec2 SceneViewport::deviceCoordinates(glm::vec2 cursor) const {
  return {2.0f * (cursor.x - area_.x) / area_.width - 1.0f, 1.0f - 2.0f * (cursor.y - area_.y) / area_.height};
}

std::optional<glm::vec2> SceneViewport::onScreen(const OrbitCamera& camera, const glm::vec3& point) const {
  if (area_.width <= 0.0f || area_.height <= 0.0f) return std::nullopt;
  const glm::vec4 clip = camera.projection(aspect()) * camera.view() * glm::vec4(point, 1.0f);
  if (clip.w <= 0.0f) return std::nullopt;
  const glm::vec2 ndc = glm::vec2(clip) / clip.w;
  return glm::vec2(area_.x + (ndc.x + 1.0f) * 0.5f * area_.width, area_.y + (1.0f - ndc.y) * 0.5f * area_.height);
}

SceneClick SceneViewport::hitAt(glm::vec2 cursor, const OrbitCamera& camera) {
  SceneClick click;
  if (const std::optional<PickHit> hit = pickAt(cursor, camera)) {
    click.structure = structureOf(*hit);
    click.point = hit->point;
    click.normal = hit->normal;
  }
  return click;
}

std::optional<PickHit> SceneViewport::pickAt(glm::vec2 cursor, const OrbitCamera& camera) {
  if (!target_ || !contains(cursor)) return std::nullopt;
  restyleIfNeeded();
  const glm::ivec2 pixel(int((cursor.x - area_.x) * framebufferScale_.x), int((cursor.y - area_.y) * framebufferScale_.y));
  return renderer_.pick(camera, {target_->width(), target_->height()}, items_, pixel);
}

IdImage SceneViewport::pickIds(const OrbitCamera& camera) {
  const glm::ivec2 size = pixelSize();
  if (size.x <= 0 || size.y <= 0) return {};
  restyleIfNeeded();
  return renderer_.pickIds(camera, size, items_);
}

IdImage SceneViewport::pickIds(const OrbitCamera& camera, const atlas::AtlasView& view) {
  const glm::ivec2 size = pixelSize();
  if (size.x <= 0 || size.y <= 0) return {};
  restyleIfNeeded();
  std::vector<FrameItem> items = items_;
  const SceneLook look = atlas::sceneLook(atlas_, kb_, view);
  for (std::size_t i = 0; i < items.size() && i < look.styles.size(); ++i) items[i].style = look.styles[i];
  return renderer_.pickIds(camera, size, items);
}

std::optional<atlas::StructureInfo> SceneViewport::structureOf(const PickHit& hit) const {
  const int node = gpu_.instances()[hit.id - 1].node;
  const atlas::StructureInfo& info = atlas_.index.node(node);
  if (info.kind == atlas::StructureKind::Unknown) return std::nullopt;
  return info;
}

void SceneViewport::restyleIfNeeded() {
  if (!styleStale_ && !items_.empty()) return;
  items_ = gpu_.items();
  // The chosen trigger point stands out from the others of its muscle by its X (sceneLook).
  SceneLook look = atlas::sceneLook(atlas_, kb_, view_);
  gpu_.applyLook(look, items_);
  markers_ = std::move(look.markers);
  styleStale_ = false;
}

glm::ivec2 SceneViewport::pixelSize() const {
  return {int(std::lround(area_.width * framebufferScale_.x)), int(std::lround(area_.height * framebufferScale_.y))};
}

void SceneViewport::render(const OrbitCamera& camera, const FrameSettings& settings) {
  const glm::ivec2 size = pixelSize();
  if (size.x <= 0 || size.y <= 0) return;
  if (!target_ || target_->width() != size.x || target_->height() != size.y) {
    Result<OffscreenTarget> target = OffscreenTarget::create(size.x, size.y);
    if (target) target_ = std::make_unique<OffscreenTarget>(std::move(*target));
    pictureStale_ = true;
  }
  if (styleStale_) pictureStale_ = true;
  restyleIfNeeded();
  if (!pictureStale_ || !target_) return;
  renderer_.draw(*target_, camera, items_, markers_, settings);
  ++renders_;
  pictureStale_ = false;
}

void SceneViewport::presentInWindow(glm::ivec2 framebuffer, const glm::vec4& background) {
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  glViewport(0, 0, framebuffer.x, framebuffer.y);
  glClearColor(background.r, background.g, background.b, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  const glm::ivec2 size = pixelSize();
  if (target_ && size.x > 0 && size.y > 0) {
    // GL counts rows from the bottom: the view sits at the top, over presenter mode's caption band.
    const int x = int(std::lround(area_.x * framebufferScale_.x));
    const int y = framebuffer.y - size.y - int(std::lround(area_.y * framebufferScale_.y));
    target_->presentToWindow(x, y);
  }
  glViewport(0, 0, framebuffer.x, framebuffer.y);
}

std::optional<Image> SceneViewport::readPicture() {
  if (!target_) return std::nullopt;
  return target_->read();
}

}  // namespace myo::ui
