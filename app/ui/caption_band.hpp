#pragma once
// Presenter mode's caption: beside or below the view, the tour's title and the step counter
// ("3 / 7") on a small line, the step's title large below them, and the caption the instructor
// reads out under it. Sized to the screen (CaptionSizes) and coloured for contrast in
// both themes, it is read from the back of a room when projected.

#include <string>
#include <vector>

#include "app_state.hpp"
#include "theme.hpp"

namespace myo::ui {

// A line under the caption's text, e.g. a quiz's choices and its feedback: right and wrong are
// coloured (and always said in words too); a large line takes the title's size.
enum class CaptionTone { Plain, Right, Wrong };
struct CaptionLine {
  std::string text;
  CaptionTone tone = CaptionTone::Plain;
  bool large = false;
};

struct Caption {
  std::string title;
  std::string text;       // may be empty
  std::vector<CaptionLine> lines;  // may be empty
  std::string tourTitle;  // empty without a tour
  std::string counter;    // "3 / 7", empty without a tour
  std::string typedStep;  // digits typed toward "go to step N"
};

// Where a tour's caption goes on this screen (window coordinates): on a wide screen a column on the
// right, the full height, since the body is tall and a tour's captions run to several lines; on a
// squarer one a band across the bottom, as high as the tallest of the captions (at most a share of
// the screen), so that it stays put from step to step and never covers the body a step frames.
ScreenRect captionArea(const std::vector<Caption>& captions, const UiFonts& fonts, const ScreenRect& screen);

// The rest of the screen, for the 3D view. An empty area leaves it the whole screen.
ScreenRect viewBeside(const ScreenRect& screen, const ScreenRect& area);

// The caption's title as drawCaption breaks it into lines in that area.
std::vector<std::string> captionTitleLines(const Caption& caption, const UiFonts& fonts, const ScreenRect& screen,
                                           const ScreenRect& area);

// The lines of the tour's title (a quiz's progress) as drawCaption wraps them, each with its width
// and the room it had (for the state file).
std::vector<TextFit> captionTopLineFits(const Caption& caption, const UiFonts& fonts, const ScreenRect& screen,
                                        const ScreenRect& area);

// Draws the caption in its area. An empty area puts a band as high as the caption across the
// bottom of the screen, over the view (a short caption without a tour); a band taller than its
// area grows upward over the view. Returns where it was drawn.
ScreenRect drawCaption(const Caption& caption, const UiFonts& fonts, Theme theme, const ScreenRect& screen,
                       const ScreenRect& area);

}  // namespace myo::ui
