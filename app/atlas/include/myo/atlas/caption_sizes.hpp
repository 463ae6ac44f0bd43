#pragma once
// The sizes of a tour step's caption, as shares of the screen's (or slide's) height, so it reads
// from the back of a classroom when projected whatever the resolution. Presenter mode in the
// window and the captioned slides of `myoatlas render --tour --captions` share them.

namespace myo::atlas {

struct CaptionSizes {
  float title = 0.0f;  // the step's title
  float text = 0.0f;   // the caption read out, the step counter
  float label = 0.0f;  // the tour's title
};

// At 1080 lines: a 62-pixel title, 39-pixel text; never below the window's own UI sizes.
CaptionSizes captionSizesFor(float screenHeight);

}  // namespace myo::atlas
