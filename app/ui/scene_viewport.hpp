#pragma once
// SceneViewport: the 3D view of the window, between the panels. It owns what draws the body — the
// scene on the GPU, the renderer, the offscreen picture — and the styles, skin heat and markers a
// view turns into (rebuilt only when the view changed). The picture is drawn again only when asked
// (redraw, restyle) and otherwise presented as it was, which keeps an idle window cheap on software
// GL. It also answers what lies under a point of the window (picking).
//
// Not here: the camera (the App's CameraController moves it; every call says where it is), the
// panels, input.

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "app_state.hpp"
#include "myo/atlas/atlas_scene.hpp"
#include "myo/engine/frame_renderer.hpp"
#include "myo/engine/gpu_scene.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/offscreen_target.hpp"
#include "panel.hpp"

namespace myo::ui {

class SceneViewport {
 public:
  // atlas, kb and view must outlive the viewport: it reads them whenever it restyles.
  SceneViewport(const atlas::AtlasScene& atlas, const atlas::KnowledgeBase* kb, const atlas::AtlasView& view,
                FrameRenderer renderer);

  // Where the view sits in the window (window coordinates) and how many framebuffer pixels a
  // window unit is. True when it moved sideways or changed size: the camera may need to refit.
  bool place(const ScreenRect& area, glm::vec2 framebufferScale);
  const ScreenRect& area() const { return area_; }
  bool contains(glm::vec2 cursor) const;
  float aspect() const;  // width / height, for the camera
  // -1..1 across the view, y up: where the camera zooms toward.
  glm::vec2 deviceCoordinates(glm::vec2 cursor) const;
  // Where a point of the body shows in the window, if in front of the camera.
  std::optional<glm::vec2> onScreen(const OrbitCamera& camera, const glm::vec3& point) const;

  void redraw() { pictureStale_ = true; }                   // the camera or the background changed
  void restyle() { styleStale_ = pictureStale_ = true; }  // the view changed: its styles are rebuilt
  bool redrawDue() const { return pictureStale_ || styleStale_; }

  // What lies under the cursor on the body as the last picture shows it.
  SceneClick hitAt(glm::vec2 cursor, const OrbitCamera& camera);

  // Draws the picture again if it is due (or the view's size changed), offscreen.
  void render(const OrbitCamera& camera, const FrameSettings& settings);
  // Clears the window's framebuffer to the background and copies the picture into its place.
  void presentInWindow(glm::ivec2 framebuffer, const glm::vec4& background);
  std::optional<Image> readPicture();  // the 3D view alone, for a screenshot without the panels

  // Which item is front-most at every pixel of the view (framebuffer pixels), as the picture
  // drawn for this camera shows it; ids are 1 + the index into sceneItems.
  IdImage pickIds(const OrbitCamera& camera);
  // The same for the picture `view` would give (its styles; the picture drawn is not touched):
  // labels ask what the view with every layer shows (atlas::everyLayerView).
  IdImage pickIds(const OrbitCamera& camera, const atlas::AtlasView& view);
  glm::vec2 framebufferScale() const { return framebufferScale_; }

  const std::vector<Marker>& markers() const { return markers_; }
  std::uint64_t renders() const { return renders_; }  // pictures drawn so far

 private:
  std::optional<PickHit> pickAt(glm::vec2 cursor, const OrbitCamera& camera);
  std::optional<atlas::StructureInfo> structureOf(const PickHit& hit) const;
  void restyleIfNeeded();
  glm::ivec2 pixelSize() const;  // of the picture

  const atlas::AtlasScene& atlas_;
  const atlas::KnowledgeBase* kb_;
  const atlas::AtlasView& view_;
  FrameRenderer renderer_;
  GpuScene gpu_;
  std::unique_ptr<OffscreenTarget> target_;  // the last picture, presented again while nothing in it changes
  std::vector<FrameItem> items_;
  std::vector<Marker> markers_;
  bool styleStale_ = true;
  bool pictureStale_ = true;
  std::uint64_t renders_ = 0;
  ScreenRect area_;
  glm::vec2 framebufferScale_{1.0f};
};

}  // namespace myo::ui
