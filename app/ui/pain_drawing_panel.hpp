#pragma once
// "Where does it hurt": the therapist paints the client's pain on the skin (brush radius and
// intensity, an eraser) or picks body regions, mirrors it to the other side, and reads the muscles
// whose trigger points best explain it, ranked, updating as they paint. Choosing one shows it,
// its trigger point and its pattern over the drawing. The drawing, the chosen muscle and notes
// are a client session: saved to and opened from a file, autosaved after every change.

#include <memory>
#include <optional>

#include "myo/atlas/session_autosave.hpp"
#include "pain_editor.hpp"
#include "panel.hpp"

namespace myo::ui {

class PainDrawingPanel : public Panel {
 public:
  const char* title() const override { return "Where does it hurt"; }
  const char* section() const override { return "Pain"; }
  void update(PanelContext& context) override;
  // Painting (B), a session opened or an autosave to recover: the brush and the session are shown.
  bool wantsShowing(const AppState& state) const override {
    return state.pain.paintMode || state.pain.autosaveOffered || !state.pain.sessionFile.empty();
  }
  void draw(PanelContext& context) override;
  bool takeSceneClick(PanelContext& context, const SceneClick& click) override;
  bool takesSceneDrags(const AppState& state) const override { return state.pain.paintMode; }

 private:
  PainEditor* editor(PanelContext& context);  // null without a skin map or knowledge base
  void drawBrush(PanelContext& context);
  void drawRegionPicker(PanelContext& context);
  void drawCandidates(PanelContext& context);
  void drawSession(PanelContext& context);
  void changed(PanelContext& context);  // the drawing changed: redraw, autosave later
  void autosaveIfDue(PanelContext& context);
  void saveAs(PanelContext& context);
  void open(PanelContext& context, const std::filesystem::path& file, bool recovering);
  // The client handout of the drawing and the chosen muscle, beside the session file (or in the
  // screenshot folder before there is one); what happened goes in the session message.
  void writeHandout(PanelContext& context);
  // The therapist's report of the session (myoatlas report), beside the session file or in the
  // screenshot folder.
  void writeReport(PanelContext& context);
  // Beside the session file once there is one, else the untitled autosave in the state folder.
  atlas::SessionAutosave autosave() const;

  std::unique_ptr<PainEditor> editor_;  // built when the panel is first used
  std::filesystem::path sessionFile_;   // the file the session was last saved to or opened from
  bool checkedForAutosave_ = false;
  bool unsavedEdit_ = false;            // changed since the last autosave
  int regionChoice_ = 0;                // index into the region vocabulary
};

}  // namespace myo::ui
