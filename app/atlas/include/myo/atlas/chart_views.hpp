#pragma once
// Which views a referral chart needs, and how close: the Trigger Point Manual shows a pattern
// from the front, the back, the side — whichever show it — all at one scale, framed on the
// pattern and its trigger point. Pure geometry: the views are planned from the skin, the
// pattern's heat and the trigger points, and rendered by the caller.
//
//   std::vector<ChartView> views = planChartViews(skin, heat, {triggerPointPosition});
//   for (const ChartView& v : views) renderSnapshot(scene, {.view = v.preset, .orbitPitch = v.pitch, .frame = v.frame}, ...);
//
// Not here: rendering, the page (chart_page.hpp).

#include <span>
#include <string>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>

#include "myo/engine/bounds.hpp"
#include "myo/engine/camera.hpp"
#include "myo/atlas/skin_map.hpp"

namespace myo::atlas {

struct ChartView {
  ViewPreset preset = ViewPreset::Anterior;
  float pitch = 0.0f;   // radians added to the preset: the view from below the foot
  Bounds frame;         // the same for every view of a chart, so they share one scale
  std::string caption;  // "Front", "Back", "Left side", "From below"
  // Whether the trigger points lie on the side of the body this view sees: a printed chart marks
  // the X only there (an X seen through the body, on the front of a shoulder for a trigger point
  // in the back of it, would put it in the wrong place for the reader).
  bool showsTriggerPoints = true;
};

// At most three views, each showing at least a fifth of the pattern (the best one always), in the
// order front, side, back, below. heat: per skin vertex, x essential, y spillover.
std::vector<ChartView> planChartViews(const SkinMap& skin, std::span<const glm::vec2> heat,
                                      std::span<const glm::vec3> triggerPoints);

}  // namespace myo::atlas
