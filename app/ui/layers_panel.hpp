#pragma once
// The layers: visibility and opacity of skin, the three muscle layers and bone; the peel slider
// that takes layers away from the outside in; x-ray of what lies above the selection; isolating
// or hiding the selection; one side or both; and a reset.

#include "panel.hpp"

namespace myo::ui {

class LayersPanel : public Panel {
 public:
  const char* title() const override { return "Layers"; }
  const char* section() const override { return "Layers & view"; }
  void draw(PanelContext& context) override;
};

// The peel slider's positions: 0 peels nothing, 1 the skin, 2 down to the intermediate layer ...
std::optional<atlas::Layer> peelForSliderPosition(int position);
int sliderPositionForPeel(std::optional<atlas::Layer> peel);

// One peel step deeper (step 1) or back (step -1), passing over layers whose check box already
// hides them, so that every step changes what shows. `wrap`: past the bone, back to nothing
// peeled (presenter mode's L); else it stops at either end.
std::optional<atlas::Layer> peelStep(const atlas::DisplayState& display, int step, bool wrap);

// Whether the selection's muscles all lie in layers the peel or a check box hides; the layer to
// bring back, the outermost of them, when they do.
std::optional<atlas::Layer> hiddenLayerOfSelection(const atlas::DisplayState& display, const atlas::KnowledgeBase& kb);

}  // namespace myo::ui
