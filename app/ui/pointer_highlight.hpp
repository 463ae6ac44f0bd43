#pragma once
// Presenter mode's pointer: a soft, bright ring that follows the mouse, drawn over everything, so
// that a class watching a projector sees where the instructor points. The system cursor is hidden
// while it shows. Drawn by ImGui on top of the picture, never by the engine: screenshots without
// the panels leave it out.

#include <glm/vec2.hpp>

#include "theme.hpp"

namespace myo::ui {

// cursor: window coordinates; the ring's size follows the screen's height.
void drawPointerHighlight(glm::vec2 cursor, float screenHeight, Theme theme);

}  // namespace myo::ui
