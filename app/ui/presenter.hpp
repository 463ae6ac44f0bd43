#pragma once
// What presenter mode draws over the full-screen body: the caption band (the tour's step, or the
// name of the selection without a tour) and the pointer highlight. The App hides the panels,
// covers the monitor (full_screen.hpp) and turns the keys into steps (presenter_keys.hpp).

#include <glm/vec2.hpp>

#include "app_state.hpp"
#include "caption_band.hpp"
#include "myo/atlas/knowledge_base.hpp"

namespace myo::ui {

// The caption for what is shown now: the current step of the tour, else the selected muscle and
// its chosen trigger point; an empty title when there is nothing to name.
Caption presenterCaption(const AppState& state, const atlas::KnowledgeBase* kb);

// The area presenter mode keeps for a tour's caption (captionArea); without a tour none, and the
// caption lies over the foot of the view.
ScreenRect presenterCaptionArea(const AppState& state, const UiFonts& fonts, const ScreenRect& screen);

// screen: the whole window, window coordinates; cursor: the mouse.
void drawPresenterOverlay(const AppState& state, const atlas::KnowledgeBase* kb, const UiFonts& fonts,
                          const ScreenRect& screen, glm::vec2 cursor);

}  // namespace myo::ui
