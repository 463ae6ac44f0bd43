#include "tour_playback.hpp"

#include <algorithm>

namespace myo::ui {

namespace {

constexpr const char* kNewTourTitle = "New tour";

}  // namespace

const atlas::TourStep* currentStep(const TourState& tour) {
  if (!tour.tour || tour.step >= tour.tour->steps.size()) return nullptr;
  return &tour.tour->steps[tour.step];
}

void showStagedStep(AppState& state, const atlas::TourStep& step, const atlas::StagedStep& staged) {
  state.view.display = staged.view.display;
  state.pinnedPatterns.clear();
  for (const atlas::TriggerPointOnSide& pattern : staged.view.patterns)
    state.pinnedPatterns.push_back({pattern.point->id, pattern.side});
  // The step says what is painted: nothing of the selection's own patterns on top.
  state.chosenTriggerPoint.reset();
  state.showSelectionPattern = false;
  state.tour.stepRegions = staged.view.regions;
  state.tour.stepShowsMarkers = staged.view.markers;
  state.labels.step = staged.labels;
  const bool painted = !staged.view.patterns.empty() || !staged.view.regions.empty();
  state.skinShownForHeat = !step.layers && painted && state.view.display.layers[static_cast<int>(atlas::Layer::Skin)].visible;
  state.presenter.heatShown = true;
  state.presenter.typedStep.clear();
  state.lastPreset.reset();
  state.tour.cameraOnStep = true;
}

void addStepAfterCurrent(TourState& tour, atlas::TourStep step) {
  if (!tour.tour) {
    tour.tour = atlas::Tour{};
    tour.tour->title = kNewTourTitle;
  }
  std::vector<atlas::TourStep>& steps = tour.tour->steps;
  const std::size_t at = steps.empty() ? 0 : std::min(tour.step + 1, steps.size());
  steps.insert(steps.begin() + static_cast<std::ptrdiff_t>(at), std::move(step));
  tour.step = at;
  tour.edited = true;
}

void removeCurrentStep(TourState& tour) {
  if (currentStep(tour) == nullptr) return;
  std::vector<atlas::TourStep>& steps = tour.tour->steps;
  steps.erase(steps.begin() + static_cast<std::ptrdiff_t>(tour.step));
  if (tour.step >= steps.size() && tour.step > 0) --tour.step;
  tour.edited = true;
}

void moveCurrentStep(TourState& tour, int delta) {
  if (currentStep(tour) == nullptr) return;
  std::vector<atlas::TourStep>& steps = tour.tour->steps;
  const long to = static_cast<long>(tour.step) + delta;
  if (to < 0 || to >= static_cast<long>(steps.size())) return;
  std::swap(steps[tour.step], steps[static_cast<std::size_t>(to)]);
  tour.step = static_cast<std::size_t>(to);
  tour.edited = true;
}

std::string stepCounter(const TourState& tour, std::size_t index) {
  if (!tour.tour || index >= tour.tour->steps.size()) return "";
  return std::to_string(index + 1) + " / " + std::to_string(tour.tour->steps.size());
}

}  // namespace myo::ui
