#include "caption_band.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cfloat>
#include <string>
#include <string_view>
#include <vector>

#include "myo/atlas/title_fitting.hpp"

namespace myo::ui {

namespace {

constexpr float kLineSpacing = 1.22f;   // of the font size: wrapped caption lines breathe
constexpr float kTitleSpacing = 1.08f;
constexpr float kMostShareOfScreen = 0.45f;  // of the height, for a band below; a longer caption lies over the view
constexpr float kColumnShareOfWidth = 0.36f;  // beside the view
constexpr float kWideScreen = 1.3f;           // width / height from which the caption goes beside the view

struct BandColours {
  ImU32 background, accent, title, text, muted, right, wrong;
};

// Near-black under white in the dark theme, near-white under black in the light one: well past
// 7:1 either way, which a washed-out projector needs.
BandColours coloursFor(Theme theme) {
  if (theme == Theme::Light)
    return {IM_COL32(250, 250, 248, 255), IM_COL32(14, 86, 178, 255), IM_COL32(16, 18, 22, 255),
            IM_COL32(38, 42, 50, 255), IM_COL32(92, 98, 110, 255), IM_COL32(18, 112, 40, 255),
            IM_COL32(176, 30, 22, 255)};
  return {IM_COL32(14, 16, 21, 255), IM_COL32(104, 182, 255, 255), IM_COL32(250, 250, 250, 255),
          IM_COL32(222, 226, 232, 255), IM_COL32(160, 168, 182, 255), IM_COL32(96, 214, 110, 255),
          IM_COL32(255, 120, 104, 255)};
}

struct Layout {
  CaptionSizes sizes;
  float pad = 0.0f;       // above and below
  float padX = 0.0f;      // left and right
  float gap = 0.0f;       // between the parts
  float textLine = 0.0f;  // one caption line
};

// Sizes follow the screen's height; the margins, the width of the caption's own area.
Layout layoutFor(const ScreenRect& screen, float areaWidth) {
  Layout layout;
  layout.sizes = captionSizesFor(screen.height);
  layout.pad = layout.sizes.label * 0.9f;
  layout.padX = std::max(layout.sizes.label * 1.5f, areaWidth * 0.035f);
  layout.gap = layout.sizes.text * 0.3f;
  layout.textLine = layout.sizes.text * kLineSpacing;
  return layout;
}

// A title word wider than the caption's area ("Sternocleidomastoid" in a column) would break in
// the middle.
Layout withTitleWordsFitting(Layout layout, const ImFont* titleFont, std::string_view title, float areaWidth) {
  if (titleFont == nullptr) return layout;  // before the first frame: nothing to measure with
  const float titleSize = layout.sizes.title;
  const auto wordWidth = [titleFont, titleSize](std::string_view word) {
    return double(titleFont->CalcTextSizeA(titleSize, FLT_MAX, 0.0f, word.data(), word.data() + word.size()).x);
  };
  layout.sizes.title =
      float(atlas::fittedTitleSize(title, titleSize, layout.sizes.text, areaWidth - 2.0f * layout.padX, wordWidth));
  return layout;
}

Layout layoutFor(const Caption& caption, const UiFonts& fonts, const ScreenRect& screen, float areaWidth) {
  return withTitleWordsFitting(layoutFor(screen, areaWidth), fonts.captionTitle, caption.title, areaWidth);
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

struct WrappedLine {
  std::string_view text;
  CaptionTone tone = CaptionTone::Plain;
  bool large = false;
  bool firstOfItsLine = false;  // a gap goes above each of the caption's lines, not its wrapped parts
};

// The caption broken into the lines it takes on this screen.
struct BandLines {
  std::vector<std::string_view> title, text;
  std::vector<WrappedLine> extra;  // Caption::lines, wrapped
  bool topLine = false;  // the tour's title and the counter
  std::vector<std::string_view> top;  // the tour's title (a quiz's progress), wrapped beside the counter
};

float sizeOf(const WrappedLine& line, const CaptionSizes& sizes) { return line.large ? sizes.title : sizes.text; }
float advanceOf(const WrappedLine& line, const Layout& layout) {
  return line.large ? layout.sizes.title * kTitleSpacing : layout.textLine;
}

std::string counterText(const Caption& caption) {
  if (caption.typedStep.empty()) return caption.counter;
  return "Go to step " + caption.typedStep + " (Enter)   " + caption.counter;
}

// The width the tour's title may take: the caption's, less the counter on its right.
float topLineWidth(const Caption& caption, const UiFonts& fonts, const Layout& layout, float areaWidth) {
  const std::string counter = counterText(caption);
  const float counterWidth =
      counter.empty() ? 0.0f : fonts.captionText->CalcTextSizeA(layout.sizes.text, FLT_MAX, 0.0f, counter.c_str()).x + layout.padX;
  return std::max(1.0f, areaWidth - 2.0f * layout.padX - counterWidth);
}

BandLines linesOf(const Caption& caption, const UiFonts& fonts, const Layout& layout, float areaWidth) {
  const float width = areaWidth - 2.0f * layout.padX;
  BandLines lines{wrappedLines(fonts.captionTitle, layout.sizes.title, caption.title, width),
                  wrappedLines(fonts.captionText, layout.sizes.text, caption.text, width),
                  {},
                  !caption.tourTitle.empty() || !caption.counter.empty() || !caption.typedStep.empty()};
  // The tour's title wraps in the room the counter leaves it, never cut ("Streak C").
  if (fonts.captionLabel != nullptr)
    lines.top = wrappedLines(fonts.captionLabel, layout.sizes.label, caption.tourTitle, topLineWidth(caption, fonts, layout, areaWidth));
  for (const CaptionLine& line : caption.lines) {
    ImFont* font = line.large ? fonts.captionTitle : fonts.captionText;
    bool first = true;
    for (std::string_view part : wrappedLines(font, line.large ? layout.sizes.title : layout.sizes.text, line.text, width)) {
      lines.extra.push_back({part, line.tone, line.large, first});
      first = false;
    }
  }
  return lines;
}

float topLineHeight(const BandLines& lines, const Layout& layout) {
  return std::max(layout.textLine, float(lines.top.size()) * layout.sizes.label * kLineSpacing);
}

float heightOf(const BandLines& lines, const Layout& layout) {
  float height = layout.pad + float(lines.title.size()) * layout.sizes.title * kTitleSpacing + layout.pad;
  if (lines.topLine) height += topLineHeight(lines, layout) + layout.gap;
  if (!lines.text.empty()) height += layout.gap + float(lines.text.size()) * layout.textLine;
  for (const WrappedLine& line : lines.extra) height += advanceOf(line, layout) + (line.firstOfItsLine ? layout.gap : 0.0f);
  return height;
}

void drawLine(ImDrawList* draw, ImFont* font, float size, ImVec2 at, ImU32 colour, std::string_view text) {
  draw->AddText(font, size, at, colour, text.data(), text.data() + text.size());
}

}  // namespace

float captionHeight(const Caption& caption, const UiFonts& fonts, const ScreenRect& screen, float areaWidth) {
  const Layout layout = layoutFor(caption, fonts, screen, areaWidth);
  return heightOf(linesOf(caption, fonts, layout, areaWidth), layout);
}

ScreenRect captionArea(const std::vector<Caption>& captions, const UiFonts& fonts, const ScreenRect& screen) {
  // Before the first frame there are no fonts to measure with: a guess, measured again then.
  const bool measurable = fonts.captionText != nullptr;
  const auto tallestAt = [&](float width) {
    float tallest = 0.0f;
    for (const Caption& caption : captions) tallest = std::max(tallest, captionHeight(caption, fonts, screen, width));
    return tallest;
  };
  const float columnWidth = std::floor(screen.width * kColumnShareOfWidth);
  // A caption too long for the column goes below, where the lines are longer.
  if (screen.width >= screen.height * kWideScreen && (!measurable || tallestAt(columnWidth) <= screen.height))
    return {screen.x + screen.width - columnWidth, screen.y, columnWidth, screen.height};
  const float tallest = measurable ? tallestAt(screen.width) : screen.height * 0.25f;
  const float height = std::ceil(std::min(tallest, screen.height * kMostShareOfScreen));
  return {screen.x, screen.y + screen.height - height, screen.width, height};
}

ScreenRect viewBeside(const ScreenRect& screen, const ScreenRect& area) {
  if (area.height <= 0.0f || area.width <= 0.0f) return screen;
  if (area.x > screen.x) return {screen.x, screen.y, area.x - screen.x, screen.height};
  return {screen.x, screen.y, screen.width, area.y - screen.y};
}

std::vector<std::string> captionTitleLines(const Caption& caption, const UiFonts& fonts, const ScreenRect& screen,
                                           const ScreenRect& area) {
  const float areaWidth = area.height > 0.0f ? area.width : screen.width;
  const Layout layout = layoutFor(caption, fonts, screen, areaWidth);
  std::vector<std::string> lines;
  for (std::string_view line : linesOf(caption, fonts, layout, areaWidth).title) lines.emplace_back(line);
  return lines;
}

std::vector<TextFit> captionTopLineFits(const Caption& caption, const UiFonts& fonts, const ScreenRect& screen,
                                        const ScreenRect& area) {
  std::vector<TextFit> fits;
  if (fonts.captionLabel == nullptr) return fits;
  const float areaWidth = area.height > 0.0f ? area.width : screen.width;
  const Layout layout = layoutFor(caption, fonts, screen, areaWidth);
  const float available = topLineWidth(caption, fonts, layout, areaWidth);
  for (std::string_view line : linesOf(caption, fonts, layout, areaWidth).top)
    fits.push_back({"caption_top_line",
                    fonts.captionLabel->CalcTextSizeA(layout.sizes.label, FLT_MAX, 0.0f, line.data(), line.data() + line.size()).x,
                    available});
  return fits;
}

ScreenRect drawCaption(const Caption& caption, const UiFonts& fonts, Theme theme, const ScreenRect& screen,
                       const ScreenRect& area) {
  const bool beside = area.x > screen.x && area.height > 0.0f;
  const float areaWidth = area.height > 0.0f ? area.width : screen.width;
  const Layout layout = layoutFor(caption, fonts, screen, areaWidth);
  const CaptionSizes& sizes = layout.sizes;
  const BandColours colours = coloursFor(theme);
  const BandLines lines = linesOf(caption, fonts, layout, areaWidth);
  // Below the view the band grows upward over it for a caption taller than its area; beside the
  // view it keeps the column.
  const float bottom = screen.y + screen.height;
  const float height = beside ? area.height : std::min(std::max(heightOf(lines, layout), area.height), screen.height);
  const float areaLeft = beside ? area.x : screen.x;
  const float top = bottom - height;
  const float left = areaLeft + layout.padX;
  const float right = areaLeft + areaWidth - layout.padX;
  const float accent = std::max(2.0f, sizes.label * 0.15f);

  ImDrawList* draw = ImGui::GetBackgroundDrawList();
  draw->AddRectFilled(ImVec2(areaLeft, top), ImVec2(areaLeft + areaWidth, bottom), colours.background);
  // A line of the accent colour along the edge that meets the view.
  if (beside) draw->AddRectFilled(ImVec2(areaLeft, top), ImVec2(areaLeft + accent, bottom), colours.accent);
  else draw->AddRectFilled(ImVec2(areaLeft, top), ImVec2(areaLeft + areaWidth, top + accent), colours.accent);
  float y = top + layout.pad;
  if (lines.topLine) {
    const std::string counter = counterText(caption);
    const float counterWidth = fonts.captionText->CalcTextSizeA(sizes.text, FLT_MAX, 0.0f, counter.c_str()).x;
    drawLine(draw, fonts.captionText, sizes.text, ImVec2(right - counterWidth, y), colours.accent, counter);
    // The tour's title on the left, wrapped in the room the counter leaves.
    float lineY = y + (sizes.text - sizes.label) * 0.6f;
    for (std::string_view line : lines.top) {
      drawLine(draw, fonts.captionLabel, sizes.label, ImVec2(left, lineY), colours.muted, line);
      lineY += sizes.label * kLineSpacing;
    }
    y += topLineHeight(lines, layout) + layout.gap;
  }
  for (std::string_view line : lines.title) {
    drawLine(draw, fonts.captionTitle, sizes.title, ImVec2(left, y), colours.title, line);
    y += sizes.title * kTitleSpacing;
  }
  if (!lines.text.empty()) y += layout.gap;
  for (std::string_view line : lines.text) {
    drawLine(draw, fonts.captionText, sizes.text, ImVec2(left, y), colours.text, line);
    y += layout.textLine;
  }
  for (const WrappedLine& line : lines.extra) {
    if (line.firstOfItsLine) y += layout.gap;
    const ImU32 colour = line.tone == CaptionTone::Right   ? colours.right
                         : line.tone == CaptionTone::Wrong ? colours.wrong
                         : line.large                      ? colours.title
                                                           : colours.text;
    drawLine(draw, line.large ? fonts.captionTitle : fonts.captionText, sizeOf(line, sizes), ImVec2(left, y), colour, line.text);
    y += advanceOf(line, layout);
  }
  return {areaLeft, top, areaWidth, height};
}

}  // namespace myo::ui
