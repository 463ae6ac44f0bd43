#pragma once
// What the window knows of the classroom modes: the tour being played or recorded (its steps,
// which one is shown, auto-advance, the Tour panel's fields) and presenter mode (full screen,
// pointer, heat map shown or not). Plain data that AppState holds, so the state dump and the unit
// tests read it as it is.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "myo/atlas/tour.hpp"

namespace myo::ui {

struct TourState {
  std::optional<atlas::Tour> tour;  // unset until one is opened or its first step recorded
  std::size_t step = 0;             // the current step, an index into tour->steps
  bool edited = false;              // steps added, removed or moved since the last open or save
  // The camera shows the step as staged: a change of the view's shape stages it again. Turning,
  // panning or zooming by hand ends it.
  bool cameraOnStep = false;
  bool stepShowsMarkers = false;  // the step asks for trigger-point markers
  std::vector<std::string> stepRegions;  // body regions the step paints (full ids)

  bool playing = false;          // auto-advance
  float secondsPerStep = 10.0f;

  // The Tour panel's fields.
  std::string file;              // where Save writes and Open reads
  bool fileFocused = false;
  std::string newStepTitle;
  std::string newStepCaption;
  std::string message;           // what the last open, save or step did, or why it failed
  bool messageIsError = false;
};

struct PresenterState {
  bool presenting = false;  // panels hidden, captions large, keyboard-driven
  bool fullScreen = false;  // the window covers its monitor (false when the system refused)
  bool pointer = false;     // a bright ring follows the mouse for the class to see
  bool heatShown = true;    // H hides the painted patterns and regions; each new step shows them again
  std::string typedStep;    // digits typed toward "go to step N" (Enter)
};

}  // namespace myo::ui
