#pragma once
// What the handout and the captioned slides both need from cairo: owned handles, DejaVu text
// measured and wrapped to a width in the current font, and myo::Image in and out of cairo's
// pixel format. Cairo's own ("toy") text API with the font found through fontconfig: no pango.

#include <cairo.h>

#include <string>
#include <vector>

#include "myo/engine/image.hpp"

namespace myo::atlas::cairo {

inline constexpr const char* kFont = "DejaVu Sans";

// Owns a cairo object, so every path out of a function releases it.
template <class T, void (*Destroy)(T*)>
class Handle {
 public:
  explicit Handle(T* handle) : handle_(handle) {}
  ~Handle() {
    if (handle_ != nullptr) Destroy(handle_);
  }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Handle(Handle&& other) noexcept : handle_(other.handle_) { other.handle_ = nullptr; }
  Handle& operator=(Handle&&) = delete;
  T* get() const { return handle_; }

 private:
  T* handle_;
};
using Surface = Handle<cairo_surface_t, cairo_surface_destroy>;
using Context = Handle<cairo_t, cairo_destroy>;

// Selects DejaVu Sans at `size` (user units), bold or regular.
void selectFont(cairo_t* cr, double size, bool bold);

// How far `text` advances in the current font.
double textWidth(cairo_t* cr, const std::string& text);

// The text broken at spaces into lines no wider than `maxWidth` in the current font; explicit
// line breaks are kept. A single word wider than the line gets a line of its own.
std::vector<std::string> wrapText(cairo_t* cr, const std::string& text, double maxWidth);

// The size at which the bold `title` has no word wider than `maxWidth`: `titleSize`, or smaller
// but never below `textSize` (fittedTitleSize in myo/atlas/title_fitting.hpp).
double fittedTitleSize(cairo_t* cr, const std::string& title, double titleSize, double textSize, double maxWidth);

// `text` ended with "…" (cut at a character boundary as far as needed) so it fits `maxWidth`:
// for a line after which words were left out.
std::string withEllipsis(cairo_t* cr, std::string text, double maxWidth);

// `text` unchanged when it fits `maxWidth`, else withEllipsis.
std::string ellipsize(cairo_t* cr, const std::string& text, double maxWidth);

// An ARGB32 surface holding the picture (RGBA, straight alpha → premultiplied); null-surface
// status when cairo cannot allocate it.
Surface surfaceOf(const Image& picture);

// Paints the picture scaled to fit the box, centred; nothing when it is empty or cairo cannot
// hold it.
void drawFitted(cairo_t* cr, const Image& picture, double x, double y, double width, double height);

// The pixels of an ARGB32 image surface as RGBA.
Image imageOf(cairo_surface_t* surface);

}  // namespace myo::atlas::cairo
