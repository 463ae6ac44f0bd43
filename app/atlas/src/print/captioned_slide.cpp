#include "myo/atlas/captioned_slide.hpp"

#include <algorithm>
#include <cmath>

#include "print/cairo_text.hpp"
#include "myo/atlas/caption_sizes.hpp"

namespace myo::atlas {

namespace {

constexpr double kLineSpacing = 1.22;   // of the font size, as in presenter mode
constexpr double kTitleSpacing = 1.08;
constexpr double kWideSlide = 1.3;      // width / height from which the caption goes beside the picture
constexpr double kColumnShareOfWidth = 0.36;
constexpr double kMostShareOfHeight = 0.45;  // for a band below the picture
constexpr double kSmallestScale = 0.6;  // of the presenter's sizes, before words are left out
constexpr double kScaleStep = 0.1;

struct Colour {
  double r, g, b;
};
// Presenter mode's dark theme (ui/caption_band.cpp): near-black under near-white, well past 7:1
// for a washed-out projector, whatever the heat map's colours.
constexpr Colour kBackground{14 / 255.0, 16 / 255.0, 21 / 255.0};
constexpr Colour kAccent{104 / 255.0, 182 / 255.0, 255 / 255.0};
constexpr Colour kTitle{250 / 255.0, 250 / 255.0, 250 / 255.0};
constexpr Colour kText{222 / 255.0, 226 / 255.0, 232 / 255.0};
constexpr Colour kMuted{160 / 255.0, 168 / 255.0, 182 / 255.0};

// Sizes and spacing in slide pixels. The sizes are the presenter's at 1080 lines in proportion to
// the slide's height, without the window's floors: a small slide is a small copy of a large one.
struct Metrics {
  double title, text, label;
  double pad, padX, gap;
  double textLine, titleLine, topLine;
};

Metrics metricsFor(int slideHeight, int areaWidth, double scale) {
  const CaptionSizes at1080 = captionSizesFor(1080.0f);
  const double factor = scale * slideHeight / 1080.0;
  Metrics m{};
  m.title = at1080.title * factor;
  m.text = at1080.text * factor;
  m.label = at1080.label * factor;
  m.pad = m.label * 0.9;
  m.padX = std::max(m.label * 1.5, areaWidth * 0.035);
  m.gap = m.text * 0.3;
  m.textLine = m.text * kLineSpacing;
  m.titleLine = m.title * kTitleSpacing;
  m.topLine = m.textLine;  // the counter is at the text's size, the tour's title smaller
  return m;
}

// A title word wider than the column ("Sternocleidomastoid" on a narrow slide) is not cut short.
Metrics withTitleWordsFitting(cairo_t* cr, const std::string& title, Metrics m, double width) {
  m.title = cairo::fittedTitleSize(cr, title, m.title, m.text, width);
  m.titleLine = m.title * kTitleSpacing;
  return m;
}

Metrics captionMetrics(cairo_t* cr, const SlideCaption& caption, int slideHeight, int areaWidth, double scale) {
  const Metrics m = metricsFor(slideHeight, areaWidth, scale);
  return withTitleWordsFitting(cr, caption.title, m, areaWidth - 2 * m.padX);
}

bool hasTopLine(const SlideCaption& caption) { return !caption.tourTitle.empty() || !caption.counter.empty(); }

// Where the title starts, below the pad and the tour's line.
double titleTop(const SlideCaption& caption, const Metrics& m) { return m.pad + (hasTopLine(caption) ? m.topLine + m.gap : 0.0); }

double heightOf(const SlideCaption& caption, const Metrics& m, std::size_t titleLines, std::size_t textLines) {
  double height = titleTop(caption, m) + double(titleLines) * m.titleLine;
  if (textLines > 0) height += m.gap + double(textLines) * m.textLine;
  return height + m.pad;
}

// Each line no wider than the area: a word too long for it is cut short.
std::vector<std::string> wrapped(cairo_t* cr, const std::string& text, double size, bool bold, double width) {
  cairo::selectFont(cr, size, bold);
  std::vector<std::string> lines = text.empty() ? std::vector<std::string>{} : cairo::wrapText(cr, text, width);
  for (std::string& line : lines) line = cairo::ellipsize(cr, line, width);
  return lines;
}

// Keeps the lines that fit `room` lines; the last one kept ends in "…" when some were dropped.
bool keepFirst(cairo_t* cr, std::vector<std::string>& lines, std::size_t room, double size, bool bold, double width) {
  if (lines.size() <= room) return false;
  lines.resize(room);
  if (!lines.empty()) {
    cairo::selectFont(cr, size, bold);
    lines.back() = cairo::withEllipsis(cr, lines.back(), width);
  }
  return true;
}

FittedCaption fitWith(cairo_t* cr, const SlideCaption& caption, const PixelRect& area, int slideHeight) {
  FittedCaption fitted;
  Metrics m{};
  for (double scale = 1.0; scale >= kSmallestScale - 1e-6; scale -= kScaleStep) {
    m = captionMetrics(cr, caption, slideHeight, area.width, scale);
    const double width = area.width - 2 * m.padX;
    fitted.scale = scale;
    fitted.title = wrapped(cr, caption.title, m.title, true, width);
    fitted.text = wrapped(cr, caption.text, m.text, false, width);
    if (heightOf(caption, m, fitted.title.size(), fitted.text.size()) <= area.height) break;
  }
  // Still too tall at the smallest size: the title first, then as much of the text as fits.
  const double width = area.width - 2 * m.padX;
  const double room = area.height - titleTop(caption, m) - m.pad;
  const auto titleRoom = std::size_t(std::max(0.0, std::floor(room / m.titleLine)));
  fitted.shortened = keepFirst(cr, fitted.title, titleRoom, m.title, true, width);
  if (fitted.shortened) fitted.text.clear();
  const double textRoom = room - double(fitted.title.size()) * m.titleLine - m.gap;
  const auto textLines = std::size_t(std::max(0.0, std::floor(textRoom / m.textLine)));
  fitted.shortened = keepFirst(cr, fitted.text, textLines, m.text, false, width) || fitted.shortened;
  fitted.bottom = area.y + heightOf(caption, m, fitted.title.size(), fitted.text.size()) - m.pad;
  return fitted;
}

// A scratch context for measuring text before there is a slide to draw on.
struct Measuring {
  cairo::Surface surface{cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1)};
  cairo::Context cr{cairo_create(surface.get())};
};

void setColour(cairo_t* cr, Colour c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

void drawText(cairo_t* cr, const std::string& text, double x, double lineTop, double size, bool bold, Colour colour) {
  cairo::selectFont(cr, size, bold);
  setColour(cr, colour);
  cairo_move_to(cr, x, lineTop + size * 0.95);  // the baseline: DejaVu's ascent is about 0.93 em
  cairo_show_text(cr, text.c_str());
}

void drawCaption(cairo_t* cr, const SlideCaption& caption, const SlideLayout& layout) {
  const PixelRect& area = layout.caption;
  const FittedCaption fitted = fitWith(cr, caption, area, layout.height);
  const Metrics m = captionMetrics(cr, caption, layout.height, area.width, fitted.scale);
  setColour(cr, kBackground);
  cairo_rectangle(cr, area.x, area.y, area.width, area.height);
  cairo_fill(cr);
  // A line of the accent colour along the edge that meets the picture.
  const double accent = std::max(2.0, m.label * 0.15);
  const bool beside = area.x > 0;
  setColour(cr, kAccent);
  cairo_rectangle(cr, area.x, area.y, beside ? accent : area.width, beside ? area.height : accent);
  cairo_fill(cr);

  const double left = area.x + m.padX;
  const double width = area.width - 2 * m.padX;
  double y = area.y + m.pad;
  if (hasTopLine(caption)) {
    cairo::selectFont(cr, m.text, false);
    const double counterWidth = cairo::textWidth(cr, caption.counter);
    drawText(cr, caption.counter, left + width - counterWidth, y, m.text, false, kAccent);
    // The tour's title on the left, on the counter's baseline, cut short before it would run
    // into the counter.
    cairo::selectFont(cr, m.label, false);
    const std::string tourTitle = cairo::ellipsize(cr, caption.tourTitle, width - counterWidth - m.padX);
    drawText(cr, tourTitle, left, y + (m.text - m.label) * 0.95, m.label, false, kMuted);
    y += m.topLine + m.gap;
  }
  for (const std::string& line : fitted.title) {
    drawText(cr, line, left, y, m.title, true, kTitle);
    y += m.titleLine;
  }
  if (!fitted.text.empty()) y += m.gap;
  for (const std::string& line : fitted.text) {
    drawText(cr, line, left, y, m.text, false, kText);
    y += m.textLine;
  }
}

}  // namespace

SlideLayout slideLayout(int width, int height, const std::vector<SlideCaption>& captions) {
  SlideLayout layout;
  layout.width = width;
  layout.height = height;
  if (width >= height * kWideSlide) {
    const int column = int(std::floor(width * kColumnShareOfWidth));
    layout.picture = {0, 0, width - column, height};
    layout.caption = {width - column, 0, column, height};
    return layout;
  }
  Measuring measuring;
  const PixelRect whole{0, 0, width, height};
  double tallest = 0.0;
  for (const SlideCaption& caption : captions) {
    const FittedCaption natural = fitWith(measuring.cr.get(), caption, whole, height);
    tallest = std::max(tallest, natural.bottom + metricsFor(height, width, natural.scale).pad);
  }
  const int band = int(std::ceil(std::min(tallest, height * kMostShareOfHeight)));
  layout.picture = {0, 0, width, height - band};
  layout.caption = {0, height - band, width, band};
  return layout;
}

FittedCaption fitCaption(const SlideCaption& caption, const SlideLayout& layout) {
  Measuring measuring;
  return fitWith(measuring.cr.get(), caption, layout.caption, layout.height);
}

Result<Image> composeSlide(const Image& picture, const SlideCaption& caption, const SlideLayout& layout) {
  cairo::Surface slide(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, layout.width, layout.height));
  cairo::Surface view = cairo::surfaceOf(picture);
  cairo_status_t status = cairo_surface_status(slide.get());
  if (status == CAIRO_STATUS_SUCCESS) status = cairo_surface_status(view.get());
  if (status == CAIRO_STATUS_SUCCESS) {
    cairo::Context cr(cairo_create(slide.get()));
    cairo_set_source_surface(cr.get(), view.get(), layout.picture.x, layout.picture.y);
    cairo_paint(cr.get());
    drawCaption(cr.get(), caption, layout);
    status = cairo_status(cr.get());
  }
  if (status != CAIRO_STATUS_SUCCESS) return Error{std::string("the slide could not be laid out: ") + cairo_status_to_string(status), ErrorKind::Failure};
  return cairo::imageOf(slide.get());
}

}  // namespace myo::atlas
