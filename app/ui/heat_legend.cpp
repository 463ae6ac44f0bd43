#include "heat_legend.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>

#include "widgets.hpp"

namespace myo::ui {

namespace {

ImU32 displayColour(glm::vec3 linear) {
  const auto encode = [](float c) { return std::pow(std::clamp(c, 0.0f, 1.0f), 1.0f / 2.2f); };
  return ImGui::ColorConvertFloat4ToU32(ImVec4(encode(linear.r), encode(linear.g), encode(linear.b), 1.0f));
}

// A swatch the size of a line of text, filled solid or with dots like the spillover zone.
void swatch(Colormap colormap, bool dotted) {
  const float side = ImGui::GetTextLineHeight();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 colour = displayColour(sampleColormap(colormap, dotted ? 0.6f : 1.0f));
  if (!dotted) {
    draw->AddRectFilled(at, ImVec2(at.x + side, at.y + side), colour, 2.0f);
  } else {
    const float step = side / 4.0f;
    for (int y = 0; y < 4; ++y)
      for (int x = 0; x < 4; ++x)
        if ((x + y) % 2 == 0)
          draw->AddCircleFilled(ImVec2(at.x + (float(x) + 0.5f) * step, at.y + (float(y) + 0.5f) * step), step * 0.38f, colour);
  }
  ImGui::Dummy(ImVec2(side, side));
}

}  // namespace

void drawHeatLegend(Colormap colormap) {
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float width = ImGui::GetContentRegionAvail().x;
  const float height = ImGui::GetTextLineHeight() * 0.8f;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  constexpr int kSteps = 24;
  for (int i = 0; i < kSteps; ++i) {
    const float x0 = at.x + width * float(i) / kSteps;
    const float x1 = at.x + width * float(i + 1) / kSteps;
    draw->AddRectFilled(ImVec2(x0, at.y), ImVec2(x1, at.y + height),
                        displayColour(sampleColormap(colormap, (float(i) + 0.5f) / kSteps)));
  }
  ImGui::Dummy(ImVec2(width, height));
  ImGui::TextUnformatted("faint");
  ImGui::SameLine(width - ImGui::CalcTextSize("strong").x);
  ImGui::TextUnformatted("strong");
  swatch(colormap, false);
  ImGui::SameLine();
  ImGui::TextWrapped("Solid: the essential zone, where nearly everyone with this trigger point feels the pain.");
  swatch(colormap, true);
  ImGui::SameLine();
  ImGui::TextWrapped("Dotted: the spillover zone, where some people feel it too.");
}

}  // namespace myo::ui
