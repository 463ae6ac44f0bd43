#pragma once
// The Tour panel: open a tour file, see its steps and jump to one, step back and forth or let it
// play (a step every few seconds), record the view on screen as a new step with its title and
// caption, reorder or delete steps, save the tour, and start presenter mode at the current step.
// What it plays and edits is state.tour (tour_state.hpp); showing a step is the App's
// (AppCommands::showTourStep), which stages it for the view's shape and moves the camera.

#include "panel.hpp"

namespace myo::ui {

class TourPanel : public Panel {
 public:
  const char* title() const override { return "Tour"; }
  void draw(PanelContext& context) override;

 private:
  void drawFile(PanelContext& context);
  void drawSteps(PanelContext& context);
  void drawPlayback(PanelContext& context);
  void drawRecorder(PanelContext& context);
  void open(PanelContext& context);
  void save(PanelContext& context);
  void addCurrentView(PanelContext& context);

  bool confirmDiscard_ = false;  // Open was pressed once over unsaved steps
};

}  // namespace myo::ui
