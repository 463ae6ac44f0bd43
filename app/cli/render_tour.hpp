#pragma once
// `myoatlas render --tour FILE -o DIR`: one PNG per step of a tour, for slides, named
// `01-<slug of the step's title>.png`, `02-...`. A tour that does not open or a step that cannot
// be staged is refused before anything is written. With `captions`, each slide carries the step's
// words beside or below the picture (atlas::composeSlide), the picture rendered for its part.

#include <filesystem>
#include <string>

#include "myo/engine/colormap.hpp"
#include "render_setup.hpp"

namespace myo::cli {

struct TourSlideOptions {
  std::string tour;
  std::string outputDir;
  std::string model;  // empty: the built-in body
  PictureSize size;
  Colormap colormap = Colormap::Clinical;
  bool headless = false;
  bool captions = false;
};

// The exit code: 0 when every slide was written, 2 for a bad tour or folder, 1 for a failure of
// the program's own.
int renderTourSlides(const TourSlideOptions& options);

// "Temple headache: upper trapezius" → "temple-headache-upper-trapezius": lower-case ASCII
// letters and digits joined by single dashes, at most 48 characters; "step" when none are left.
std::string slideSlug(const std::string& title);

// "01-temple-headache.png" for the first of up to 99 slides; wider numbers for longer tours.
std::string slideFileName(std::size_t index, std::size_t count, const std::string& title);

}  // namespace myo::cli
