#include "print/cairo_text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <sstream>
#include <string_view>

#include "myo/atlas/title_fitting.hpp"

namespace myo::atlas::cairo {

void selectFont(cairo_t* cr, double size, bool bold) {
  cairo_select_font_face(cr, kFont, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size(cr, size);
}

double textWidth(cairo_t* cr, const std::string& text) {
  cairo_text_extents_t extents;
  cairo_text_extents(cr, text.c_str(), &extents);
  return extents.x_advance;
}

std::vector<std::string> wrapText(cairo_t* cr, const std::string& text, double maxWidth) {
  std::vector<std::string> lines;
  std::istringstream paragraphs(text);
  std::string paragraph;
  while (std::getline(paragraphs, paragraph)) {
    std::istringstream words(paragraph);
    std::string word;
    std::string line;
    while (words >> word) {
      const std::string candidate = line.empty() ? word : line + " " + word;
      if (!line.empty() && textWidth(cr, candidate) > maxWidth) {
        lines.push_back(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    lines.push_back(line);
  }
  return lines;
}

std::string withEllipsis(cairo_t* cr, std::string text, double maxWidth) {
  const std::string ellipsis = "\u2026";
  // "short.…" reads as a typo: the ellipsis takes the place of the punctuation.
  const auto trimEnd = [&text] {
    while (!text.empty() && std::string_view(" .,;:").find(text.back()) != std::string_view::npos) text.pop_back();
  };
  trimEnd();
  while (!text.empty() && textWidth(cr, text + ellipsis) > maxWidth) {
    // Drop one UTF-8 character (its continuation bytes first), then the spaces before it.
    while (!text.empty() && (static_cast<unsigned char>(text.back()) & 0xC0U) == 0x80U) text.pop_back();
    if (!text.empty()) text.pop_back();
    trimEnd();
  }
  return text + ellipsis;
}

double fittedTitleSize(cairo_t* cr, const std::string& title, double titleSize, double textSize, double maxWidth) {
  selectFont(cr, titleSize, true);
  return myo::atlas::fittedTitleSize(title, titleSize, textSize, maxWidth,
                                     [cr](std::string_view word) { return textWidth(cr, std::string(word)); });
}

std::string ellipsize(cairo_t* cr, const std::string& text, double maxWidth) {
  return textWidth(cr, text) <= maxWidth ? text : withEllipsis(cr, text, maxWidth);
}

Surface surfaceOf(const Image& picture) {
  Surface surface(cairo_image_surface_create(CAIRO_FORMAT_ARGB32, picture.width, picture.height));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return surface;
  cairo_surface_flush(surface.get());
  unsigned char* data = cairo_image_surface_get_data(surface.get());
  const int stride = cairo_image_surface_get_stride(surface.get());
  for (int row = 0; row < picture.height; ++row)
    for (int column = 0; column < picture.width; ++column) {
      const std::uint8_t* p = picture.at(column, row);
      const std::uint32_t a = p[3];
      const auto premultiply = [a](std::uint8_t c) { return std::uint32_t(c) * a / 255u; };
      const std::uint32_t argb = (a << 24) | (premultiply(p[0]) << 16) | (premultiply(p[1]) << 8) | premultiply(p[2]);
      std::memcpy(data + std::ptrdiff_t(row) * stride + std::ptrdiff_t(column) * 4, &argb, 4);
    }
  cairo_surface_mark_dirty(surface.get());
  return surface;
}

Image imageOf(cairo_surface_t* surface) {
  cairo_surface_flush(surface);
  Image image(cairo_image_surface_get_width(surface), cairo_image_surface_get_height(surface));
  const unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int row = 0; row < image.height; ++row)
    for (int column = 0; column < image.width; ++column) {
      std::uint32_t argb = 0;
      std::memcpy(&argb, data + std::ptrdiff_t(row) * stride + std::ptrdiff_t(column) * 4, 4);
      const std::uint32_t a = argb >> 24;
      const auto unpremultiply = [a](std::uint32_t c) { return std::uint8_t(a == 0 ? 0 : std::min(255u, c * 255u / a)); };
      std::uint8_t* p = image.at(column, row);
      p[0] = unpremultiply((argb >> 16) & 0xFFu);
      p[1] = unpremultiply((argb >> 8) & 0xFFu);
      p[2] = unpremultiply(argb & 0xFFu);
      p[3] = std::uint8_t(a);
    }
  return image;
}

void drawFitted(cairo_t* cr, const Image& picture, double x, double y, double width, double height) {
  if (picture.width <= 0 || picture.height <= 0) return;
  Surface surface = surfaceOf(picture);
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) return;
  const double scale = std::min(width / picture.width, height / picture.height);
  cairo_save(cr);
  cairo_translate(cr, x + (width - picture.width * scale) / 2, y + (height - picture.height * scale) / 2);
  cairo_scale(cr, scale, scale);
  cairo_set_source_surface(cr, surface.get(), 0, 0);
  cairo_paint(cr);
  cairo_restore(cr);
}

}  // namespace myo::atlas::cairo
