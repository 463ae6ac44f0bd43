#include "panel_columns.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "text_fit.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

constexpr ImGuiWindowFlags kColumnFlags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                          ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoBringToFrontOnFocus;

std::vector<std::string> sectionsOf(const PanelList& panels) {
  std::vector<std::string> sections;
  for (const auto& panel : panels)
    if (panel->column() == PanelColumn::Left && std::find(sections.begin(), sections.end(), panel->section()) == sections.end())
      sections.emplace_back(panel->section());
  return sections;
}

// The section's button, lit while it is shown.
bool sectionButton(const std::string& section, bool shown) {
  if (shown) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  const bool clicked = ImGui::Button(section.c_str());
  if (shown) ImGui::PopStyleColor();
  return clicked;
}

}  // namespace

void PanelColumns::sectionButtons(const PanelList& panels, AppState& state) {
  LeftColumnState& column = state.leftColumn;
  column.sections = sectionsOf(panels);
  if (column.sections.empty()) return;
  // A panel that asks to be shown (Ctrl+F for the search box, B for the brush) brings its section.
  wanted_.resize(panels.size(), false);
  for (std::size_t i = 0; i < panels.size(); ++i) {
    const bool wants = panels[i]->column() == PanelColumn::Left && panels[i]->wantsShowing(state);
    if (wants && !wanted_[i]) column.shown = panels[i]->section();
    wanted_[i] = wants;
  }
  if (std::find(column.sections.begin(), column.sections.end(), column.shown) == column.sections.end())
    column.shown = column.sections.front();
  for (std::size_t i = 0; i < column.sections.size(); ++i) {
    const std::string& section = column.sections[i];
    if (i > 0) sameLineIfItFits(section.c_str());
    if (sectionButton(section, section == column.shown)) column.shown = section;
    recordLastItem(state, "left_section_" + section);
    // The names scripts have always used to open a panel ("section_Tour") lead to its section.
    for (const auto& panel : panels)
      if (panel->column() == PanelColumn::Left && section == panel->section())
        recordLastItem(state, std::string("section_") + panel->title());
  }
  ImGui::Separator();
}

float PanelColumns::draw(PanelColumn which, const char* name, const ScreenRect& area, float minWidth, float maxWidth,
                         const PanelList& panels, PanelContext& context) {
  AppState& state = context.state;
  ImGui::SetNextWindowPos(ImVec2(area.x, area.y), ImGuiCond_Always);
  ImGui::SetNextWindowSize(ImVec2(area.width, area.height), ImGuiCond_Always);
  ImGui::SetNextWindowSizeConstraints(ImVec2(std::min(minWidth, area.width), area.height), ImVec2(maxWidth, area.height));
  ImGui::Begin(name, nullptr, kColumnFlags);
  if (which == PanelColumn::Right) {
    for (const auto& panel : panels)
      if (panel->column() == which) panel->draw(context);
  } else {
    hint("MyoAtlas  \u00b7  " + state.modelLabel);
    sectionButtons(panels, state);
    std::size_t inSection = 0;
    for (const auto& panel : panels)
      if (panel->column() == which && state.leftColumn.shown == panel->section()) ++inSection;
    // The section scrolls under its buttons, which stay in view.
    ImGui::BeginChild(("##section_" + state.leftColumn.shown).c_str(), ImVec2(0.0f, 0.0f), false);
    state.leftColumn.drawing = state.leftColumn.shown;
    for (const auto& panel : panels) {
      if (panel->column() != which || state.leftColumn.shown != panel->section()) continue;
      // A section of several panels names each; a panel alone is named by its button.
      if (inSection > 1) subheading(panel->title());
      ImGui::PushID(panel->title());
      const float widest = beginPartFit();
      panel->draw(context);
      endPartFit(state, std::string("panel ") + panel->title(), widest);
      ImGui::PopID();
      ImGui::Spacing();
    }
    state.leftColumn.drawing.clear();
    ImGui::EndChild();
    recordLastItem(state, "left_column_body");  // where the wheel scrolls the section
  }
  measureWindowFit(state, name);
  const float drawnWidth = ImGui::GetWindowWidth();
  ImGui::End();
  return drawnWidth;
}

}  // namespace myo::ui
