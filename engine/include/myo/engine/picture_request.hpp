#pragma once
// FrameSettings and SnapshotRequest: what a picture of a scene is to look like (background, colour
// map, marker and outline sizes) and how it is framed (a view preset, an orbit, bounds, or an exact
// camera). Plain data, so a domain library can plan pictures (a handout, a chart, a tour) without
// the GPU; the render library draws them (frame_renderer.hpp, snapshot.hpp).

#include <optional>

#include <glm/vec4.hpp>

#include "myo/engine/bounds.hpp"
#include "myo/engine/camera.hpp"
#include "myo/engine/colormap.hpp"

namespace myo {

struct FrameSettings {
  glm::vec4 background{0.16f, 0.18f, 0.21f, 1.0f};  // display-encoded
  Colormap colormap = Colormap::Clinical;
  float markerSizePixels = 9.0f;   // across
  // Spacing of the spillover zone's dots, in pixels of the target: they are even at any zoom.
  float stipplePixels = 6.0f;
  // The line drawn at the 0.5 level of a mesh's outlined field (GpuMesh::setMarks): the client's
  // own pain drawing, in a colour apart from every colour map's.
  glm::vec4 fieldOutlineColor{0.1f, 0.35f, 0.95f, 1.0f};  // display-encoded
  float fieldOutlinePixels = 3.0f;
  float occludedMarkerAlpha = 0.45f;
  float outlinePixels = 2.5f;
  glm::vec4 outlineColor{1.0f, 0.85f, 0.2f, 1.0f};  // display-encoded
  bool smoothEdges = true;  // single-sampled targets only: a multisampled one is smooth already
  // Meshes far away or small on screen are drawn at a coarser level of detail while it strays
  // from the full one by less than this many pixels (GpuMesh levels); 0 draws full detail always.
  float detailPixels = 2.0f;
};

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

}  // namespace myo
