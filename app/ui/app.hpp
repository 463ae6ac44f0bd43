#pragma once
// App: the interactive window's one owner of state. It runs the frame loop — wait for input,
// update the camera, draw the panels, render the 3D scene only when it changed (otherwise the
// cached picture is presented again), write the state file — and carries out what panels ask
// (AppCommands). Panels live in their own files; makePanels lists them. Tours and presenter
// mode are in app_presenter.cpp.

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

#include <glm/vec2.hpp>

#include "app_state.hpp"
#include "camera_controller.hpp"
#include "full_screen.hpp"
#include "input_queue.hpp"
#include "key_bindings.hpp"
#include "myo/engine/frame_renderer.hpp"
#include "panel.hpp"
#include "panel_columns.hpp"
#include "pointer_gesture.hpp"
#include "probe_overlay.hpp"
#include "scene_viewport.hpp"
#include "settings.hpp"
#include "state_dump.hpp"
#include "theme.hpp"
#include "viewer.hpp"

struct GLFWwindow;

namespace myo::ui {

// The settings file the window reads and saves, and what was read from it before the window opened.
struct SettingsFile {
  std::filesystem::path path;  // empty: settings are neither read nor written
  SettingsReading reading;
};

class App final : public AppCommands {
 public:
  // kb: the window's own copy, which the zone editor's saves update (null for an imported model).
  // options: as checked by the caller (a tour, a session); the title is the caller's.
  App(GLFWwindow* window, InputQueue& input, atlas::AtlasScene scene, atlas::KnowledgeBase* kb,
      FrameRenderer renderer, ViewerOptions options, SettingsFile settings);
  App(const App&) = delete;
  App& operator=(const App&) = delete;

  void run();  // until the window is closed; saves the settings on the way out

  // AppCommands
  void selectStructure(const atlas::StructureRef& ref) override;
  void clearSelection() override;
  void frameSelection() override;
  void setView(ViewPreset preset) override;
  void lookAt(ViewPreset preset, const Bounds& box, float margin) override;
  void moveCamera(const OrbitCamera& destination) override;
  void takeScreenshot(bool withoutUi) override;
  void sceneChanged() override;
  void lookChanged() override;
  void settingsChanged() override;
  void showTourStep(std::size_t index) override;
  void setPresenting(bool presenting) override;
  const OrbitCamera& camera() const override { return camera_.current(); }
  void referralSaved(const std::string& triggerPointId, const atlas::Referral& referral) override;

 private:
  bool framesDue() const;  // another frame is due without new input
  void waitForEvents(double now);
  void applyLook();
  void updateLayout();
  void handleKeys();
  void runKeyCommand(const BoundKey& bound, const KeyPress& press);
  bool handlePresenterKey(const KeyPress& press);  // false: not a presenter key
  void goToTourStep(std::size_t index, bool smoothly);
  // A box framed by lookAt (a quiz question), kept while the user leaves the camera alone: when
  // the view changes shape (presenter mode's caption comes or goes) it is framed again for it.
  struct Framing {
    ViewPreset preset = ViewPreset::Anterior;
    Bounds box;
    float margin = 1.0f;
  };
  void refitFramed();
  std::optional<ScreenRect> framedOnScreen() const;  // where the framed box is drawn, for the state file
  void refitStepCamera();  // the view changed shape: the step's camera for the new one
  void advanceTourIfDue(double now);
  void userMovedCamera();  // by hand: views and steps no longer refit
  bool panelTookKey(int key, int mods);
  void handleSceneMouse();
  void carryOut(const std::optional<PointerAction>& action);
  void updateHover(double now);
  void updateProbe(double now);  // the palpation probe, while its key is held (app_pointer.cpp)
  void sceneClick(glm::vec2 cursor, double time);
  Panel* brushPanel();  // the panel that takes presses and drags on the body now, if any
  void brushAt(glm::vec2 cursor);
  void endBrushing();  // the button came up: the brush panel's stroke ends
  void updatePanels();  // every panel's work of the frame, drawn or not
  void drawPanels();
  ImFont* labelFont() const;  // the labels' font: the window's, or presenter mode's caption label
  void labelBody();  // lays out the labels again when the view, the camera or what to label changed
  void drawWindow();
  void saveScreenshot(int framebufferWidth, int framebufferHeight);
  void writeState();
  std::optional<glm::vec2> selectionOnScreen() const;
  FrameSettings frameSettings() const;
  void saveSettings();
  void rememberWindowLayout();
  void notify(std::string message, double seconds = 6.0);

  bool onScene(glm::vec2 cursor) const;  // in the 3D view and not over a panel
  PanelContext panelContext();
  void startPaintingAhead();

  GLFWwindow* window_;
  InputQueue& input_;
  atlas::AtlasScene atlas_;
  atlas::KnowledgeBase* kb_;
  Bounds bodyBounds_;

  AppState state_;
  SceneViewport viewport_;  // after state_: it reads state_.view
  CameraController camera_;
  std::optional<Framing> framed_;
  std::vector<std::unique_ptr<Panel>> panels_;
  PanelColumns columns_;
  UiFonts fonts_;
  bool lookDirty_ = true;
  bool fontsUploaded_ = false;

  std::filesystem::path settingsPath_;
  bool settingsWritable_ = true;  // false when the file was damaged: it is left as it is
  bool settingsDirty_ = false;
  StateFileWriter stateFile_;

  double lastSceneFrameMs_ = 0.0;
  double lastPanelFrameMs_ = 0.0;
  int uiFrames_ = 2;  // frames still to draw for ImGui to settle after input

  float panelShrink_ = 1.0f;  // how much the side columns are narrowed to leave the body room
  glm::vec2 windowSize_{0.0f};

  PointerGesture gesture_;
  bool hoverPending_ = false;
  double lastHoverPick_ = -1.0;
  PalpationProbe probe_{atlas_};
  std::optional<bool> screenshotPending_;  // the value: without the UI

  FullScreen fullScreen_;
  float captionScreenHeight_ = 0.0f;  // the caption fonts are loaded for a screen this high
  double nextAdvance_ = -1.0;         // glfwGetTime() of the next step while a tour plays; < 0: not timed
  std::optional<atlas::QuizOptions> quizAtStart_;
  std::string labelledFor_;  // the muscles and view the labels shown were laid out for
  // The camera of the previous frame: while it changes from frame to frame (a turn, a zoom, a move)
  // the labels are hidden and laid out once it rests, not at every frame of the move.
  OrbitCamera cameraLastFrame_;

  // Paints every referral pattern in the background once the window is up, so that choosing a
  // muscle shows its heat map at once. Last member: stopped and joined before the scene it reads.
  std::jthread paintingAhead_;
};

}  // namespace myo::ui
