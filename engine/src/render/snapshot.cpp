#include "myo/engine/snapshot.hpp"

#include <epoxy/gl.h>

#include "myo/engine/offscreen_target.hpp"

namespace myo {

Result<Image> renderSnapshot(const Scene& scene, const SnapshotRequest& request, const Restyle& restyle) {
  Result<OffscreenTarget> target = OffscreenTarget::create(request.width, request.height, request.samples);
  if (!target) return target.error();
  Result<FrameRenderer> renderer = FrameRenderer::create();
  if (!renderer) return renderer.error();
  GpuScene gpu = GpuScene::upload(scene);
  std::vector<FrameItem> items = gpu.items();
  std::vector<Marker> markers;
  if (restyle) restyle(gpu, items, markers);
  OrbitCamera camera;
  if (request.camera) {
    camera = *request.camera;
  } else {
    camera.setView(request.view);
    camera.orbit(request.orbitYaw, request.orbitPitch);
    camera.frame(request.frame.empty() ? scene.bounds() : request.frame, float(request.width) / float(request.height));
  }
  renderer->draw(*target, camera, items, markers, request.settings);
  glFinish();
  return target->read();
}

}  // namespace myo
