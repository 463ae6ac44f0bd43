#include "about_window.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "myo/atlas/practice_notes.hpp"
#include "widgets.hpp"

namespace myo::ui {

void drawAboutTriggerPoints(AppState& state) {
  if (!state.aboutTriggerPointsVisible) return;
  // Wide enough for comfortable lines, never wider or taller than the window; it scrolls.
  const ImVec2 window = ImGui::GetIO().DisplaySize;
  const float em = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(window.x * 0.5f, window.y * 0.5f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(std::min(window.x * 0.9f, 42.0f * em), window.y * 0.85f), ImGuiCond_Always);
  ImGui::SetNextWindowBgAlpha(0.97f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
  if (!ImGui::Begin("About trigger points", &state.aboutTriggerPointsVisible, flags)) {
    ImGui::End();
    return;
  }
  std::string shown;
  for (const atlas::BackgroundSection& section : atlas::aboutTriggerPoints()) {
    const std::string title(section.title);
    subheading(title.c_str());
    shown += title + "\n";
    for (std::string_view paragraph : section.paragraphs) {
      ImGui::TextWrapped("%.*s", static_cast<int>(paragraph.size()), paragraph.data());
      shown.append(paragraph).append("\n");
    }
    ImGui::Spacing();
  }
  hint("docs/trigger-points.md says the same at more length, with its sources.");
  if (ImGui::Button("Close")) state.aboutTriggerPointsVisible = false;
  const ImVec2 min = ImGui::GetWindowPos();
  const ImVec2 size = ImGui::GetWindowSize();
  state.widgets["about_trigger_points_window"] = {min.x, min.y, size.x, size.y};
  state.shownTexts["about_trigger_points"] = shown;
  ImGui::End();
}

}  // namespace myo::ui
