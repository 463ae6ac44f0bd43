#pragma once
// What floats over the 3D view: the help with every shortcut (F1 or ?), the name of the
// structure under the cursor, a settings warning, and short notices such as where a screenshot
// went.

#include "app_state.hpp"
#include "myo/atlas/knowledge_base.hpp"

namespace myo::ui {

void drawHelpOverlay(AppState& state);
// viewport: the 3D view, window coordinates.
void drawHoverTooltip(const AppState& state, const atlas::KnowledgeBase* kb);
void drawNotices(AppState& state, const ScreenRect& viewport, double now);

}  // namespace myo::ui
