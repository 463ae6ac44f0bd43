#pragma once
// A tour step as a slide that carries its words (`myoatlas render --tour --captions`): the 3D
// picture beside or above a dark caption area holding the tour's title and "3 / 8" small, the
// step's title large and bold and the caption wrapped below — the look of presenter mode. On a
// wide slide the caption is a column on the right, on a squarer one a band along the bottom; the
// picture is rendered for the part left to it, so the body is framed where it can be seen.
//
//   const SlideLayout layout = slideLayout(1280, 720, captions);   // every step's caption
//   ... render each step at layout.picture.width x layout.picture.height ...
//   Result<Image> slide = composeSlide(picture, captions[i], layout);

#include <string>
#include <vector>

#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

struct SlideCaption {
  std::string tourTitle;
  std::string counter;  // "3 / 8"
  std::string title;
  std::string text;     // may be empty
};

struct PixelRect {
  int x = 0, y = 0, width = 0, height = 0;
};

struct SlideLayout {
  int width = 0, height = 0;  // the whole slide
  PixelRect picture;
  PixelRect caption;
};

// Where the picture and the caption go on a slide of this size. The captions are every step's,
// so all slides of a deck share one layout; a band is as tall as the tallest caption needs, up
// to 45% of the slide.
SlideLayout slideLayout(int width, int height, const std::vector<SlideCaption>& captions);

// The caption's lines as they fit its area: at the presenter's sizes if they fit, else smaller
// down to 60% of them, and past that the last line that fits ends in "…". Nothing is placed
// beyond `bottom`, which is within the area.
struct FittedCaption {
  double scale = 1.0;  // of the presenter's sizes
  std::vector<std::string> title, text;
  bool shortened = false;  // some of the words did not fit
  double bottom = 0.0;     // where the last line ends, in slide pixels
};
FittedCaption fitCaption(const SlideCaption& caption, const SlideLayout& layout);

// The slide: `picture` (layout.picture's size) with the caption drawn in its area.
Result<Image> composeSlide(const Image& picture, const SlideCaption& caption, const SlideLayout& layout);

}  // namespace myo::atlas
