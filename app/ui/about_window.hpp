#pragma once
// Help → About trigger points: the background a student needs before reading the cards (what a
// trigger point is, the systemic perpetuating factors, the course of a session, PNF stretching
// and its licensing, what the evidence supports). Opened from the help window (F1).

#include "app_state.hpp"

namespace myo::ui {

void drawAboutTriggerPoints(AppState& state);

}  // namespace myo::ui
