#pragma once
// The two columns of panels beside the body. The left one shows one section at a time, picked
// from a row of buttons at its top (Find, Layers & view, Pain, Assessment, Tour, Quiz ...), so
// every panel is a click away instead of down a long scroll; the right one is the card.
// Each column also measures whether its texts fit (text_fit.hpp) for the state file.

#include <memory>
#include <vector>

#include "panel.hpp"

namespace myo::ui {

class PanelColumns {
 public:
  // Draws one column in `area` (window coordinates) and returns the width it has after this frame
  // (the user may drag its inner border).
  float draw(PanelColumn which, const char* name, const ScreenRect& area, float minWidth, float maxWidth,
             const PanelList& panels, PanelContext& context);

 private:
  void sectionButtons(const PanelList& panels, AppState& state);
  std::vector<bool> wanted_;  // each panel's wantsShowing last frame: a section opens when it turns true
};

}  // namespace myo::ui
