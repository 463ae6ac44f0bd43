#include "myo/engine/snapshot.hpp"

#include <epoxy/gl.h>

#include "myo/engine/offscreen_target.hpp"

namespace myo {

Result<SnapshotRenderer> SnapshotRenderer::create(const Scene& scene) {
  Result<FrameRenderer> renderer = FrameRenderer::create();
  if (!renderer) return renderer.error();
  return SnapshotRenderer(scene, std::move(*renderer));
}

SnapshotRenderer::SnapshotRenderer(const Scene& scene, FrameRenderer renderer)
    : scene_(&scene), renderer_(std::move(renderer)), gpu_(GpuScene::upload(scene)), items_(gpu_.items()) {}

Result<Image> SnapshotRenderer::render(const SnapshotRequest& request, const SceneLook& look) {
  const glm::ivec3 shape(request.width, request.height, request.samples);
  if (!target_ || shape != targetShape_) {
    Result<OffscreenTarget> target = OffscreenTarget::create(request.width, request.height, request.samples);
    if (!target) return target.error();
    target_ = std::make_unique<OffscreenTarget>(std::move(*target));
    targetShape_ = shape;
  }
  gpu_.applyLook(look, items_);
  renderer_.draw(*target_, cameraFor(request), items_, look.markers, request.settings);
  glFinish();
  return target_->read();
}

IdImage SnapshotRenderer::renderIds(const SnapshotRequest& request, const SceneLook& look) {
  gpu_.applyLook(look, items_);
  return renderer_.pickIds(cameraFor(request), {request.width, request.height}, items_, request.settings.detailPixels);
}

OrbitCamera SnapshotRenderer::cameraFor(const SnapshotRequest& request) const {
  if (request.camera) return *request.camera;
  OrbitCamera camera;
  camera.setView(request.view);
  camera.orbit(request.orbitYaw, request.orbitPitch);
  camera.frame(request.frame.empty() ? scene_->bounds() : request.frame, float(request.width) / float(request.height));
  return camera;
}

Result<Image> renderSnapshot(const Scene& scene, const SnapshotRequest& request, const SceneLook& look) {
  Result<SnapshotRenderer> pictures = SnapshotRenderer::create(scene);
  if (!pictures) return pictures.error();
  return pictures->render(request, look);
}

}  // namespace myo
