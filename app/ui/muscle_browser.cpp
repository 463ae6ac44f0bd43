#include "muscle_browser.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <array>

#include "muscle_groups.hpp"
#include "myo/atlas/muscle_ranking.hpp"
#include "structure_names.hpp"
#include "text_fit.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

constexpr std::size_t kShownResults = 12;

bool isSelected(const AppState& state, const std::string& id) {
  for (const atlas::StructureRef& ref : state.view.display.selection)
    if (ref.id == id) return true;
  return false;
}

// Chosen from the list, a muscle is also brought into view: the list is where one goes to find a
// muscle one cannot see.
void chooseMuscle(PanelContext& context, const std::string& id) {
  context.commands.selectStructure({id, std::nullopt});  // both sides
  context.commands.frameSelection();
}

// One muscle as a line of the list.
void muscleRow(PanelContext& context, const atlas::Muscle& muscle) {
  if (wrappedSelectable(muscle.names.common, isSelected(context.state, muscle.id))) chooseMuscle(context, muscle.id);
  recordLastItem(context.state, "muscle_row_" + muscle.id);
  if (ImGui::IsItemHovered() && !muscle.names.latin.empty()) ImGui::SetTooltip("%s", muscle.names.latin.c_str());
}

}  // namespace

void MuscleBrowser::draw(PanelContext& context) {
  AppState& state = context.state;
  if (context.kb == nullptr || !context.atlas.index.isBody()) {
    hint("This model is not the atlas body: it has no muscles to find.");
    return;
  }
  if (state.quiz.hidesNames()) {
    hint("The list is hidden while a quiz question is open: it would show the answer.");
    return;
  }
  if (state.focusSearch) {
    ImGui::SetKeyboardFocusHere();
    state.focusSearch = false;
  }
  ImGui::SetNextItemWidth(-1);
  // The search takes Latin names and aliases too (the tooltip says so). The short hint is for a
  // column narrowed by a large UI scale and the list's scroll bar.
  constexpr const char* kSearchHint = "Search muscles (Ctrl+F)";
  constexpr const char* kShortSearchHint = "Search (Ctrl+F)";
  const float hintPadding = ImGui::GetStyle().FramePadding.x * 2.0f;
  const char* searchHint = ImGui::CalcTextSize(kSearchHint).x + hintPadding <= ImGui::GetContentRegionAvail().x
                               ? kSearchHint
                               : kShortSearchHint;
  const bool enter = ImGui::InputTextWithHint("##search", searchHint, &state.searchText,
                                              ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
  recordLastItem(state, "search_box");
  recordTextFit(state, "search_hint", ImGui::CalcTextSize(searchHint).x + hintPadding, ImGui::GetItemRectSize().x);
  if (ImGui::IsItemHovered() && state.searchText.empty()) ImGui::SetTooltip("By name, Latin name or alias; typos are forgiven.");
  state.searchFocused = ImGui::IsItemActive();
  if (state.searchText != rankedFor_) {
    rankedFor_ = state.searchText;
    state.searchResults.clear();
    for (const atlas::Muscle* muscle : atlas::rankMuscles(*context.kb, state.searchText, kShownResults))
      state.searchResults.push_back(muscle->id);
  }
  if (enter && !state.searchResults.empty()) chooseMuscle(context, state.searchResults.front());
  if (state.searchText.empty()) tree(context);
  else results(context);
}

void MuscleBrowser::results(PanelContext& context) {
  const AppState& state = context.state;
  if (state.searchResults.empty()) {
    hint("No muscle is called anything like \"" + state.searchText + "\".");
    return;
  }
  hint("Enter selects the first.");
  for (const std::string& id : state.searchResults)
    if (const atlas::Muscle* muscle = context.kb->findMuscle(id)) muscleRow(context, *muscle);
}

bool MuscleBrowser::groupHeader(AppState& state, std::string_view id, const std::string& label) {
  const std::string key(id);
  const bool open = openGroups_.contains(key);
  ImGui::PushID(key.c_str());
  // The arrow, then the name wrapped beside it: a long name at a large UI scale takes two lines
  // instead of being cut by the column's edge. Either toggles the group.
  ImGui::SetNextItemOpen(open, ImGuiCond_Always);
  bool toggled = ImGui::TreeNodeEx("##group", ImGuiTreeNodeFlags_NoTreePushOnOpen) != open;
  ImGui::SameLine();
  ImGui::TextWrapped("%s", label.c_str());
  toggled = toggled || ImGui::IsItemClicked();
  if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  recordLastItem(state, "muscle_group_" + key);
  ImGui::PopID();
  if (toggled) {
    if (open) openGroups_.erase(key);
    else openGroups_.insert(key);
  }
  return open != toggled;
}

void MuscleBrowser::tree(PanelContext& context) {
  constexpr std::array kLayers{atlas::Layer::Superficial, atlas::Layer::Intermediate, atlas::Layer::Deep};
  for (const MuscleGroup& group : muscleGroups()) {
    std::vector<const atlas::Muscle*> inGroup;
    for (const atlas::Muscle& muscle : context.kb->muscles())
      if (muscleGroupOf(muscle) == group.id) inGroup.push_back(&muscle);
    if (inGroup.empty()) continue;
    const std::string label = std::string(group.name) + " (" + std::to_string(inGroup.size()) + ")";
    if (!groupHeader(context.state, group.id, label)) continue;
    ImGui::TreePush(group.id.data());
    for (atlas::Layer layer : kLayers) {
      bool any = false;
      for (const atlas::Muscle* muscle : inGroup) any = any || muscle->layer == layer;
      if (!any) continue;
      ImGui::TextDisabled("%s", idInWords(std::string(atlas::layerName(layer))).c_str());
      ImGui::Indent();
      for (const atlas::Muscle* muscle : inGroup)
        if (muscle->layer == layer) muscleRow(context, *muscle);
      ImGui::Unindent();
    }
    ImGui::TreePop();
  }
}

}  // namespace myo::ui
