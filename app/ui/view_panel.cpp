#include "view_panel.hpp"

#include <imgui.h>

#include "heat_patterns.hpp"
#include "widgets.hpp"

namespace myo::ui {

void ViewPanel::draw(PanelContext& context) {
  AppState& state = context.state;
  const struct {
    const char* label;
    ViewPreset preset;
  } presets[] = {{"Front 1", ViewPreset::Anterior}, {"Back 2", ViewPreset::Posterior}, {"Left 3", ViewPreset::Left},
                 {"Right 4", ViewPreset::Right},    {"Top 5", ViewPreset::Superior}};
  for (std::size_t i = 0; i < std::size(presets); ++i) {
    if (i > 0) sameLineIfItFits(presets[i].label);
    if (ImGui::Button(presets[i].label)) context.commands.setView(presets[i].preset);
  }
  if (ImGui::Button("Frame (F)")) context.commands.frameSelection();
  sameLineIfItFits("Screenshot (F12)");
  if (ImGui::Button("Screenshot (F12)")) context.commands.takeScreenshot(state.settings.screenshotWithoutUi);
  recordLastItem(state, "screenshot_button");
  sameLineIfItFits("Help (F1)");
  if (ImGui::Button("Help (F1)")) state.helpVisible = !state.helpVisible;
  recordLastItem(state, "help_button");
  bool client = state.clientView.on;
  if (checkbox("Explain to the client (C)", &client)) {
    setClientView(state, client);
    context.commands.sceneChanged();
  }
  recordLastItem(state, "client_view");
  if (ImGui::IsItemHovered())
    ImGui::SetTooltip("The chosen pattern as a chart over the client's own drawing (blue outline), a large X at the "
                      "trigger point, and the muscle through a window in the skin");
  if (checkbox("Screenshots without the panels", &state.settings.screenshotWithoutUi))
    context.commands.settingsChanged();

  int theme = static_cast<int>(state.settings.theme);
  ImGui::TextUnformatted("Theme:");
  ImGui::SameLine();
  const bool themeChanged = radioRow({"Dark", "Light (T)"}, theme);
  if (themeChanged) {
    state.settings.theme = static_cast<Theme>(theme);
    context.commands.lookChanged();
  }
  // Applied when the slider is let go: rebuilding the fonts on every step of a drag would stutter.
  ImGui::SetNextItemWidth(-1);
  ImGui::SliderFloat("##scale", &uiScaleDraft_, kMinUiScale, kMaxUiScale, "UI scale %.2f (Ctrl + / -)");
  if (!ImGui::IsItemActive()) {
    if (ImGui::IsItemDeactivatedAfterEdit() && uiScaleDraft_ != state.settings.uiScale) {
      state.settings.uiScale = uiScaleDraft_;
      context.commands.lookChanged();
    } else {
      uiScaleDraft_ = state.settings.uiScale;
    }
  }
}

}  // namespace myo::ui
