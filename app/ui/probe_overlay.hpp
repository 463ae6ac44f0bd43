#pragma once
// The palpation probe in the window: hold D with the pointer over the body and the tissues under
// that point of the skin are listed in order with their depths — skin and fat 0–6 mm, trapezius
// 6–14 mm, levator scapulae 14–31 mm, bone: first rib — drawn as a small cross-section beside the
// cursor: a strip of bands in the scene's colours, each as deep as the tissue is thick, each named.
// Releasing the key hides it.
//
// The stack is atlas::TissueProbe's, the code `myoatlas probe` runs (underSight): the fingers press
// where the line of sight through the cursor first enters the skin (drawn or hidden) and go straight
// in along the skin's normal there, so `probe --at X,Y,Z` of the state file's skin point gives the
// same list. The window probes again when the cursor or the camera moved, at most every
// kProbeInterval seconds, like the hover pick; the probe keeps its ray-cast trees, so a probe
// where one has pressed before costs well under a millisecond and one in a new place some tens
// (`myoatlas bench --only probe`).

#include <optional>

#include <glm/vec2.hpp>

#include "app_state.hpp"
#include "myo/atlas/tissue_probe.hpp"
#include "myo/engine/camera.hpp"
#include "theme.hpp"

namespace myo::ui {

class SceneViewport;

inline constexpr double kProbeInterval = 0.1;  // seconds between probes while the pointer moves

// The key to hold, from the window's bindings (key_bindings.cpp).
int probeKey();

class PalpationProbe {
 public:
  explicit PalpationProbe(const atlas::AtlasScene& body) : probe_(body), body_(&body) {}

  // Once a frame. active: the key is held, the pointer is over the body's view, and nothing forbids
  // it (typing, a quiz question open). Fills or clears state.probe; true when what shows changed.
  bool update(AppState& state, const atlas::KnowledgeBase* kb, const SceneViewport& viewport,
              const OrbitCamera& camera, glm::vec2 cursor, bool active, double now);
  // A probe waits for its interval to pass: when it is due (glfwGetTime).
  std::optional<double> dueAt() const;

 private:
  atlas::TissueProbe probe_;
  const atlas::AtlasScene* body_;
  bool wasActive_ = false;
  bool pending_ = false;
  double lastProbe_ = -1.0;
  glm::vec2 probedCursor_{-1.0f};
  OrbitCamera probedCamera_;
};

// The cross-section beside the cursor, when state.probe is set; records where it went.
void drawProbe(AppState& state, const UiFonts& fonts, const ScreenRect& viewport);

}  // namespace myo::ui
