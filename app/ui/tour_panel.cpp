#include "tour_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include "tour_playback.hpp"
#include "user_path.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

constexpr float kFewestSecondsPerStep = 3.0f;
constexpr float kMostSecondsPerStep = 60.0f;

void report(TourState& tour, std::string message, bool isError) {
  tour.message = std::move(message);
  tour.messageIsError = isError;
}

void drawMessage(const TourState& tour) {
  if (tour.message.empty()) return;
  if (tour.messageIsError) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.45f, 0.35f, 1.0f));
  ImGui::TextWrapped("%s", tour.message.c_str());
  if (tour.messageIsError) ImGui::PopStyleColor();
}

std::string stepsWord(std::size_t count) { return std::to_string(count) + (count == 1 ? " step" : " steps"); }

}  // namespace

void TourPanel::draw(PanelContext& context) {
  if (context.kb == nullptr) {
    hint("Tours need the muscle cards, which did not load.");
    return;
  }
  drawFile(context);
  if (context.state.tour.tour) {
    drawSteps(context);
    drawPlayback(context);
  } else {
    hint("Open a tour, or record one: set up the view, then add it as a step below.");
  }
  drawRecorder(context);
}

void TourPanel::drawFile(PanelContext& context) {
  AppState& state = context.state;
  TourState& tour = state.tour;
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##tour_file", "Tour file, e.g. assets/tours/head-and-neck.json", &tour.file);
  recordLastItem(state, "tour_file");
  tour.fileFocused = ImGui::IsItemActive();
  ImGui::BeginDisabled(tour.file.empty());
  if (ImGui::Button(confirmDiscard_ ? "Open, discarding the changes" : "Open tour")) open(context);
  recordLastItem(state, "tour_open");
  sameLineIfItFits("Save tour");
  ImGui::BeginDisabled(!tour.tour || tour.tour->steps.empty());
  if (ImGui::Button("Save tour")) save(context);
  recordLastItem(state, "tour_save");
  ImGui::EndDisabled();
  ImGui::EndDisabled();
  drawMessage(tour);
}

void TourPanel::drawSteps(PanelContext& context) {
  AppState& state = context.state;
  TourState& tour = state.tour;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputTextWithHint("##tour_title", "Title of the tour", &tour.tour->title)) tour.edited = true;
  recordLastItem(state, "tour_title");
  subheading(("Steps" + std::string(tour.edited ? " (not saved)" : "")).c_str());
  const std::vector<atlas::TourStep>& steps = tour.tour->steps;
  for (std::size_t i = 0; i < steps.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string label = std::to_string(i + 1) + ". " + steps[i].title;
    if (ImGui::Selectable(label.c_str(), i == tour.step)) context.commands.showTourStep(i);
    recordLastItem(state, "tour_step_" + std::to_string(i));
    if (ImGui::IsItemHovered() && !steps[i].caption.empty()) {
      ImGui::BeginTooltip();
      ImGui::PushTextWrapPos(ImGui::GetFontSize() * 28.0f);
      ImGui::TextUnformatted(steps[i].caption.c_str());
      ImGui::PopTextWrapPos();
      ImGui::EndTooltip();
    }
    ImGui::PopID();
  }
}

void TourPanel::drawPlayback(PanelContext& context) {
  AppState& state = context.state;
  TourState& tour = state.tour;
  const std::size_t count = tour.tour->steps.size();
  ImGui::BeginDisabled(count == 0 || tour.step == 0);
  if (ImGui::Button("< Previous")) context.commands.showTourStep(tour.step - 1);
  ImGui::EndDisabled();
  recordLastItem(state, "tour_previous");
  ImGui::SameLine();
  ImGui::BeginDisabled(tour.step + 1 >= count);
  if (ImGui::Button("Next >")) context.commands.showTourStep(tour.step + 1);
  ImGui::EndDisabled();
  recordLastItem(state, "tour_next");
  sameLineIfItFits("Pause");
  if (ImGui::Button(tour.playing ? "Pause" : "Play")) tour.playing = !tour.playing;
  recordLastItem(state, "tour_play");
  ImGui::SetNextItemWidth(-1);
  ImGui::SliderFloat("##seconds_per_step", &tour.secondsPerStep, kFewestSecondsPerStep, kMostSecondsPerStep,
                     "Play: a step every %.0f s");
  if (ImGui::Button("Present from this step (F5)")) context.commands.setPresenting(true);
  recordLastItem(state, "tour_present");
}

void TourPanel::drawRecorder(PanelContext& context) {
  AppState& state = context.state;
  TourState& tour = state.tour;
  subheading("Record");
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##new_step_title", "Title of the new step", &tour.newStepTitle);
  recordLastItem(state, "tour_new_step_title");
  multilineField("##new_step_caption", tour.newStepCaption, 3.5f, "What to say about it");
  recordLastItem(state, "tour_new_step_caption");
  if (ImGui::Button("Add this view as a step")) addCurrentView(context);
  recordLastItem(state, "tour_add_step");
  if (currentStep(tour) == nullptr) return;
  const std::size_t count = tour.tour->steps.size();
  ImGui::BeginDisabled(tour.step == 0);
  if (ImGui::Button("Move up")) moveCurrentStep(tour, -1);
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(tour.step + 1 >= count);
  if (ImGui::Button("Move down")) moveCurrentStep(tour, +1);
  ImGui::EndDisabled();
  sameLineIfItFits("Delete step");
  if (ImGui::Button("Delete step")) {
    removeCurrentStep(tour);
    if (currentStep(tour) != nullptr) context.commands.showTourStep(tour.step);
  }
  recordLastItem(state, "tour_delete_step");
}

void TourPanel::open(PanelContext& context) {
  TourState& tour = context.state.tour;
  // Unsaved steps are not thrown away by one click.
  if (tour.edited && !confirmDiscard_) {
    confirmDiscard_ = true;
    report(tour, "This tour has steps that are not saved. Save it, or press Open again to discard them.", true);
    return;
  }
  confirmDiscard_ = false;
  Result<atlas::Tour> opened = atlas::openTour(expandHome(tour.file), *context.kb);
  if (!opened) {
    report(tour, opened.error().message, true);
    return;
  }
  tour.tour = std::move(*opened);
  tour.step = 0;
  tour.edited = false;
  tour.playing = false;
  report(tour, "Opened \"" + tour.tour->title + "\": " + stepsWord(tour.tour->steps.size()) + ".", false);
  context.commands.showTourStep(0);
}

void TourPanel::save(PanelContext& context) {
  TourState& tour = context.state.tour;
  const std::filesystem::path file = expandHome(tour.file);
  if (Status saved = atlas::saveTour(*tour.tour, file); !saved) {
    report(tour, saved.error().message, true);
    return;
  }
  tour.edited = false;
  confirmDiscard_ = false;
  report(tour, "Saved " + stepsWord(tour.tour->steps.size()) + " to " + file.string() + ".", false);
}

void TourPanel::addCurrentView(PanelContext& context) {
  TourState& tour = context.state.tour;
  const std::size_t number = (tour.tour ? tour.tour->steps.size() : 0) + 1;
  std::string title = tour.newStepTitle.empty() ? "Step " + std::to_string(number) : tour.newStepTitle;
  addStepAfterCurrent(tour, atlas::stepFromView(context.state.view, context.commands.camera(), std::move(title),
                                                tour.newStepCaption));
  tour.newStepTitle.clear();
  tour.newStepCaption.clear();
  tour.cameraOnStep = false;  // the camera is where the user put it, which the step now records
  report(tour, "Added step " + std::to_string(tour.step + 1) + ". Save the tour to keep it.", false);
}

}  // namespace myo::ui
