#pragma once
// The heat map of referred pain: show the selected muscle's pattern or a chosen trigger point's,
// keep several on the map together, the colour map, markers, and the legend.

#include "panel.hpp"

namespace myo::ui {

class HeatmapPanel : public Panel {
 public:
  const char* title() const override { return "Referred pain map"; }
  const char* section() const override { return "Layers & view"; }
  void draw(PanelContext& context) override;
};

}  // namespace myo::ui
