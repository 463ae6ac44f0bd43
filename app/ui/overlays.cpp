#include "overlays.hpp"

#include <imgui.h>

#include <vector>

#include "key_bindings.hpp"
#include "presenter_keys.hpp"
#include "structure_names.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

struct Shortcut {
  const char* keys;
  const char* what;
};

// The mouse's gestures (PointerGesture); the keys come from windowKeyBindings().
constexpr Shortcut kPointerGestures[] = {
    {"Drag", "turn the body"},
    {"Right-drag, Shift-drag", "move the body"},
    {"Scroll", "zoom toward the cursor"},
    {"Click", "select a muscle (Esc clears)"},
    {"Double-click", "select and frame it"},
};

void shortcutRow(std::string_view keys, std::string_view what) {
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
  ImGui::TextUnformatted(keys.data(), keys.data() + keys.size());
  ImGui::PopStyleColor();
  ImGui::TableSetColumnIndex(1);
  ImGui::TextUnformatted(what.data(), what.data() + what.size());
}

void helpTable(const char* id, const std::vector<HelpRow>& rows) {
  if (!ImGui::BeginTable(id, 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) return;
  for (const HelpRow& row : rows) shortcutRow(row.keys, row.help);
  ImGui::EndTable();
}

// The pointer's gestures, then a row per key binding: the rows are the bindings the window dispatches.
void windowShortcutTable() {
  if (!ImGui::BeginTable("shortcuts", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) return;
  for (const Shortcut& gesture : kPointerGestures) shortcutRow(gesture.keys, gesture.what);
  for (const HelpRow& row : helpOverlayRows()) shortcutRow(row.keys, row.help);
  ImGui::EndTable();
}

}  // namespace

void drawHelpOverlay(AppState& state) {
  if (!state.helpVisible) return;
  // Over the middle of the window: at a large UI scale it is wider than the 3D view.
  const ImVec2 window = ImGui::GetIO().DisplaySize;
  ImGui::SetNextWindowPos(ImVec2(window.x * 0.5f, window.y * 0.45f), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowBgAlpha(0.96f);
  const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoCollapse |
                                 ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings;
  if (!ImGui::Begin("Keyboard and mouse", &state.helpVisible, flags)) {
    ImGui::End();
    return;
  }
  windowShortcutTable();
  subheading("In presenter mode (F5)");
  // Presenter mode takes these over (a clicker sends the arrows and Page keys); the rest above keep
  // their meaning.
  helpTable("presenter_shortcuts", presenterHelpRows());
  hint("Settings and the window layout are kept between runs.");
  if (ImGui::Button("About trigger points")) state.aboutTriggerPointsVisible = true;
  recordLastItem(state, "about_trigger_points_button");
  sameLineIfItFits("Close (F1)");
  if (ImGui::Button("Close (F1)")) state.helpVisible = false;
  const ImVec2 min = ImGui::GetWindowPos();
  const ImVec2 size = ImGui::GetWindowSize();
  state.widgets["help_window"] = {min.x, min.y, size.x, size.y};
  ImGui::End();
}

void drawHoverTooltip(const AppState& state, const atlas::KnowledgeBase* kb) {
  if (!state.hovered || ImGui::GetIO().WantCaptureMouse || state.quiz.hidesNames()) return;
  ImGui::BeginTooltip();
  ImGui::TextUnformatted(displayName(*state.hovered, kb).c_str());
  ImGui::EndTooltip();
}

void drawNotices(AppState& state, const ScreenRect& viewport, double now) {
  const bool status = !state.statusMessage.empty() && now < state.statusUntil;
  if (!status && !state.settingsWarning) return;
  const float margin = ImGui::GetFontSize();
  ImGui::SetNextWindowPos(ImVec2(viewport.x + viewport.width * 0.5f, viewport.y + viewport.height - margin),
                          ImGuiCond_Always, ImVec2(0.5f, 1.0f));
  ImGui::SetNextWindowSizeConstraints(ImVec2(0, 0), ImVec2(viewport.width - 2 * margin, viewport.height));
  ImGui::SetNextWindowBgAlpha(0.9f);
  ImGui::Begin("##notices", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav);
  ImGui::PushTextWrapPos(viewport.width - 3 * margin);
  if (state.settingsWarning) {
    ImGui::TextColored(ImVec4(0.95f, 0.6f, 0.2f, 1.0f), "Settings not loaded");
    ImGui::TextWrapped("%s", state.settingsWarning->c_str());
    if (ImGui::SmallButton("Dismiss")) state.settingsWarning.reset();
  }
  if (status) ImGui::TextWrapped("%s", state.statusMessage.c_str());
  ImGui::PopTextWrapPos();
  ImGui::End();
}

}  // namespace myo::ui
