#include "presenter.hpp"

#include "pointer_highlight.hpp"
#include "state_dump.hpp"
#include "tour_playback.hpp"

namespace myo::ui {

Caption presenterCaption(const AppState& state, const atlas::KnowledgeBase* kb) {
  Caption caption;
  caption.typedStep = state.presenter.typedStep;
  if (const atlas::TourStep* step = currentStep(state.tour)) {
    caption.title = step->title;
    caption.text = step->caption;
    caption.tourTitle = state.tour.tour->title;
    caption.counter = stepCounter(state.tour);
    return caption;
  }
  caption.title = cardTitle(state, kb);
  if (state.chosenTriggerPoint && kb != nullptr)
    if (const atlas::TriggerPoint* point = kb->findTriggerPoint(*state.chosenTriggerPoint)) caption.text = point->name;
  return caption;
}

float presenterBandReserve(const AppState& state, float screenHeight) {
  return currentStep(state.tour) != nullptr ? captionBandReserve(screenHeight) : 0.0f;
}

void drawPresenterOverlay(const AppState& state, const atlas::KnowledgeBase* kb, const UiFonts& fonts,
                          const ScreenRect& screen, glm::vec2 cursor) {
  const Caption caption = presenterCaption(state, kb);
  if (!caption.title.empty() || !caption.typedStep.empty())
    drawCaptionBand(caption, fonts, state.settings.theme, screen, presenterBandReserve(state, screen.height));
  if (state.presenter.pointer) drawPointerHighlight(cursor, screen.height, state.settings.theme);
}

}  // namespace myo::ui
