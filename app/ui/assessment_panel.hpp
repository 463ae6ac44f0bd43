#pragma once
// "Assessment": what the therapist records before treating, as ../shared/assessment.md defines it
// — the client's name and 0–10 pain score, the intake checklist with the questions to ask,
// posture, range of motion in degrees against the normal (both sides, short ranges flagged),
// resisted and named tests, and palpation of the muscle selected on the body (tender, taut band,
// twitch, reproduces the pain; a trigger point found, active or latent). Every change ranks the
// pain drawing's candidates again (assessment_editor.hpp) and is part of the session. A red flag
// shows a banner that says to refer, here and above the candidates.

#include <map>
#include <string>
#include <vector>

#include "panel.hpp"

namespace myo::ui {

class AssessmentPanel : public Panel {
 public:
  const char* title() const override { return "Assessment"; }
  void draw(PanelContext& context) override;

 private:
  void drawClient(PanelContext& context);
  void drawIntake(PanelContext& context);
  void drawPosture(PanelContext& context);
  void drawRangeOfMotion(PanelContext& context);
  void drawResisted(PanelContext& context);
  void drawNamedTests(PanelContext& context);
  void drawPalpation(PanelContext& context);
  void drawRecorded(PanelContext& context);
  // The client's sessions in the session file's folder, oldest first: pain score and findings
  // visit by visit. Read again when the folder, the name or the last save changes.
  void drawVisits(PanelContext& context);
  void changed(PanelContext& context);  // re-rank, autosave, redraw

  std::map<std::string, std::string> rangeText_;  // what is typed in each range cell, by widget name
  std::string editingRange_;                      // the cell being typed in, if any
  std::string visitsKey_;
  std::vector<std::string> visitLines_;
  int resistedMovement_ = 0;
  int resistedSide_ = 0;    // 0 left, 1 right
  int resistedResult_ = 0;  // 0 painful, 1 weak
};

// The red banner of the intake's red flags and stops ("Refer to a physician ..."), when there are any.
void drawReferBanner(AppState& state);

}  // namespace myo::ui
