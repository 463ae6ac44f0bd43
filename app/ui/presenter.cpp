#include "presenter.hpp"

#include "pointer_highlight.hpp"
#include "presenter_quiz.hpp"
#include "state_dump.hpp"
#include "tour_playback.hpp"

namespace myo::ui {

namespace {

Caption stepCaption(const TourState& tour, std::size_t index) {
  const atlas::TourStep& step = tour.tour->steps[index];
  Caption caption;
  caption.title = step.title;
  caption.text = step.caption;
  caption.tourTitle = tour.tour->title;
  caption.counter = stepCounter(tour, index);
  return caption;
}

}  // namespace

bool presenterShowsQuiz(const AppState& state) { return state.presenter.presenting && state.quiz.round.has_value(); }

Caption presenterCaption(const AppState& state, const atlas::KnowledgeBase* kb) {
  if (presenterShowsQuiz(state) && kb != nullptr) return quizCaption(*state.quiz.round, *kb);
  Caption caption;
  if (currentStep(state.tour) != nullptr) caption = stepCaption(state.tour, state.tour.step);
  caption.typedStep = state.presenter.typedStep;
  // An open quiz question has its muscle selected: naming it would give the answer away.
  if (!caption.title.empty() || state.quiz.hidesNames()) return caption;
  caption.title = cardTitle(state, kb);
  if (state.chosenTriggerPoint && kb != nullptr)
    if (const atlas::TriggerPoint* point = kb->findTriggerPoint(*state.chosenTriggerPoint)) caption.text = point->name;
  return caption;
}

ScreenRect presenterCaptionArea(const AppState& state, const atlas::KnowledgeBase* kb, const UiFonts& fonts,
                                const ScreenRect& screen) {
  if (presenterShowsQuiz(state) && kb != nullptr) return captionArea({presenterCaption(state, kb)}, fonts, screen);
  if (currentStep(state.tour) == nullptr) return {screen.x, screen.y + screen.height, screen.width, 0.0f};
  std::vector<Caption> captions;
  for (std::size_t i = 0; i < state.tour.tour->steps.size(); ++i) captions.push_back(stepCaption(state.tour, i));
  return captionArea(captions, fonts, screen);
}

void drawPresenterOverlay(const AppState& state, const atlas::KnowledgeBase* kb, const UiFonts& fonts,
                          const ScreenRect& screen, glm::vec2 cursor) {
  const Caption caption = presenterCaption(state, kb);
  if (!caption.title.empty() || !caption.typedStep.empty())
    drawCaption(caption, fonts, state.settings.theme, screen, presenterCaptionArea(state, kb, fonts, screen));
  if (state.presenter.pointer) drawPointerHighlight(cursor, screen.height, state.settings.theme);
}

}  // namespace myo::ui
