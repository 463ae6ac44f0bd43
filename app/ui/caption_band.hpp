#pragma once
// Presenter mode's caption: a band across the bottom of the screen with the tour's title and the
// step counter ("3 / 7") on a small line, the step's title large below them, and the caption the
// instructor reads out under it. Sized to the screen (CaptionSizes) and coloured for contrast in
// both themes, it is read from the back of a room when projected.

#include <string>

#include "app_state.hpp"
#include "theme.hpp"

namespace myo::ui {

struct Caption {
  std::string title;
  std::string text;       // may be empty
  std::string tourTitle;  // empty without a tour
  std::string counter;    // "3 / 7", empty without a tour
  std::string typedStep;  // digits typed toward "go to step N"
};

// The height kept free for the band under the 3D view while a tour plays, so that the body the
// step frames is never behind its caption: room for the title and two lines of caption.
float captionBandReserve(float screenHeight);

// Draws the band at the bottom of `screen` (window coordinates), at least `reserve` high and
// higher, over the view, for a longer caption. Returns where it was drawn.
ScreenRect drawCaptionBand(const Caption& caption, const UiFonts& fonts, Theme theme, const ScreenRect& screen,
                           float reserve);

}  // namespace myo::ui
