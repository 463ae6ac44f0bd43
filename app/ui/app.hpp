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
#include "myo/engine/frame_renderer.hpp"
#include "myo/engine/gpu_scene.hpp"
#include "myo/engine/offscreen_target.hpp"
#include "panel.hpp"
#include "state_dump.hpp"
#include "theme.hpp"

struct GLFWwindow;

namespace myo::ui {

struct AppOptions {
  std::string modelLabel;
  std::filesystem::path settingsPath;  // empty: settings are neither read nor written
  SettingsReading settings;
  std::filesystem::path stateFile;     // empty: no state dump
  std::optional<atlas::Tour> tour;     // opened and checked by the caller: shown from its first step
  std::string tourFile;                // where it came from, for the Tour panel's Save
  bool present = false;                // start in presenter mode
  std::optional<atlas::QuizOptions> quiz;  // a quiz round to start as the window opens
  std::filesystem::path session;       // a session to open as the window opens (checked by the caller)
};

class App final : public AppCommands {
 public:
  // kb: the window's own copy, which the zone editor's saves update (null for an imported model).
  App(GLFWwindow* window, InputQueue& input, atlas::AtlasScene scene, atlas::KnowledgeBase* kb,
      FrameRenderer renderer, AppOptions options);
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
  bool handlePresenterKey(const KeyPress& press);  // false: not a presenter key
  void goToTourStep(std::size_t index, bool smoothly);
  void refitStepCamera();  // the view changed shape: the step's camera for the new one
  void advanceTourIfDue(double now);
  void userMovedCamera();  // by hand: views and steps no longer refit
  bool panelTookKey(int key, int mods);
  void handleSceneMouse();
  void updateHover(double now);
  void sceneClick(glm::vec2 cursor, double time);
  SceneClick sceneClickAt(glm::vec2 cursor);  // what lies under the cursor on the body
  Panel* brushPanel();  // the panel that takes presses and drags on the body now, if any
  void brushAt(glm::vec2 cursor);
  void endBrushing();  // the button came up: the brush panel's stroke ends
  void drawPanels();
  void drawWindow();
  void saveScreenshot(int framebufferWidth, int framebufferHeight);
  void writeState();
  std::optional<glm::vec2> selectionOnScreen() const;
  std::optional<glm::vec2> onScreen(const glm::vec3& point) const;  // window coordinates
  void saveSettings();
  void rememberWindowLayout();
  void notify(std::string message, double seconds = 6.0);

  std::optional<PickHit> pickAt(glm::vec2 cursor);
  std::optional<atlas::StructureInfo> structureOf(const PickHit& hit) const;
  void restyleIfNeeded();
  bool inScene(glm::vec2 cursor) const;
  float sceneAspect() const;
  PanelContext panelContext();
  void startPaintingAhead();

  GLFWwindow* window_;
  InputQueue& input_;
  atlas::AtlasScene atlas_;
  atlas::KnowledgeBase* kb_;
  FrameRenderer renderer_;
  GpuScene gpu_;
  Bounds bodyBounds_;

  AppState state_;
  CameraController camera_;
  std::vector<std::unique_ptr<Panel>> panels_;
  UiFonts fonts_;
  bool lookDirty_ = true;
  bool fontsUploaded_ = false;

  std::filesystem::path settingsPath_;
  bool settingsWritable_ = true;  // false when the file was damaged: it is left as it is
  bool settingsDirty_ = false;
  StateFileWriter stateFile_;

  std::unique_ptr<OffscreenTarget> target_;  // the last 3D picture, presented again while nothing in it changes
  std::vector<FrameItem> items_;
  std::vector<Marker> markers_;
  bool styleDirty_ = true;
  bool sceneDirty_ = true;
  std::uint64_t sceneRenders_ = 0;
  double lastSceneFrameMs_ = 0.0;
  double lastPanelFrameMs_ = 0.0;
  int uiFrames_ = 2;  // frames still to draw for ImGui to settle after input

  ScreenRect viewport_;  // the 3D view in window coordinates, between the panels
  float panelShrink_ = 1.0f;  // how much the side columns are narrowed to leave the body room
  glm::vec2 windowSize_{0.0f};
  glm::vec2 framebufferScale_{1.0f};

  glm::vec2 lastCursor_{0.0f};
  glm::vec2 pressAt_{0.0f};
  bool leftDownInScene_ = false;
  bool panDownInScene_ = false;
  bool dragged_ = false;
  bool brushing_ = false;  // the left button went down on the body while a panel paints
  double lastClickTime_ = -1.0;
  bool clickTimeFromFrameEnd_ = false;
  glm::vec2 lastClickAt_{0.0f};
  bool hoverPending_ = false;
  double lastHoverPick_ = -1.0;
  std::optional<bool> screenshotPending_;  // the value: without the UI

  FullScreen fullScreen_;
  float captionScreenHeight_ = 0.0f;  // the caption fonts are loaded for a screen this high
  double nextAdvance_ = -1.0;         // glfwGetTime() of the next step while a tour plays; < 0: not timed
  std::optional<atlas::QuizOptions> quizAtStart_;

  // Paints every referral pattern in the background once the window is up, so that choosing a
  // muscle shows its heat map at once. Last member: stopped and joined before the scene it reads.
  std::jthread paintingAhead_;
};

}  // namespace myo::ui
