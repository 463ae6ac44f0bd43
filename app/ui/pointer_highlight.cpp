#include "pointer_highlight.hpp"

#include <imgui.h>

#include <algorithm>

namespace myo::ui {

namespace {

constexpr float kRadiusShareOfHeight = 0.038f;
constexpr int kGlowRings = 10;

}  // namespace

void drawPointerHighlight(glm::vec2 cursor, float screenHeight, Theme theme) {
  ImGui::SetMouseCursor(ImGuiMouseCursor_None);
  const float radius = std::max(14.0f, screenHeight * kRadiusShareOfHeight);
  const ImVec2 centre(cursor.x, cursor.y);
  ImDrawList* draw = ImGui::GetForegroundDrawList();
  // A warm yellow glow reads on skin, muscle and both backgrounds; a dark rim keeps it apart from
  // the light theme's pale grey.
  for (int i = kGlowRings; i > 0; --i) {
    const float t = float(i) / float(kGlowRings);
    draw->AddCircleFilled(centre, radius * (0.55f + 0.9f * t), IM_COL32(255, 214, 64, int(34.0f * (1.0f - t) + 8.0f)), 48);
  }
  const ImU32 rim = theme == Theme::Light ? IM_COL32(40, 30, 0, 200) : IM_COL32(0, 0, 0, 140);
  draw->AddCircle(centre, radius + radius * 0.16f, rim, 64, std::max(1.5f, radius * 0.06f));
  draw->AddCircle(centre, radius, IM_COL32(255, 220, 70, 255), 64, std::max(3.0f, radius * 0.16f));
  draw->AddCircleFilled(centre, std::max(2.5f, radius * 0.12f), IM_COL32(255, 240, 160, 255), 24);
}

}  // namespace myo::ui
