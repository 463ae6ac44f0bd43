#pragma once
// The view and the window: camera presets, framing, screenshots, theme, UI scale and help.

#include "panel.hpp"

namespace myo::ui {

class ViewPanel : public Panel {
 public:
  const char* title() const override { return "View"; }
  const char* section() const override { return "Layers & view"; }
  void draw(PanelContext& context) override;

 private:
  float uiScaleDraft_ = 1.0f;  // the slider's value while it is dragged
};

}  // namespace myo::ui
