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

// "Explain to the client" on or off (state.clientView): an opaque skin with a window onto the
// selected muscle, the client's drawing outlined in blue, the pattern in chart red with a large X.
// Turning it off puts the layers back as they were.
void setClientView(AppState& state, bool on);

// Selects a muscle and chooses its trigger point (if not empty) so that it shows under the pain
// on the skin: the skin see-through and the muscle layers over it ghosts. Not peeled, not
// x-rayed: both would take the skin away, and with it the pain it is meant to be compared with.
// The pain drawing's candidates and the quiz's answers are shown so.
void showUnderThePain(AppState& state, const atlas::KnowledgeBase& kb, const atlas::StructureRef& muscle,
                      const std::string& triggerPoint);

}  // namespace myo::ui
