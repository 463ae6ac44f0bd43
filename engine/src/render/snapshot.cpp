#include "myo/engine/snapshot.hpp"

#include <epoxy/gl.h>

#include "myo/engine/offscreen_target.hpp"

namespace myo {

Result<Image> renderSnapshot(const Scene& scene, const SnapshotRequest& request) {
  Result<OffscreenTarget> target = OffscreenTarget::create(request.width, request.height, request.samples);
  if (!target) return target.error();
  Result<SceneRenderer> renderer = SceneRenderer::create(scene);
  if (!renderer) return renderer.error();
  OrbitCamera camera;
  camera.setView(request.view);
  const float aspect = float(request.width) / float(request.height);
  camera.frame(scene.bounds(), aspect);
  target->bind();
  renderer->draw(camera, {request.width, request.height}, request.style);
  glFinish();
  return target->read();
}

}  // namespace myo
