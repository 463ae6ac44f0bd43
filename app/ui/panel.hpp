#pragma once
// The seam for panels. Each panel is one file with one class deriving from Panel; App lists them
// in makePanels (app.cpp) and draws them in order: the left column's in sections the user picks
// from a row of buttons at its top (panel_columns.cpp), the right column's as the card beside the
// body. A panel reads and changes AppState and asks
// the App for anything beyond that (selecting, framing, screenshots) through AppCommands.
//
// A new panel is one more file. The pain drawing (pain_drawing_panel.cpp) shows the pattern: it
// keeps its field in AppState::view.pain (the scene paints it on the skin), takes presses and
// drags on the body through takesSceneDrags and takeSceneClick, and calls
// commands.sceneChanged() when the picture must be redrawn. The quiz card (quiz_card.cpp) also
// takes keys (takeKey) and every click on the body while its question is open, and moves the
// camera (lookAt, moveCamera) to face each question and to go back after the round.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/engine/bounds.hpp"
#include "myo/engine/camera.hpp"

#include "app_state.hpp"
#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/engine/camera.hpp"
#include "theme.hpp"

namespace myo::ui {

// What panels may ask of the App.
class AppCommands {
 public:
  virtual ~AppCommands() = default;
  virtual void selectStructure(const atlas::StructureRef& ref) = 0;
  virtual void clearSelection() = 0;
  virtual void frameSelection() = 0;  // or the whole body when nothing is selected
  virtual void setView(ViewPreset preset) = 0;
  // Turns to the preset's direction and frames the box (margin > 1 leaves room around it).
  virtual void lookAt(ViewPreset preset, const Bounds& box, float margin) = 0;
  // A smooth move of the camera (to restore a view: camera() below says where it is now).
  virtual void moveCamera(const OrbitCamera& destination) = 0;
  virtual void takeScreenshot(bool withoutUi) = 0;
  // The display state, patterns or settings changed: restyle and redraw the scene.
  virtual void sceneChanged() = 0;
  // The UI scale or theme changed: rebuild fonts and style before the next frame.
  virtual void lookChanged() = 0;
  virtual void settingsChanged() = 0;  // save them
  // Tours: shows step `index` of state.tour (its layers, selection, patterns) and moves the
  // camera there; a step the scene cannot show is reported in state.tour.message.
  virtual void showTourStep(std::size_t index) = 0;
  virtual void setPresenting(bool presenting) = 0;  // presenter mode: full screen, panels hidden
  // Where the camera looks from now: to record a step, or to come back to after a quiz.
  virtual const OrbitCamera& camera() const = 0;
  // A trigger point's referral was saved into its card (the zone editor): the running window's
  // knowledge base takes it, and the heat map shows it.
  virtual void referralSaved(const std::string& triggerPointId, const atlas::Referral& referral) = 0;
};

struct PanelContext {
  AppState& state;
  const atlas::AtlasScene& atlas;
  const atlas::KnowledgeBase* kb;  // null for an imported model without anatomy
  AppCommands& commands;
  const UiFonts& fonts;
};

// A click on the body in the 3D view.
struct SceneClick {
  std::optional<atlas::StructureInfo> structure;  // unset: the click hit nothing known
  glm::vec3 point{0.0f};
  glm::vec3 normal{0.0f};
};

enum class PanelColumn { Left, Right };

class Panel {
 public:
  virtual ~Panel() = default;
  virtual const char* title() const = 0;
  virtual PanelColumn column() const { return PanelColumn::Left; }
  // The left column's section (its button) the panel is shown in; panels of one section are shown
  // together, under their titles. A panel of its own is its own section.
  virtual const char* section() const { return title(); }
  virtual void draw(PanelContext& context) = 0;
  // Work a panel does every frame, drawn or not (a left-column panel of a section not shown is
  // not drawn): autosaving, a file to open at start.
  virtual void update(PanelContext& /*context*/) {}
  // True while the panel asks to be shown (the search box after Ctrl+F): its section is shown when
  // this becomes true.
  virtual bool wantsShowing(const AppState& /*state*/) const { return false; }
  // Called before a click on the body selects anything; return true to take the click (a brush).
  virtual bool takeSceneClick(PanelContext& /*context*/, const SceneClick& /*click*/) { return false; }
  // While true, a left-button press on the body and every move while it is held go to
  // takeSceneClick (a brush that paints as it is dragged) instead of turning the body.
  virtual bool takesSceneDrags(const AppState& /*state*/) const { return false; }
  // The left button, pressed on the body while takesSceneDrags, came up: a drawn stroke ends.
  virtual void sceneDragEnded(PanelContext& /*context*/) {}
  // A key pressed while no text field has the keyboard (GLFW key and modifiers), offered to the
  // panels before the window's own shortcuts; return true to take it. Take a key only while it
  // means something in the panel (the quiz's 1-4 while a question is open), so the shortcuts keep
  // working otherwise.
  virtual bool takeKey(PanelContext& /*context*/, int /*key*/, int /*mods*/) { return false; }
};

// The App's panels, in the order they are drawn. ("class": in a unity build, key_bindings.cpp's
// `using enum KeyScope` brings a KeyScope::Panel into this namespace.)
using PanelList = std::vector<std::unique_ptr<class Panel>>;

}  // namespace myo::ui
