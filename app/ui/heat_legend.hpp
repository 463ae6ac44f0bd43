#pragma once
// The legend of the heat map: the colour ramp from faint to strong, and what solid and dotted
// areas mean (essential versus spillover zone).

#include "myo/engine/colormap.hpp"

namespace myo::ui {

void drawHeatLegend(Colormap colormap);

}  // namespace myo::ui
