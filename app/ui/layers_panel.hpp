#pragma once
// The layers: visibility and opacity of skin, the three muscle layers and bone; the peel slider
// that takes layers away from the outside in; x-ray of what lies above the selection; isolating
// or hiding the selection; one side or both; and a reset.

#include "panel.hpp"

namespace myo::ui {

class LayersPanel : public Panel {
 public:
  const char* title() const override { return "Layers"; }
  void draw(PanelContext& context) override;
};

// The peel slider's positions: 0 peels nothing, 1 the skin, 2 down to the intermediate layer ...
std::optional<atlas::Layer> peelForSliderPosition(int position);
int sliderPositionForPeel(std::optional<atlas::Layer> peel);

}  // namespace myo::ui
