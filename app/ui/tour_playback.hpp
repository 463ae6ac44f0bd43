#pragma once
// Playing and editing a tour in the window, as plain changes to AppState: showing a staged step
// (its layers, selection, patterns, regions and markers become what the window shows, in the
// forms the panels edit), and adding, removing and moving steps. No GL, no ImGui: unit-tested.
// The App stages the step (atlas::stageStep, which needs the view's shape) and moves the camera.

#include <cstddef>
#include <string>

#include "app_state.hpp"
#include "myo/atlas/tour.hpp"

namespace myo::ui {

// The step under the cursor of the tour, or null without a tour or steps.
const atlas::TourStep* currentStep(const TourState& tour);

// Makes the window show a staged step. The patterns become pinned patterns (the heat-map panel
// lists them and can take them off); the step's own choice of layers is kept, and when it left
// them to the default the skin that carries its heat goes with the heat (presenter mode's H).
// Call updateHeatPatterns after it.
void showStagedStep(AppState& state, const atlas::TourStep& step, const atlas::StagedStep& staged);

// "Add this view as a step": after the current step, which it becomes. Starts a tour when there
// is none.
void addStepAfterCurrent(TourState& tour, atlas::TourStep step);
void removeCurrentStep(TourState& tour);
// Moves the current step `delta` places (-1 earlier, +1 later); it stays the current one.
void moveCurrentStep(TourState& tour, int delta);

// "3 / 7" for step index 2 of 7, or "" when there is no such step.
std::string stepCounter(const TourState& tour, std::size_t index);

}  // namespace myo::ui
