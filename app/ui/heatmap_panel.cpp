#include "heatmap_panel.hpp"

#include <imgui.h>

#include "heat_legend.hpp"
#include "structure_names.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

constexpr const char* kColormapLabels[] = {"Clinical red", "Heat", "Viridis (colour-blind safe)",
                                           "Cividis (colour-blind safe)"};

std::string patternName(const PinnedPattern& pin, const atlas::KnowledgeBase* kb) {
  std::string name = pin.triggerPoint;
  if (kb != nullptr) {
    if (const atlas::TriggerPoint* tp = kb->findTriggerPoint(pin.triggerPoint)) {
      const atlas::Muscle* muscle = kb->muscleOf(*tp);
      name = (muscle != nullptr ? muscle->names.common + ": " : std::string()) + tp->name;
    } else if (const atlas::Muscle* muscle = kb->findMuscle(pin.triggerPoint)) {
      name = muscle->names.common + ": all trigger points";
    }
  }
  return pin.side ? name + " (" + std::string(atlas::toString(*pin.side)) + ")" : name;
}

}  // namespace

void HeatmapPanel::draw(PanelContext& context) {
  AppState& state = context.state;
  if (!context.atlas.skin) {
    hint("This model has no skin to paint referred pain on.");
    return;
  }
  bool changed = false;
  const auto& selection = state.view.display.selection;
  const atlas::Muscle* selected =
      context.kb != nullptr && !selection.empty() ? context.kb->findMuscle(selection.front().id) : nullptr;
  if (state.quiz.hidesNames()) {
    // The muscle's own pattern would say which muscle it is.
    hint(state.quiz.pattern ? "A quiz question is open: the pattern shown is the question."
                            : "A quiz question is open: its muscle's pain is shown after the answer.");
  } else if (selected != nullptr) {
    changed |= checkbox(("Show the pain of " + selected->names.common).c_str(), &state.showSelectionPattern);
    recordLastItem(state, "show_selection_pattern");
    if (ImGui::Button("Keep it on the map")) {
      state.pinnedPatterns.push_back({state.chosenTriggerPoint.value_or(selected->id), selection.front().side});
      changed = true;
    }
    ImGui::SameLine();
    hint("to combine patterns");
  } else {
    hint("Select a muscle to show where its trigger points send pain.");
  }
  if (!state.pinnedPatterns.empty()) {
    subheading("Kept on the map");
    for (std::size_t i = 0; i < state.pinnedPatterns.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      if (ImGui::SmallButton("x")) {
        state.pinnedPatterns.erase(state.pinnedPatterns.begin() + static_cast<std::ptrdiff_t>(i));
        changed = true;
        ImGui::PopID();
        break;
      }
      ImGui::SameLine();
      ImGui::TextWrapped("%s", patternName(state.pinnedPatterns[i], context.kb).c_str());
      ImGui::PopID();
    }
    if (ImGui::Button("Clear the map")) {
      state.pinnedPatterns.clear();
      state.showSelectionPattern = false;
      state.chosenTriggerPoint.reset();
      changed = true;
    }
  }
  if (checkbox("Trigger-point markers", &state.settings.showMarkers)) {
    changed = true;
    context.commands.settingsChanged();
  }
  int map = static_cast<int>(state.settings.colormap);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::Combo("##colormap", &map, kColormapLabels, 4)) {
    state.settings.colormap = static_cast<Colormap>(map);
    changed = true;
    context.commands.settingsChanged();
  }
  drawHeatLegend(state.settings.colormap);
  if (changed) context.commands.sceneChanged();
}

}  // namespace myo::ui
