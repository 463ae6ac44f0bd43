// The App's tours and presenter mode: showing a tour step, playing a tour, going full screen and
// the presenter's keys. The rest of the frame loop is in app.cpp.
#include <GLFW/glfw3.h>

#include <algorithm>

#include "app.hpp"
#include "layers_panel.hpp"
#include "presenter.hpp"
#include "presenter_keys.hpp"
#include "tour_playback.hpp"

namespace myo::ui {

void App::showTourStep(std::size_t index) { goToTourStep(index, true); }

void App::goToTourStep(std::size_t index, bool smoothly) {
  TourState& tour = state_.tour;
  if (!tour.tour || index >= tour.tour->steps.size() || kb_ == nullptr) return;
  const atlas::TourStep& step = tour.tour->steps[index];
  Result<atlas::StagedStep> staged = atlas::stageStep(step, *kb_, atlas_, viewport_.aspect());
  if (!staged) {
    tour.message = "Step " + std::to_string(index + 1) + " \"" + step.title + "\" cannot be shown: " + staged.error().message;
    tour.messageIsError = true;
    notify(tour.message, 10.0);
    return;
  }
  tour.step = index;
  showStagedStep(state_, step, *staged);
  if (smoothly) camera_.moveTo(staged->camera, glfwGetTime());
  else camera_.jumpTo(staged->camera);
  nextAdvance_ = -1.0;  // a step chosen by hand gets its full time while playing
  sceneChanged();
}

void App::refitStepCamera() {
  const atlas::TourStep* step = currentStep(state_.tour);
  if (step == nullptr || kb_ == nullptr) return;
  if (Result<atlas::StagedStep> staged = atlas::stageStep(*step, *kb_, atlas_, viewport_.aspect())) camera_.jumpTo(staged->camera);
}

void App::advanceTourIfDue(double now) {
  TourState& tour = state_.tour;
  if (!tour.playing || currentStep(tour) == nullptr) {
    tour.playing = false;
    nextAdvance_ = -1.0;
    return;
  }
  if (nextAdvance_ < 0.0) {
    nextAdvance_ = now + tour.secondsPerStep;
  } else if (now >= nextAdvance_) {
    if (tour.step + 1 < tour.tour->steps.size()) showTourStep(tour.step + 1);
    else tour.playing = false;  // the end: stay on the last step
    nextAdvance_ = tour.playing ? now + tour.secondsPerStep : -1.0;
  }
}

void App::setPresenting(bool presenting) {
  PresenterState& presenter = state_.presenter;
  if (presenting == presenter.presenting) return;
  presenter.presenting = presenting;
  presenter.typedStep.clear();
  if (presenting) {
    if (!fullScreen_.enter(window_)) notify("The window cannot cover the screen here: presenting in the window.");
    // Captions sized for the screen the class sees.
    const float height = float(FullScreen::monitorHeight(window_));
    if (height != captionScreenHeight_) {
      captionScreenHeight_ = height;
      lookDirty_ = true;
    }
    // A quiz round keeps the body as its question staged it; a tour waits.
    if (currentStep(state_.tour) != nullptr && !presenterShowsQuiz(state_)) showTourStep(state_.tour.step);
  } else {
    fullScreen_.leave(window_);
    presenter.heatShown = true;
    presenter.pointer = false;
    sceneChanged();
  }
  // Now, not next frame: the panels drawn in this one must not take the presenter's layout
  // (no side columns) for widths the user dragged them to.
  updateLayout();
  viewport_.redraw();
  uiFrames_ = std::max(uiFrames_, 3);
}

bool App::handlePresenterKey(const KeyPress& press) {
  PresenterState& presenter = state_.presenter;
  if (state_.quiz.round && !state_.quiz.round->finished() && quizTakesPresenterKey(press.key, press.mods)) {
    // The quiz card answers 1-4 and moves on with Enter or N; the other digits do nothing, neither
    // a tour's step nor a view, so a slip of the finger never spoils the question.
    panelTookKey(press.key, press.mods);
    presenter.typedStep.clear();
    return true;
  }
  const PresenterCommand command = presenterCommandFor(press.key, press.mods, presenter.typedStep);
  // A tour waits while the caption is the quiz's: stepping it would restage the body under the question.
  const bool tourShown = currentStep(state_.tour) != nullptr && !presenterShowsQuiz(state_);
  const std::size_t steps = tourShown ? state_.tour.tour->steps.size() : 0;
  const std::size_t at = state_.tour.step;
  uiFrames_ = std::max(uiFrames_, 2);
  switch (command.action) {
    case PresenterAction::None: return false;
    case PresenterAction::Handled:
      // Without a tour the digits are the views again.
      if (steps == 0) presenter.typedStep.clear();
      return steps > 0;
    case PresenterAction::Next:
      if (at + 1 < steps) showTourStep(at + 1);
      return true;
    case PresenterAction::Previous:
      if (at > 0 && steps > 0) showTourStep(at - 1);
      return true;
    case PresenterAction::First:
      if (steps > 0) showTourStep(0);
      return true;
    case PresenterAction::Last:
      if (steps > 0) showTourStep(steps - 1);
      return true;
    case PresenterAction::GoToStep:
      if (command.step < steps) showTourStep(command.step);
      else if (steps > 0) notify("This tour has " + std::to_string(steps) + " steps.");
      return true;
    case PresenterAction::ToggleHeat:
      presenter.heatShown = !presenter.heatShown;
      sceneChanged();
      return true;
    case PresenterAction::CycleLayers: {
      // One layer deeper each press, and from the bone back to everything.
      atlas::DisplayState& display = state_.view.display;
      display.peel = peelStep(display, 1, true);
      sceneChanged();
      return true;
    }
    case PresenterAction::TogglePointer: presenter.pointer = !presenter.pointer; return true;
    case PresenterAction::Leave: setPresenting(false); return true;
  }
  return false;
}

}  // namespace myo::ui
