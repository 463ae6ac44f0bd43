// The App's framing of a box for the panels (a quiz question's muscle or pattern), kept fitted
// to the view while it changes shape.
#include <GLFW/glfw3.h>

#include <algorithm>

#include "app.hpp"

namespace myo::ui {

void App::lookAt(ViewPreset preset, const Bounds& box, float margin) {
  OrbitCamera destination = camera_.current();
  destination.setView(preset);
  destination.frame(box, viewport_.aspect(), margin);
  camera_.moveTo(destination, glfwGetTime());
  state_.lastPreset.reset();
  state_.tour.cameraOnStep = false;
  framed_ = Framing{preset, box, margin};
  viewport_.redraw();
}

void App::refitFramed() {
  OrbitCamera destination = camera_.current();
  destination.setView(framed_->preset);
  destination.frame(framed_->box, viewport_.aspect(), framed_->margin);
  if (camera_.moving()) camera_.moveTo(destination, glfwGetTime());
  else camera_.jumpTo(destination);
}

std::optional<ScreenRect> App::framedOnScreen() const {
  if (!framed_ || framed_->box.empty()) return std::nullopt;
  glm::vec2 low(1e9f), high(-1e9f);
  for (int corner = 0; corner < 8; ++corner) {
    const Bounds& box = framed_->box;
    const glm::vec3 p((corner & 1) ? box.max.x : box.min.x, (corner & 2) ? box.max.y : box.min.y,
                      (corner & 4) ? box.max.z : box.min.z);
    const std::optional<glm::vec2> at = viewport_.onScreen(camera_.current(), p);
    if (!at) return std::nullopt;
    low = glm::min(low, *at);
    high = glm::max(high, *at);
  }
  return ScreenRect{low.x, low.y, high.x - low.x, high.y - low.y};
}

}  // namespace myo::ui
