#pragma once
// Snapshots: framed, lit pictures of one Scene, drawn offscreen and read back. A SnapshotRenderer
// uploads the scene once and draws as many pictures of it as asked, each with its own size,
// framing and look; renderSnapshot is the one-picture shorthand. Both need a current context
// (createContext); the GPU resources are the renderer's own and go with it.
//
//   auto context = myo::createContext({.kind = myo::ContextKind::Headless});
//   auto pictures = myo::SnapshotRenderer::create(scene);
//   auto left = pictures->render({.view = myo::ViewPreset::Left}, look);
//   auto same = pictures->render({.width = 640, .height = 480, .camera = windowCamera}, look);
//   myo::writePng(*left, "left.png");
//
// Not here: what the look is (scene_look.hpp: computed by the caller, as plain data).

#include <memory>

#include "myo/engine/frame_renderer.hpp"
#include "myo/engine/gpu_scene.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/picture_request.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"
#include "myo/engine/scene_look.hpp"

namespace myo {

class SnapshotRenderer {
 public:
  // scene must outlive the renderer: its bounds frame the pictures that give no camera.
  static Result<SnapshotRenderer> create(const Scene& scene);

  Result<Image> render(const SnapshotRequest& request, const SceneLook& look = {});
  // Which item shows front-most at each pixel of the picture render() draws for the same request
  // and look (FrameRenderer::pickIds); ids are 1 + the index into sceneItems(scene).
  IdImage renderIds(const SnapshotRequest& request, const SceneLook& look = {});

 private:
  SnapshotRenderer(const Scene& scene, FrameRenderer renderer);
  OrbitCamera cameraFor(const SnapshotRequest& request) const;

  const Scene* scene_;
  FrameRenderer renderer_;
  GpuScene gpu_;
  std::vector<FrameItem> items_;
  // The target of the last picture, kept for the next one of the same size and samples.
  std::unique_ptr<OffscreenTarget> target_;
  glm::ivec3 targetShape_{0};  // width, height and samples asked for
};

Result<Image> renderSnapshot(const Scene& scene, const SnapshotRequest& request, const SceneLook& look = {});

}  // namespace myo
