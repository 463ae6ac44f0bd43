#include "myo/atlas/chart_page.hpp"

#include <algorithm>

#include "print/cairo_text.hpp"
#include "print/page_file.hpp"

namespace myo::atlas {

namespace {

constexpr PageSize kLandscape{841.89, 595.276};
constexpr double kMargin = 36.0;
constexpr double kGap = 12.0;
constexpr double kWidth = kLandscape.width - 2 * kMargin;

void setColour(cairo_t* cr, const glm::vec3& c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }
const glm::vec3 kInk{0.1f, 0.1f, 0.12f};
const glm::vec3 kMuted{0.38f, 0.4f, 0.44f};

// A line's height for its font size, and the space under each pattern's words: `lines` writes
// them and `patternsHeight` makes room for them, so the two must agree.
constexpr double kLineHeightPerSize = 1.3;
constexpr double kSpaceAfterPattern = 3;

// Writes wrapped lines from `top`, returns the y under the last one; stops above `bottom`.
double lines(cairo_t* cr, const std::string& text, double x, double top, double maxWidth, double size, bool bold,
             const glm::vec3& colour, double bottom = kLandscape.height) {
  cairo::selectFont(cr, size, bold);
  setColour(cr, colour);
  double y = top;
  for (const std::string& line : cairo::wrapText(cr, text, maxWidth)) {
    if (y + size * kLineHeightPerSize > bottom) break;
    y += size * kLineHeightPerSize;
    cairo_move_to(cr, x, y - size * 0.28);
    cairo_show_text(cr, line.c_str());
  }
  return y;
}

// The legend's swatches: a solid square, a square of even dots, and an X.
void legend(cairo_t* cr, const ChartPage& page, double x, double y) {
  constexpr double kSwatch = 14.0;
  const struct {
    int kind;
    const char* text;
  } entries[] = {{0, "Essential zone: where nearly everyone with this trigger point feels the pain"},
                 {1, "Spillover zone: where some feel it"},
                 {2, "The trigger point"}};
  for (const auto& entry : entries) {
    if (entry.kind == 0) {
      setColour(cr, page.essentialColour);
      cairo_rectangle(cr, x, y, kSwatch, kSwatch);
      cairo_fill(cr);
    } else if (entry.kind == 1) {
      setColour(cr, page.spilloverColour);
      for (double dy = 2; dy < kSwatch; dy += 4)
        for (double dx = 2; dx < kSwatch; dx += 4) {
          cairo_arc(cr, x + dx, y + dy, 1.1, 0, 6.2832);
          cairo_fill(cr);
        }
    } else {
      setColour(cr, kInk);
      cairo_set_line_width(cr, 2.0);
      cairo_move_to(cr, x + 2, y + 2);
      cairo_line_to(cr, x + kSwatch - 2, y + kSwatch - 2);
      cairo_move_to(cr, x + kSwatch - 2, y + 2);
      cairo_line_to(cr, x + 2, y + kSwatch - 2);
      cairo_stroke(cr);
    }
    setColour(cr, kMuted);
    cairo_rectangle(cr, x, y, kSwatch, kSwatch);
    cairo_set_line_width(cr, 0.5);
    cairo_stroke(cr);
    const double textBottom = lines(cr, entry.text, x + kSwatch + 6, y - 1, 290, 9, false, kInk);
    y = std::max(y + kSwatch, textBottom) + 6;
  }
}

// The height the patterns' words take in the text column, at the size they are written.
double patternsHeight(cairo_t* cr, const std::vector<std::string>& patterns, double width, double size) {
  cairo::selectFont(cr, size, false);
  double height = 0;
  for (const std::string& pattern : patterns)
    height += double(cairo::wrapText(cr, pattern, width).size()) * size * kLineHeightPerSize + kSpaceAfterPattern;
  return height;
}

void drawChart(cairo_t* cr, const ChartPage& page) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  constexpr double kTitleSize = 20;
  constexpr double kSubtitleSize = 11;
  const double titleSize = cairo::fittedTitleSize(cr, page.title, kTitleSize, kSubtitleSize, kWidth);
  double y = lines(cr, page.title, kMargin, kMargin - 6, kWidth, titleSize, true, kInk);
  y = lines(cr, page.subtitle, kMargin, y, kWidth, kSubtitleSize, false, kMuted);
  y += 6;

  // The views give up height to the words, so a muscle with many trigger points keeps every
  // pattern's description whole.
  constexpr double kWordsWidth = kWidth - 330;
  constexpr double kWordsSize = 9.5;
  const double textHeight = std::max(118.0, patternsHeight(cr, page.patterns, kWordsWidth, kWordsSize) + 22);
  const double picturesBottom = kLandscape.height - kMargin - textHeight;
  const std::size_t count = std::max<std::size_t>(page.views.size(), 1);
  const double w = (kWidth - kGap * double(count - 1)) / double(count);
  for (std::size_t i = 0; i < page.views.size(); ++i) {
    const double x = kMargin + double(i) * (w + kGap);
    cairo::drawFitted(cr, page.views[i].image, x, y, w, picturesBottom - y - 14);
    cairo::selectFont(cr, 10, true);
    setColour(cr, kMuted);
    const std::string& caption = page.views[i].caption;
    cairo_move_to(cr, x + (w - cairo::textWidth(cr, caption)) / 2, picturesBottom - 3);
    cairo_show_text(cr, caption.c_str());
  }

  const double textTop = picturesBottom + 8;
  legend(cr, page, kMargin, textTop);
  const double wordsX = kMargin + 330;
  double wordsY = textTop - 2;
  for (const std::string& pattern : page.patterns)
    wordsY = lines(cr, pattern, wordsX, wordsY, kWordsWidth, kWordsSize, false, kInk, kLandscape.height - kMargin - 14) + kSpaceAfterPattern;
  lines(cr, page.source, kMargin, kLandscape.height - kMargin - 12, kWidth, 8, false, kMuted);
}

}  // namespace

Status writeChart(const ChartPage& page, const std::filesystem::path& file) {
  return writePage(file, kLandscape, page.title + " - referral chart", "a chart",
                   [&](cairo_t* cr, const NextPage&) { drawChart(cr, page); });
}

}  // namespace myo::atlas
