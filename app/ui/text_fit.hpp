#pragma once
// Whether the texts of the window fit the room they are given: a text or a row of widgets wider
// than its window's working width is cut by the window's edge. The state file reports the
// measures (AppState::textFits) so a test can check that no text is cut at a large UI scale.

#include <string>

#include "app_state.hpp"

namespace myo::ui {

// The widest line the current ImGui window and its child windows drew this frame, against the
// width they show before their edge clips (call before End). Windows that scroll sideways are
// left out: nothing is cut there.
void measureWindowFit(AppState& state, const std::string& name);

// Measures what is drawn between the two calls on its own (a panel), recorded under `name`.
float beginPartFit();
void endPartFit(AppState& state, const std::string& name, float begun);

// A text drawn at this width in a room of `available` pixels.
void recordTextFit(AppState& state, const std::string& name, float needed, float available);

}  // namespace myo::ui
