#pragma once
// What presenter mode draws over the full-screen body: the caption band (a quiz round, the tour's
// step, or the name of the selection) and the pointer highlight. The App hides the panels,
// covers the monitor (full_screen.hpp) and turns the keys into steps (presenter_keys.hpp).

#include <glm/vec2.hpp>

#include "app_state.hpp"
#include "caption_band.hpp"
#include "myo/atlas/knowledge_base.hpp"

namespace myo::ui {

// Presenting while a quiz round is in play or showing its summary: the caption is the quiz's, and
// the quiz takes the keys 1-4, Enter and N (presenter_keys.hpp).
bool presenterShowsQuiz(const AppState& state);

// The caption for what is shown now: a quiz round (presenter_quiz.hpp), else the current step of
// the tour, else the selected muscle and its chosen trigger point; an empty title when there is
// nothing to name.
Caption presenterCaption(const AppState& state, const atlas::KnowledgeBase* kb);

// The area presenter mode keeps for a quiz's or a tour's caption (captionArea); without either
// none, and the caption lies over the foot of the view.
ScreenRect presenterCaptionArea(const AppState& state, const atlas::KnowledgeBase* kb, const UiFonts& fonts,
                                const ScreenRect& screen);

// screen: the whole window, window coordinates; cursor: the mouse.
void drawPresenterOverlay(const AppState& state, const atlas::KnowledgeBase* kb, const UiFonts& fonts,
                          const ScreenRect& screen, glm::vec2 cursor);

}  // namespace myo::ui
