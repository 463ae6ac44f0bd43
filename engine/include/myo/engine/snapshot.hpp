#pragma once
// renderSnapshot: one framed, lit picture of a Scene, drawn offscreen and read back. It needs a
// current context (createContext) and creates and frees its own GPU resources.
//
//   auto context = myo::createContext({.kind = myo::ContextKind::Headless});
//   auto image = myo::renderSnapshot(scene, {.view = myo::ViewPreset::Left});
//   myo::writePng(*image, "left.png");

#include "myo/engine/camera.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"
#include "myo/engine/scene_renderer.hpp"

namespace myo {

struct SnapshotRequest {
  ViewPreset view = ViewPreset::Anterior;
  int width = 1280;
  int height = 720;
  int samples = 4;
  FrameStyle style;
};

Result<Image> renderSnapshot(const Scene& scene, const SnapshotRequest& request);

}  // namespace myo
