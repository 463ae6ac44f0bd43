#include "widgets.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace myo::ui {

void recordLastItem(AppState& state, const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  state.widgets[name] = {min.x, min.y, max.x - min.x, max.y - min.y};
}

void labelledText(const char* label, const std::string& value) {
  if (value.empty()) return;
  ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_PlotLines), "%s", label);
  ImGui::Indent();
  ImGui::TextWrapped("%s", value.c_str());
  ImGui::Unindent();
}

void bulletList(const std::vector<std::string>& items) {
  for (const std::string& item : items) {
    ImGui::Bullet();
    ImGui::TextWrapped("%s", item.c_str());
  }
}

void numberedSteps(const std::vector<std::string>& steps) {
  for (std::size_t i = 0; i < steps.size(); ++i) {
    ImGui::Text("%zu.", i + 1);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", steps[i].c_str());
  }
}

void subheading(const char* text) {
  ImGui::Spacing();
  ImGui::TextColored(ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive), "%s", text);
}

bool textLink(const std::string& label, const void* id) {
  ImGui::PushID(id);
  const ImVec4 linkColour = ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive);
  ImGui::PushStyleColor(ImGuiCol_Text, linkColour);
  ImGui::TextUnformatted(label.c_str());
  ImGui::PopStyleColor();
  const bool hovered = ImGui::IsItemHovered();
  if (hovered) {
    const ImVec2 min = ImGui::GetItemRectMin();
    const ImVec2 max = ImGui::GetItemRectMax();
    ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max, ImGui::GetColorU32(linkColour));
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  const bool clicked = hovered && ImGui::IsMouseClicked(ImGuiMouseButton_Left);
  ImGui::PopID();
  return clicked;
}

void sameLineIfItFits(const char* nextLabel, float besidesText) {
  const float width = ImGui::CalcTextSize(nextLabel).x + ImGui::GetStyle().FramePadding.x * 2.0f + besidesText;
  ImGui::SameLine();
  if (ImGui::GetCursorPosX() + width > ImGui::GetWindowContentRegionMax().x) ImGui::NewLine();
}

bool radioRow(std::initializer_list<const char*> labels, int& value) {
  bool changed = false;
  int index = 0;
  for (const char* label : labels) {
    if (index > 0) sameLineIfItFits(label, ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    changed |= ImGui::RadioButton(label, &value, index++);
  }
  return changed;
}

bool multilineField(const char* id, std::string& text, float lines, const char* placeholder) {
  const bool changed = ImGui::InputTextMultiline(id, &text, ImVec2(-1, ImGui::GetTextLineHeight() * lines));
  if (text.empty() && !ImGui::IsItemActive()) {
    const ImVec2 at = ImGui::GetItemRectMin();
    const ImVec2 padding = ImGui::GetStyle().FramePadding;
    ImGui::GetWindowDrawList()->AddText(ImVec2(at.x + padding.x, at.y + padding.y), ImGui::GetColorU32(ImGuiCol_TextDisabled),
                                        placeholder);
  }
  return changed;
}

void hint(const std::string& text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
  ImGui::TextWrapped("%s", text.c_str());
  ImGui::PopStyleColor();
}

}  // namespace myo::ui
