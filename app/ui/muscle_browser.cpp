#include "muscle_browser.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <array>

#include "myo/atlas/muscle_ranking.hpp"
#include "structure_names.hpp"
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
  if (ImGui::Selectable(muscle.names.common.c_str(), isSelected(context.state, muscle.id))) chooseMuscle(context, muscle.id);
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
  const bool enter = ImGui::InputTextWithHint("##search", "Search by name, Latin name or alias (Ctrl+F)", &state.searchText,
                                              ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_AutoSelectAll);
  recordLastItem(state, "search_box");
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

void MuscleBrowser::tree(PanelContext& context) {
  constexpr std::array kLayers{atlas::Layer::Superficial, atlas::Layer::Intermediate, atlas::Layer::Deep};
  for (const auto& [part, partName] : namesOf<atlas::BodyPart>()) {
    std::vector<const atlas::Muscle*> inPart;
    for (const atlas::Muscle& muscle : context.kb->muscles())
      if (muscle.region == part) inPart.push_back(&muscle);
    if (inPart.empty()) continue;
    const std::string label = idInWords(std::string(partName)) + " (" + std::to_string(inPart.size()) + ")";
    if (!ImGui::TreeNode(label.c_str())) continue;
    for (atlas::Layer layer : kLayers) {
      bool any = false;
      for (const atlas::Muscle* muscle : inPart) any = any || muscle->layer == layer;
      if (!any) continue;
      ImGui::TextDisabled("%s", idInWords(std::string(atlas::layerName(layer))).c_str());
      ImGui::Indent();
      for (const atlas::Muscle* muscle : inPart)
        if (muscle->layer == layer) muscleRow(context, *muscle);
      ImGui::Unindent();
    }
    ImGui::TreePop();
  }
}

}  // namespace myo::ui
