#pragma once
// renderSnapshot: one framed, lit picture of a Scene, drawn offscreen and read back. It needs a
// current context (createContext) and creates and frees its own GPU resources. `restyle`, when
// given, may change each item's style (layers, selection, heat) and add markers before drawing.
//
//   auto context = myo::createContext({.kind = myo::ContextKind::Headless});
//   auto image = myo::renderSnapshot(scene, {.view = myo::ViewPreset::Left});
//   myo::writePng(*image, "left.png");
//   auto same = myo::renderSnapshot(scene, {.width = 640, .height = 480, .camera = windowCamera});

#include <functional>
#include <optional>
#include <vector>

#include "myo/engine/camera.hpp"
#include "myo/engine/frame_renderer.hpp"
#include "myo/engine/gpu_scene.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"

namespace myo {

struct SnapshotRequest {
  ViewPreset view = ViewPreset::Anterior;
  int width = 1280;
  int height = 720;
  int samples = 1;  // FrameSettings::smoothEdges smooths a single-sampled picture
  float orbitYaw = 0.0f;    // radians added to the preset, for three-quarter views
  float orbitPitch = 0.0f;
  FrameSettings settings;
  // Frames these bounds instead of the whole scene's, when not empty.
  Bounds frame;
  // An exact camera (a tour step's, the window's): when set it is used as it is, and view,
  // orbitYaw, orbitPitch and frame are ignored.
  std::optional<OrbitCamera> camera;
};

using Restyle = std::function<void(GpuScene& gpu, std::vector<FrameItem>& items, std::vector<Marker>& markers)>;

Result<Image> renderSnapshot(const Scene& scene, const SnapshotRequest& request, const Restyle& restyle = {});

}  // namespace myo
