#include "label_drawing.hpp"

#include <cmath>

#include "cairo_text.hpp"
#include "myo/atlas/label_picture.hpp"

namespace myo::atlas {

namespace {

// The labels' look: ink nearly black, boxes nearly white and slightly see-through so the body's
// edge still reads behind a box that had to cover it.
constexpr double kInk[3] = {0.08, 0.09, 0.11};
constexpr double kBoxFill[4] = {0.97, 0.96, 0.92, 0.93};
constexpr double kBoxBorder[4] = {0.25, 0.27, 0.30, 0.9};

void setInk(cairo_t* cr, double alpha = 1.0) { cairo_set_source_rgba(cr, kInk[0], kInk[1], kInk[2], alpha); }

}  // namespace

void drawLabelsOn(cairo_t* cr, std::span<const PlacedLabel> labels, double fontSize) {
  cairo_save(cr);
  const double line = std::max(1.0, fontSize / 11.0);
  // Leaders first, so the boxes and dots sit on top of them; a light casing under each dark line
  // keeps it visible across the dark muscles.
  cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
  for (const bool casing : {true, false}) {
    for (const PlacedLabel& label : labels) {
      cairo_move_to(cr, label.lineStart.x, label.lineStart.y);
      cairo_line_to(cr, label.anchor.x, label.anchor.y);
    }
    if (casing) {
      cairo_set_source_rgba(cr, 0.92, 0.92, 0.90, 0.7);
      cairo_set_line_width(cr, line * 2.6);
    } else {
      setInk(cr);
      cairo_set_line_width(cr, line);
    }
    cairo_stroke(cr);
  }
  const double dot = std::max(2.5, fontSize * 0.25);
  for (const PlacedLabel& label : labels) {
    cairo_arc(cr, label.anchor.x, label.anchor.y, dot + line, 0.0, 2.0 * M_PI);
    cairo_set_source_rgba(cr, 1.0, 1.0, 1.0, 0.95);
    cairo_fill(cr);
    cairo_arc(cr, label.anchor.x, label.anchor.y, dot, 0.0, 2.0 * M_PI);
    setInk(cr);
    cairo_fill(cr);
  }
  cairo::selectFont(cr, fontSize, false);
  cairo_font_extents_t font;
  cairo_font_extents(cr, &font);
  for (const PlacedLabel& label : labels) {
    cairo_rectangle(cr, label.box.x + 0.5, label.box.y + 0.5, label.box.width - 1.0, label.box.height - 1.0);
    cairo_set_source_rgba(cr, kBoxFill[0], kBoxFill[1], kBoxFill[2], kBoxFill[3]);
    cairo_fill_preserve(cr);
    cairo_set_source_rgba(cr, kBoxBorder[0], kBoxBorder[1], kBoxBorder[2], kBoxBorder[3]);
    cairo_set_line_width(cr, 1.0);
    cairo_stroke(cr);
    // The text centred in its box: the box is the measured text plus the same padding all round.
    const double width = cairo::textWidth(cr, label.text);
    const double textHeight = font.ascent + font.descent;
    cairo_move_to(cr, label.box.x + (label.box.width - width) * 0.5,
                  label.box.y + (label.box.height - textHeight) * 0.5 + font.ascent);
    setInk(cr);
    cairo_show_text(cr, label.text.c_str());
  }
  cairo_restore(cr);
}

std::function<LabelSize(std::string_view)> labelTextMeasure(float fontPixels) {
  return [fontPixels](std::string_view text) {
    cairo::Surface scratch(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 1, 1));
    cairo::Context cr(cairo_create(scratch.get()));
    cairo::selectFont(cr.get(), fontPixels, false);
    cairo_font_extents_t font;
    cairo_font_extents(cr.get(), &font);
    return LabelSize{float(cairo::textWidth(cr.get(), std::string(text))), float(font.ascent + font.descent)};
  };
}

Image drawLabels(const Image& picture, std::span<const PlacedLabel> labels, float fontPixels) {
  cairo::Surface surface = cairo::surfaceOf(picture);
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return picture;
  {
    cairo::Context cr(cairo_create(surface.get()));
    drawLabelsOn(cr.get(), labels, fontPixels);
  }
  return cairo::imageOf(surface.get());
}

std::vector<PlacedLabel> placedOf(const std::vector<BodyLabel>& labels) {
  std::vector<PlacedLabel> placed;
  for (const BodyLabel& label : labels) placed.push_back(label.placed);
  return placed;
}

}  // namespace myo::atlas
