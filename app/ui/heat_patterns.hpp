#pragma once
// Which referred-pain patterns the heat map shows, from what the user chose: the chosen trigger
// point of the selected muscle, or all of its points, plus the patterns pinned to the map. The
// skin carries the heat, so it is turned on while a pattern shows and off again after, unless the
// user had turned it on. A tour step adds the regions it paints; presenter mode's H hides all of
// it (state.presenter.heatShown) without forgetting it.

#include "app_state.hpp"
#include "myo/atlas/knowledge_base.hpp"

namespace myo::ui {

void updateHeatPatterns(AppState& state, const atlas::KnowledgeBase* kb);

}  // namespace myo::ui
