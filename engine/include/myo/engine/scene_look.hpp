#pragma once
// SceneLook: how a Scene is to be drawn, as plain data — a style per drawn item, the heat and the
// marks of one surface, and markers. A domain library computes it without touching the GPU; the
// render library applies it in one call (GpuScene::applyLook), which always sets *or clears* the
// heat, so a pattern taken away cannot stay drawn.
//
//   myo::SceneLook look;
//   look.styles = myo::materialStyles(scene);        // one per sceneItems(scene) entry
//   look.styles[3].tintAmount = 0.5f;
//   look.surfacePart = skinPart;                     // the part whose vertices carry heat
//   look.heat = heatPerVertex;                       // empty: no heat
//   gpu.applyLook(look, items);
//
// Not here: GL objects or textures (gpu_scene.hpp), how a frame is drawn (frame_renderer.hpp).

#include <cstdint>
#include <optional>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "myo/engine/scene.hpp"

namespace myo {

enum class SurfaceLook { Plain, Skin, Muscle, Bone };

struct ItemStyle {
  glm::vec4 color{0.8f, 0.8f, 0.8f, 1.0f};  // linear base colour
  float opacity = 1.0f;                      // below 1: drawn in the translucency pass
  SurfaceLook look = SurfaceLook::Plain;
  glm::vec3 tint{0.0f};                      // linear; mixed in by tintAmount (selection, hover, dimming)
  float tintAmount = 0.0f;
  bool outlined = false;
  bool pickable = true;
  // A closed mesh wound counter-clockwise seen from outside: its far side is skipped. That halves
  // the work of the translucency pass, the costliest one, and a ghosted layer reads more clearly
  // without its inside showing through. Imported models make no such promise.
  bool closedSurface = false;
};

// A dot for a trigger point among others; an X, as the printed charts mark the trigger point whose
// pattern they show.
enum class MarkerShape : std::uint32_t { Dot = 0, Cross = 1 };

struct Marker {
  glm::vec3 position{0.0f};
  glm::vec4 color{0.95f, 0.75f, 0.1f, 1.0f};  // display-encoded
  MarkerShape shape = MarkerShape::Dot;
  float scale = 1.0f;  // times FrameSettings::markerSizePixels
};

// One drawn piece of a scene: a part under a node's transform.
struct SceneItem {
  int node;  // index into Scene::nodes
  int part;  // index into Scene::parts
};

// Every node's parts in node order: the order of GpuScene's items and of SceneLook::styles.
std::vector<SceneItem> sceneItems(const Scene& scene);

// Each item's style as its material gives it (base colour), in sceneItems() order.
std::vector<ItemStyle> materialStyles(const Scene& scene);

struct SceneLook {
  std::vector<ItemStyle> styles;      // in sceneItems() order; empty: the materials' own
  std::optional<int> surfacePart;     // the part whose vertices carry heat and marks
  std::vector<glm::vec2> heat;        // per vertex of surfacePart (x essential, y spillover); empty: none
  std::vector<glm::vec2> marks;       // per vertex (x outlined field, y window); empty: none
  std::vector<Marker> markers;
};

}  // namespace myo
