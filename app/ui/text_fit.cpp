#include "text_fit.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

namespace myo::ui {

namespace {

// Where a window's content starts, and the room it has before its clipping edge cuts it (its
// working width and half its padding).
float contentLeft(const ImGuiWindow* window) { return window->Pos.x + window->WindowPadding.x - window->Scroll.x; }
float roomToClip(const ImGuiWindow* window) { return window->InnerClipRect.Max.x - contentLeft(window); }

// The window and the child windows drawn in it this frame (the left column's section, the card's
// tab: "##left/##section_Find_…"). Deeper children are fields and lists that scroll their own
// content (a text field's text).
void measureOne(AppState& state, const std::string& name, const ImGuiWindow* window, int depth) {
  if (window->Hidden) return;
  if (!window->ScrollbarX) recordTextFit(state, name, window->DC.CursorMaxPos.x - contentLeft(window), roomToClip(window));
  if (depth > 0) return;
  for (const ImGuiWindow* child : window->DC.ChildWindows)
    if (child->Active && child->ParentWindow == window) measureOne(state, child->Name, child, depth + 1);
}

}  // namespace

void measureWindowFit(AppState& state, const std::string& name) {
  measureOne(state, name, ImGui::GetCurrentWindowRead(), 0);
}

float beginPartFit() {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  const float widest = window->DC.CursorMaxPos.x;
  window->DC.CursorMaxPos.x = window->DC.CursorStartPos.x;
  return widest;
}

void endPartFit(AppState& state, const std::string& name, float begun) {
  ImGuiWindow* window = ImGui::GetCurrentWindow();
  recordTextFit(state, name, window->DC.CursorMaxPos.x - contentLeft(window), roomToClip(window));
  window->DC.CursorMaxPos.x = std::max(window->DC.CursorMaxPos.x, begun);
}

void recordTextFit(AppState& state, const std::string& name, float needed, float available) {
  state.textFits.push_back({name, needed, available});
}

}  // namespace myo::ui
