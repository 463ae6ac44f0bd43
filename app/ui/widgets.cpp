#include "widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>
#include <imgui_stdlib.h>

#include <cstring>

namespace myo::ui {

void recordLastItem(AppState& state, const std::string& name) {
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  state.widgets[name] = {min.x, min.y, max.x - min.x, max.y - min.y};
  if (!state.leftColumn.drawing.empty()) state.leftColumn.widgetSections[name] = state.leftColumn.drawing;
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
  // Decided before moving: a SameLine taken back by NewLine would leave the line as wide as where
  // the widget would have started, past the column's edge.
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  const float right = window->DC.CursorPosPrevLine.x + ImGui::GetStyle().ItemSpacing.x + width;  // where SameLine would end it
  if (right <= window->WorkRect.Max.x) ImGui::SameLine();
}

namespace {

// The label beside a box already drawn, wrapped in the room left; true when it was clicked.
bool wrappedLabelBeside(const char* label) {
  const char* end = std::strstr(label, "##");
  ImGui::SameLine(0.0f, ImGui::GetStyle().ItemInnerSpacing.x);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(label, end);
  ImGui::PopTextWrapPos();
  return ImGui::IsItemClicked();
}

bool labelFits(const char* label) {
  const float box = ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x;
  return box + ImGui::CalcTextSize(label, nullptr, true).x <= ImGui::GetContentRegionAvail().x;
}

}  // namespace

bool checkbox(const char* label, bool* value) {
  if (labelFits(label)) return ImGui::Checkbox(label, value);
  ImGui::PushID(label);
  bool changed = ImGui::Checkbox("##box", value);
  if (wrappedLabelBeside(label)) {
    *value = !*value;
    changed = true;
  }
  ImGui::PopID();
  return changed;
}

bool radioButton(const char* label, int* value, int button) {
  if (labelFits(label)) return ImGui::RadioButton(label, value, button);
  ImGui::PushID(label);
  bool changed = ImGui::RadioButton("##radio", value, button);
  if (wrappedLabelBeside(label) && *value != button) {
    *value = button;
    changed = true;
  }
  ImGui::PopID();
  return changed;
}

bool wrappedSelectable(const std::string& label, bool selected) {
  const float room = ImGui::GetContentRegionAvail().x;
  if (ImGui::CalcTextSize(label.c_str()).x <= room) return ImGui::Selectable(label.c_str(), selected);
  // The line as high as the wrapped text, the text drawn over it.
  const ImVec2 size = ImGui::CalcTextSize(label.c_str(), nullptr, false, room);
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const bool clicked = ImGui::Selectable(("##" + label).c_str(), selected, 0, ImVec2(room, size.y));
  ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, ImGui::GetColorU32(ImGuiCol_Text),
                                      label.c_str(), nullptr, room);
  return clicked;
}

bool radioRow(std::initializer_list<const char*> labels, int& value) {
  bool changed = false;
  int index = 0;
  for (const char* label : labels) {
    if (index > 0) sameLineIfItFits(label, ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    changed |= radioButton(label, &value, index++);
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
