#include "theme.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace myo::ui {

namespace {

constexpr const char* kRegularFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kBoldFont = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf";
constexpr float kBaseFontPixels = 17.0f;  // readable on a laptop at scale 1

// Latin text plus the typographic marks the cards use (dashes, quotes, degrees, arrows).
const ImWchar* glyphRanges() {
  static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2010, 0x2027, 0x2190, 0x21FF, 0x2212, 0x2264, 0};
  return ranges;
}

}  // namespace

UiFonts loadFonts(float uiScale, float captionScreenHeight) {
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  UiFonts fonts;
  const float size = kBaseFontPixels * uiScale;
  if (std::filesystem::exists(kRegularFont)) {
    fonts.regular = io.Fonts->AddFontFromFileTTF(kRegularFont, size, nullptr, glyphRanges());
    const char* headingFile = std::filesystem::exists(kBoldFont) ? kBoldFont : kRegularFont;
    fonts.heading = io.Fonts->AddFontFromFileTTF(headingFile, size * 1.35f, nullptr, glyphRanges());
    fonts.trueType = fonts.regular != nullptr;
    if (fonts.trueType && captionScreenHeight > 0.0f) {
      const CaptionSizes caption = captionSizesFor(captionScreenHeight);
      fonts.captionTitle = io.Fonts->AddFontFromFileTTF(headingFile, caption.title, nullptr, glyphRanges());
      fonts.captionText = io.Fonts->AddFontFromFileTTF(kRegularFont, caption.text, nullptr, glyphRanges());
      fonts.captionLabel = io.Fonts->AddFontFromFileTTF(kRegularFont, caption.label, nullptr, glyphRanges());
    }
  }
  if (fonts.regular == nullptr) {
    ImFontConfig config;
    config.SizePixels = 13.0f * uiScale;
    fonts.regular = io.Fonts->AddFontDefault(&config);
    fonts.heading = fonts.regular;
  }
  if (fonts.captionTitle == nullptr) fonts.captionTitle = fonts.heading;
  if (fonts.captionText == nullptr) fonts.captionText = fonts.regular;
  if (fonts.captionLabel == nullptr) fonts.captionLabel = fonts.regular;
  io.FontDefault = fonts.regular;
  return fonts;
}

void applyTheme(Theme theme, float uiScale) {
  ImGuiStyle style;
  if (theme == Theme::Light) ImGui::StyleColorsLight(&style);
  else ImGui::StyleColorsDark(&style);
  style.WindowRounding = 0.0f;
  style.FrameRounding = 3.0f;
  style.GrabRounding = 3.0f;
  style.WindowBorderSize = 0.0f;
  style.FramePadding = ImVec2(6.0f, 4.0f);
  style.ItemSpacing = ImVec2(8.0f, 6.0f);
  style.ScrollbarSize = 16.0f;
  style.GrabMinSize = 14.0f;
  style.Colors[ImGuiCol_WindowBg].w = 0.97f;
  style.ScaleAllSizes(uiScale);
  ImGui::GetStyle() = style;
}

glm::vec4 sceneBackground(Theme theme) {
  return theme == Theme::Light ? glm::vec4(0.86f, 0.87f, 0.89f, 1.0f) : glm::vec4(0.16f, 0.18f, 0.21f, 1.0f);
}

}  // namespace myo::ui
