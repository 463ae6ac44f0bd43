#include "caption_band.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string_view>
#include <vector>

namespace myo::ui {

namespace {

constexpr float kLineSpacing = 1.22f;   // of the font size: wrapped caption lines breathe
constexpr float kTitleSpacing = 1.08f;
constexpr int kReservedCaptionLines = 2;

struct BandColours {
  ImU32 background, accent, title, text, muted;
};

// Near-black under white in the dark theme, near-white under black in the light one: well past
// 7:1 either way, which a washed-out projector needs.
BandColours coloursFor(Theme theme) {
  if (theme == Theme::Light)
    return {IM_COL32(250, 250, 248, 242), IM_COL32(14, 86, 178, 255), IM_COL32(16, 18, 22, 255),
            IM_COL32(38, 42, 50, 255), IM_COL32(92, 98, 110, 255)};
  return {IM_COL32(14, 16, 21, 236), IM_COL32(104, 182, 255, 255), IM_COL32(250, 250, 250, 255),
          IM_COL32(222, 226, 232, 255), IM_COL32(160, 168, 182, 255)};
}

struct Layout {
  CaptionSizes sizes;
  float pad = 0.0f;       // above and below
  float padX = 0.0f;      // left and right
  float gap = 0.0f;       // between the parts
  float textLine = 0.0f;  // one caption line
};

Layout layoutFor(const ScreenRect& screen) {
  Layout layout;
  layout.sizes = captionSizesFor(screen.height);
  layout.pad = layout.sizes.label * 0.9f;
  layout.padX = std::max(layout.sizes.label * 1.5f, screen.width * 0.035f);
  layout.gap = layout.sizes.text * 0.3f;
  layout.textLine = layout.sizes.text * kLineSpacing;
  return layout;
}

// The lines `text` wraps to at this width, breaking at spaces and at its own newlines.
std::vector<std::string_view> wrappedLines(const ImFont* font, float size, std::string_view text, float width) {
  std::vector<std::string_view> lines;
  const char* begin = text.data();
  const char* end = begin + text.size();
  while (begin < end) {
    const char* wrap = font->CalcWordWrapPositionA(size / font->FontSize, begin, end, width);
    if (wrap == begin) wrap = begin + 1;  // a word wider than the line: no endless loop
    wrap = std::find(begin, wrap, '\n');
    lines.emplace_back(begin, static_cast<std::size_t>(wrap - begin));
    begin = wrap;
    if (begin < end && *begin == '\n') ++begin;
    else
      while (begin < end && *begin == ' ') ++begin;
  }
  return lines;
}

void drawLine(ImDrawList* draw, ImFont* font, float size, ImVec2 at, ImU32 colour, std::string_view text) {
  draw->AddText(font, size, at, colour, text.data(), text.data() + text.size());
}

}  // namespace

float captionBandReserve(float screenHeight) {
  const Layout layout = layoutFor({0.0f, 0.0f, 1.0f, screenHeight});
  return layout.pad + layout.textLine + layout.gap + layout.sizes.title * kTitleSpacing + layout.gap +
         layout.textLine * kReservedCaptionLines + layout.pad;
}

ScreenRect drawCaptionBand(const Caption& caption, const UiFonts& fonts, Theme theme, const ScreenRect& screen,
                           float reserve) {
  const Layout layout = layoutFor(screen);
  const CaptionSizes& sizes = layout.sizes;
  const BandColours colours = coloursFor(theme);
  const float width = screen.width - 2.0f * layout.padX;
  const std::vector<std::string_view> titleLines = wrappedLines(fonts.captionTitle, sizes.title, caption.title, width);
  const std::vector<std::string_view> textLines = wrappedLines(fonts.captionText, sizes.text, caption.text, width);
  const bool topLine = !caption.tourTitle.empty() || !caption.counter.empty() || !caption.typedStep.empty();

  float height = layout.pad + float(titleLines.size()) * sizes.title * kTitleSpacing + layout.pad;
  if (topLine) height += layout.textLine + layout.gap;
  if (!textLines.empty()) height += layout.gap + float(textLines.size()) * layout.textLine;
  height = std::min(std::max(height, reserve), screen.height);
  const float top = screen.y + screen.height - height;
  const float left = screen.x + layout.padX;
  const float right = screen.x + screen.width - layout.padX;

  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  draw->AddRectFilled(ImVec2(screen.x, top), ImVec2(screen.x + screen.width, screen.y + screen.height), colours.background);
  draw->AddRectFilled(ImVec2(screen.x, top), ImVec2(screen.x + screen.width, top + std::max(2.0f, sizes.label * 0.15f)),
                      colours.accent);
  float y = top + layout.pad;
  if (topLine) {
    std::string counter = caption.counter;
    if (!caption.typedStep.empty()) counter = "Go to step " + caption.typedStep + " (Enter)   " + counter;
    const float counterWidth = fonts.captionText->CalcTextSizeA(sizes.text, FLT_MAX, 0.0f, counter.c_str()).x;
    drawLine(draw, fonts.captionText, sizes.text, ImVec2(right - counterWidth, y), colours.accent, counter);
    // The tour's title on the left, cut short before it would run into the counter.
    const ImVec4 clip(left, y, right - counterWidth - layout.padX, y + layout.textLine);
    draw->AddText(fonts.captionLabel, sizes.label, ImVec2(left, y + (sizes.text - sizes.label) * 0.6f), colours.muted,
                  caption.tourTitle.c_str(), nullptr, 0.0f, &clip);
    y += layout.textLine + layout.gap;
  }
  for (std::string_view line : titleLines) {
    drawLine(draw, fonts.captionTitle, sizes.title, ImVec2(left, y), colours.title, line);
    y += sizes.title * kTitleSpacing;
  }
  if (!textLines.empty()) y += layout.gap;
  for (std::string_view line : textLines) {
    drawLine(draw, fonts.captionText, sizes.text, ImVec2(left, y), colours.text, line);
    y += layout.textLine;
  }
  return {screen.x, top, screen.width, height};
}

}  // namespace myo::ui
