#pragma once
// Drawing a text page top-down with cairo, shared by the handout and the therapist's report: A4
// measures, the page's colours, and PageWriter, which places each block of wrapped text below the
// previous one and draws framed pictures.

#include <cairo.h>

#include <algorithm>
#include <string>
#include <vector>

#include "myo/atlas/handout_page.hpp"
#include "print/cairo_text.hpp"

namespace myo::atlas::print {

// A4 in PostScript points (1/72 inch).
constexpr double kPageWidth = 595.276;
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 42.0;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kGutter = 16.0;

struct Colour {
  double r, g, b;
};
constexpr Colour kInk{0.1, 0.1, 0.12};
constexpr Colour kMuted{0.38, 0.4, 0.44};
constexpr Colour kAccent{0.66, 0.11, 0.11};  // the chart red of the heat maps
constexpr Colour kRule{0.75, 0.77, 0.8};


// Draws text top-down on the page: each call places a block below the previous one.
class PageWriter {
 public:
  explicit PageWriter(cairo_t* cr) : cr_(cr) {}

  double y = kMargin;

  void font(double size, bool bold, Colour colour = kInk) const {
    cairo::selectFont(cr_, size, bold);
    cairo_set_source_rgb(cr_, colour.r, colour.g, colour.b);
  }

  double width(const std::string& text) const { return cairo::textWidth(cr_, text); }

  std::vector<std::string> wrap(const std::string& text, double maxWidth) const { return cairo::wrapText(cr_, text, maxWidth); }

  // Writes wrapped text at x, from the current y; returns how many lines it took.
  std::size_t block(const std::string& text, double x, double maxWidth, double size, bool bold, Colour colour = kInk,
                    double bottom = kPageHeight) {
    font(size, bold, colour);
    const double lineHeight = size * 1.35;
    std::size_t count = 0;
    for (const std::string& line : wrap(text, maxWidth)) {
      if (y + lineHeight > bottom) break;
      y += lineHeight;
      cairo_move_to(cr_, x, y - size * 0.3);
      cairo_show_text(cr_, line.c_str());
      ++count;
    }
    return count;
  }

  void rule(double atY, Colour colour = kRule, double lineWidth = 0.6) const {
    cairo_set_source_rgb(cr_, colour.r, colour.g, colour.b);
    cairo_set_line_width(cr_, lineWidth);
    cairo_move_to(cr_, kMargin, atY);
    cairo_line_to(cr_, kPageWidth - kMargin, atY);
    cairo_stroke(cr_);
  }

  // The image scaled to fit the box, centred, on a thin frame, with its labels.
  void image(const CaptionedImage& captioned, double x, double top, double boxWidth, double boxHeight) const {
    image(captioned.image, x, top, boxWidth, boxHeight);
    const Image& picture = captioned.image;
    if (picture.width <= 0 || picture.height <= 0) return;
    const double scale = std::min((boxWidth - 2) / picture.width, (boxHeight - 2) / picture.height);
    const double left = x + (boxWidth - picture.width * scale) / 2;
    const double upper = top + (boxHeight - picture.height * scale) / 2;
    for (const PictureLabel& label : captioned.labels) {
      // Above and to the right of the point, on a white tab, so it reads on skin and on red alike.
      font(9, true);
      const double w = width(label.text);
      const double lx = std::clamp(left + label.x * scale + 7, x + 1, x + boxWidth - w - 5);
      const double ly = std::clamp(upper + label.y * scale - 7, top + 11, top + boxHeight - 3);
      cairo_set_source_rgb(cr_, 1, 1, 1);
      cairo_rectangle(cr_, lx - 2, ly - 9, w + 4, 11.5);
      cairo_fill_preserve(cr_);
      cairo_set_source_rgb(cr_, kInk.r, kInk.g, kInk.b);
      cairo_set_line_width(cr_, 0.6);
      cairo_stroke(cr_);
      cairo_move_to(cr_, lx, ly);
      cairo_show_text(cr_, label.text.c_str());
    }
  }

  void image(const Image& picture, double x, double top, double boxWidth, double boxHeight) const {
    cairo_set_source_rgb(cr_, kRule.r, kRule.g, kRule.b);
    cairo_set_line_width(cr_, 0.6);
    cairo_rectangle(cr_, x, top, boxWidth, boxHeight);
    cairo_stroke(cr_);
    cairo::drawFitted(cr_, picture, x + 1, top + 1, boxWidth - 2, boxHeight - 2);
  }

 private:
  cairo_t* cr_;
};

}  // namespace myo::atlas::print
