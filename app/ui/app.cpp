#include "app.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <array>
#include <span>
#include <cmath>
#include <iostream>

#include "heat_patterns.hpp"
#include "heatmap_panel.hpp"
#include "about_window.hpp"
#include "body_labels_overlay.hpp"
#include "info_card.hpp"
#include "layers_panel.hpp"
#include "muscle_browser.hpp"
#include "myo/atlas/structure_bounds.hpp"
#include "myo/atlas/view_choice.hpp"
#include "overlays.hpp"
#include "assessment_panel.hpp"
#include "pain_drawing_panel.hpp"
#include "pain_editor.hpp"
#include "presenter.hpp"
#include "quiz_card.hpp"
#include "quiz_panel.hpp"
#include "quiz_staging.hpp"
#include "screenshot.hpp"
#include "tour_panel.hpp"
#include "view_panel.hpp"
#include "zone_editor_panel.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

constexpr double kHoverPickInterval = 0.12;  // seconds: a pick costs about a frame on software GL
constexpr float kStructureFrameMargin = 1.6f;  // room around a framed muscle, to see where it is
constexpr float kPanelShareAtMost = 0.62f;  // of the window's width, for both side columns

std::vector<std::unique_ptr<Panel>> makePanels() {
  std::vector<std::unique_ptr<Panel>> panels;
  // The quiz card first: while a question is open it takes the clicks on the body and keys 1-4,
  // and in the right column it sits above the card of the muscle.
  panels.push_back(std::make_unique<QuizCard>());
  panels.push_back(std::make_unique<MuscleBrowser>());
  panels.push_back(std::make_unique<LayersPanel>());
  panels.push_back(std::make_unique<HeatmapPanel>());
  panels.push_back(std::make_unique<ViewPanel>());
  panels.push_back(std::make_unique<PainDrawingPanel>());
  panels.push_back(std::make_unique<AssessmentPanel>());
  panels.push_back(std::make_unique<ZoneEditorPanel>());
  panels.push_back(std::make_unique<TourPanel>());
  panels.push_back(std::make_unique<QuizPanel>());
  panels.push_back(std::make_unique<InfoCard>());
  return panels;
}

}  // namespace

App::App(GLFWwindow* window, InputQueue& input, atlas::AtlasScene scene, atlas::KnowledgeBase* kb,
         FrameRenderer renderer, ViewerOptions options, SettingsFile settings)
    : window_(window),
      input_(input),
      atlas_(std::move(scene)),
      kb_(kb),
      viewport_(atlas_, kb_, state_.view, std::move(renderer)),
      panels_(makePanels()),
      settingsPath_(std::move(settings.path)),
      stateFile_(std::move(options.stateFile)),
      quizAtStart_(std::move(options.quiz)) {
  bodyBounds_ = atlas_.scene.bounds();
  state_.settings = settings.reading.settings;
  state_.settingsWarning = settings.reading.warning;
  settingsWritable_ = !settings.reading.warning.has_value() && !settingsPath_.empty();
  state_.modelLabel = options.modelLabel;
  if (!atlas_.index.isBody()) state_.view.display.layers[0].visible = true;  // an imported model is all "unknown"
  updateHeatPatterns(state_, kb_);
  startPaintingAhead();
  updateLayout();
  OrbitCamera start;
  start.setView(ViewPreset::Anterior);
  start.frame(bodyBounds_, viewport_.aspect());
  camera_.jumpTo(start);
  if (options.tour) {
    state_.tour.tour = std::move(options.tour);
    state_.tour.file = options.tourFile;
    goToTourStep(0, false);
  }
  if (options.present) setPresenting(true);
  if (!options.session.empty()) {
    state_.pain.sessionFile = options.session.string();
    state_.pain.openSessionAtStart = true;
  }
}

// ---- the frame loop ----

void App::run() {
  if (quizAtStart_) {
    PanelContext context = panelContext();
    startQuizRound(context, *quizAtStart_);
    if (!state_.quiz.message.empty()) notify("Quiz not started: " + state_.quiz.message, 10.0);
    quizAtStart_.reset();
  }
  while (!glfwWindowShouldClose(window_)) {
    waitForEvents(glfwGetTime());
    const double now = glfwGetTime();
    if (lookDirty_) applyLook();
    input_.beginFrame();
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    fontsUploaded_ = true;
    ImGui::NewFrame();
    updateLayout();
    handleKeys();
    handleSceneMouse();
    updateHover(now);
    updateProbe(now);
    advanceTourIfDue(now);
    // A move that began this frame may end before the next one (a slow frame): its last step is drawn too.
    const bool cameraWasMoving = camera_.moving();
    if (camera_.update(now) || cameraWasMoving || camera_.moving() != state_.cameraMoving) viewport_.redraw();
    state_.cameraMoving = camera_.moving();
    updatePanels();
    if (state_.presenter.presenting) {
      state_.widgets.clear();
      state_.shownTexts.clear();
      state_.textFits.clear();
      drawPresenterOverlay(state_, kb_, fonts_, {0.0f, 0.0f, windowSize_.x, windowSize_.y}, gesture_.cursor());
    } else {
      drawPanels();
      if (!state_.probe) drawHoverTooltip(state_, kb_);
    }
    labelBody();
    drawProbe(state_, fonts_, viewport_.area());
    drawHelpOverlay(state_);
    drawAboutTriggerPoints(state_);
    if (!screenshotPending_) drawNotices(state_, viewport_.area(), now);  // a passing notice is not part of the picture
    ImGui::Render();
    const std::uint64_t rendersBefore = viewport_.renders();
    drawWindow();
    const double frameMs = (glfwGetTime() - now) * 1000.0;
    gesture_.frameEnded(glfwGetTime());
    (viewport_.renders() != rendersBefore ? lastSceneFrameMs_ : lastPanelFrameMs_) = frameMs;
    input_.endFrame();
    if (uiFrames_ > 0) --uiFrames_;
    writeState();
    if (settingsDirty_) saveSettings();
  }
  rememberWindowLayout();
  saveSettings();
}

bool App::framesDue() const {
  return camera_.moving() || uiFrames_ > 0 || viewport_.redrawDue() || screenshotPending_ || lookDirty_;
}

void App::waitForEvents(double now) {
  const bool busy = framesDue();
  if (busy) {
    glfwPollEvents();
  } else {
    // Idle costs nothing: sleep until input, or until a hover pick or a notice is due.
    double wake = 3600.0;
    if (hoverPending_) wake = std::min(wake, std::max(0.0, lastHoverPick_ + kHoverPickInterval - now));
    if (const std::optional<double> probe = probe_.dueAt()) wake = std::min(wake, std::max(0.0, *probe - now));
    if (!state_.statusMessage.empty() && state_.statusUntil > now) wake = std::min(wake, state_.statusUntil - now);
    if (nextAdvance_ >= 0.0) wake = std::min(wake, std::max(0.0, nextAdvance_ - now));
    glfwWaitEventsTimeout(wake);
  }
  // Three frames: a button acts on the frame of its release, and what it changed shows in the
  // panels drawn before it only on the frame after.
  if (input_.anyEvent()) uiFrames_ = std::max(uiFrames_, 3);
  if (!state_.statusMessage.empty() && glfwGetTime() >= state_.statusUntil) {
    state_.statusMessage.clear();
    uiFrames_ = std::max(uiFrames_, 1);
  }
}

void App::applyLook() {
  fonts_ = loadFonts(state_.settings.uiScale, captionScreenHeight_);
  if (fontsUploaded_) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  applyTheme(state_.settings.theme, state_.settings.uiScale);
  lookDirty_ = false;
  viewport_.redraw();  // the background follows the theme
  uiFrames_ = std::max(uiFrames_, 2);
}

void App::updateLayout() {
  int w = 0, h = 0, fw = 0, fh = 0;
  glfwGetWindowSize(window_, &w, &h);
  glfwGetFramebufferSize(window_, &fw, &fh);
  windowSize_ = {float(w), float(h)};
  const glm::vec2 framebufferScale = w > 0 && h > 0 ? glm::vec2(float(fw) / float(w), float(fh) / float(h)) : glm::vec2(1.0f);
  state_.presenter.fullScreen = glfwGetWindowMonitor(window_) != nullptr;
  ScreenRect viewport;
  if (state_.presenter.presenting) {
    // The whole screen, less a quiz's or a tour's caption.
    const ScreenRect screen{0.0f, 0.0f, windowSize_.x, windowSize_.y};
    viewport = viewBeside(screen, presenterCaptionArea(state_, kb_, fonts_, screen));
  } else {
    const float scale = state_.settings.uiScale;
    float left = state_.settings.window.leftPanelWidth * scale;
    float right = state_.settings.window.rightPanelWidth * scale;
    // At a large UI scale the panels narrow (their text wraps) before the body loses its room.
    const float panelsAtMost = windowSize_.x * kPanelShareAtMost;
    panelShrink_ = left + right > panelsAtMost ? panelsAtMost / (left + right) : 1.0f;
    // Whole pixels, so the widths ImGui reports back match and only a drag changes them.
    left = std::floor(left * panelShrink_);
    right = std::floor(right * panelShrink_);
    viewport = {left, 0.0f, std::max(0.0f, windowSize_.x - left - right), windowSize_.y};
  }
  if (!viewport_.place(viewport, framebufferScale)) return;
  // A view the user has not moved away from keeps fitting the body when the view changes shape,
  // and a tour's step its framing.
  if (state_.tour.cameraOnStep) {
    refitStepCamera();
  } else if (framed_) {
    refitFramed();
  } else if (state_.lastPreset && !camera_.moving()) {
    OrbitCamera refit = camera_.current();
    refit.setView(*state_.lastPreset);
    refit.frame(bodyBounds_, viewport_.aspect());
    camera_.jumpTo(refit);
  }
}

void App::userMovedCamera() {
  state_.lastPreset.reset();
  framed_.reset();
  state_.tour.cameraOnStep = false;
}

// ---- input ----

void App::handleKeys() {
  const ImGuiIO& io = ImGui::GetIO();
  const bool typing = io.WantTextInput;
  const std::span<const KeyBinding> bindings = windowKeyBindings();
  for (const KeyPress& press : input_.keyPresses()) {
    const bool ctrl = (press.mods & GLFW_MOD_CONTROL) != 0;
    if (std::optional<BoundKey> bound = findBinding(bindings, KeyScope::Always, press.key, ctrl)) {
      runKeyCommand(*bound, press);
      continue;
    }
    if (state_.presenter.presenting && !typing) {
      if (press.key == GLFW_KEY_ESCAPE && state_.helpVisible) {
        state_.helpVisible = false;
        continue;
      }
      if (handlePresenterKey(press)) continue;
    }
    if (ctrl) {
      // Ctrl chords work while typing, and one that is not a shortcut does nothing.
      if (std::optional<BoundKey> bound = findBinding(bindings, KeyScope::Ctrl, press.key, ctrl)) runKeyCommand(*bound, press);
      continue;
    }
    if (typing) continue;
    if (panelTookKey(press.key, press.mods)) continue;
    if (std::optional<BoundKey> bound = findBinding(bindings, KeyScope::Plain, press.key, ctrl)) runKeyCommand(*bound, press);
  }
  if (!typing)
    for (unsigned int c : input_.characters())
      if (c == '?') state_.helpVisible = !state_.helpVisible;
}

void App::runKeyCommand(const BoundKey& bound, const KeyPress& press) {
  const bool shift = (press.mods & GLFW_MOD_SHIFT) != 0;
  atlas::DisplayState& display = state_.view.display;
  switch (bound.binding->command) {
    case WindowCommand::ToggleHelp: state_.helpVisible = !state_.helpVisible; break;
    case WindowCommand::Screenshot: takeScreenshot(shift || state_.settings.screenshotWithoutUi); break;
    case WindowCommand::TogglePresenter: setPresenting(!state_.presenter.presenting); break;
    case WindowCommand::SearchMuscle: state_.focusSearch = true; break;
    case WindowCommand::Quit: glfwSetWindowShouldClose(window_, GLFW_TRUE); break;
    case WindowCommand::TextSize: {
      constexpr std::array<float, 5> kSteps{0.25f, 0.25f, -0.25f, -0.25f, 0.0f};  // the chords' order
      const float scale = bound.chord < 4 ? std::clamp(state_.settings.uiScale + kSteps[bound.chord], kMinUiScale, kMaxUiScale)
                                          : 1.0f;
      if (scale != state_.settings.uiScale) {
        state_.settings.uiScale = scale;
        lookChanged();
      }
      break;
    }
    case WindowCommand::View: {
      constexpr std::array<ViewPreset, 5> kViews{ViewPreset::Anterior, ViewPreset::Posterior, ViewPreset::Left,
                                                 ViewPreset::Right, ViewPreset::Superior};  // the chords' order
      setView(kViews[bound.chord]);
      break;
    }
    case WindowCommand::FrameSelection: frameSelection(); break;
    case WindowCommand::TogglePainting:
      setPaintMode(state_, !state_.pain.paintMode);
      sceneChanged();
      break;
    case WindowCommand::ToggleClientView:
      setClientView(state_, !state_.clientView.on);
      sceneChanged();
      break;
    case WindowCommand::ToggleXray: display.xray = !display.xray; sceneChanged(); break;
    case WindowCommand::Focus: {
      const atlas::FocusMode mode = bound.chord == 0 ? atlas::FocusMode::Isolate : atlas::FocusMode::Hide;
      display.focus = display.focus == mode ? atlas::FocusMode::Normal : mode;
      sceneChanged();
      break;
    }
    case WindowCommand::Peel: {
      display.peel = peelStep(display, bound.chord == 0 ? 1 : -1, false);
      sceneChanged();
      break;
    }
    case WindowCommand::ToggleTheme:
      state_.settings.theme = state_.settings.theme == Theme::Dark ? Theme::Light : Theme::Dark;
      lookChanged();
      break;
    case WindowCommand::Escape:
      if (state_.helpVisible) state_.helpVisible = false;
      else clearSelection();
      break;
    case WindowCommand::QuizAnswer:
    case WindowCommand::QuizNext: break;  // the quiz card takes these keys itself (panelTookKey)
    case WindowCommand::Probe: break;     // held, not pressed: updateProbe reads it
  }
}

bool App::panelTookKey(int key, int mods) {
  PanelContext context = panelContext();
  for (const auto& panel : panels_)
    if (panel->takeKey(context, key, mods)) {
      uiFrames_ = std::max(uiFrames_, 2);
      return true;
    }
  return false;
}

void App::updateHover(double now) {
  if (!hoverPending_ || now - lastHoverPick_ < kHoverPickInterval || camera_.moving()) return;
  hoverPending_ = false;
  lastHoverPick_ = now;
  std::optional<atlas::StructureInfo> hovered = viewport_.hitAt(gesture_.cursor(), camera_.current()).structure;
  const bool changed = hovered.has_value() != state_.hovered.has_value() ||
                       (hovered && (hovered->id != state_.hovered->id || hovered->side != state_.hovered->side));
  state_.hovered = std::move(hovered);
  if (changed) uiFrames_ = std::max(uiFrames_, 2);
}

// ---- commands ----

void App::selectStructure(const atlas::StructureRef& ref) {
  auto& selection = state_.view.display.selection;
  selection.assign(1, ref);
  if (state_.chosenTriggerPoint && state_.chosenTriggerPoint->rfind(ref.id + "/", 0) != 0) state_.chosenTriggerPoint.reset();
  sceneChanged();
}

void App::clearSelection() {
  state_.view.display.selection.clear();
  state_.chosenTriggerPoint.reset();
  sceneChanged();
}

void App::frameSelection() {
  const double now = glfwGetTime();
  const auto& selection = state_.view.display.selection;
  const Bounds box = selection.empty() ? Bounds{}
                                       : atlas::structureBounds(atlas_.scene, atlas_.index, selection.front().id,
                                                                selection.front().side);
  state_.tour.cameraOnStep = false;
  framed_.reset();
  if (box.empty()) {
    camera_.frame(bodyBounds_, viewport_.aspect(), now);
  } else {
    camera_.frame(box, viewport_.aspect(), now, kStructureFrameMargin);
    state_.lastPreset.reset();
  }
  viewport_.redraw();
}

void App::setView(ViewPreset preset) {
  camera_.goTo(preset, bodyBounds_, viewport_.aspect(), glfwGetTime());
  state_.lastPreset = preset;
  state_.tour.cameraOnStep = false;
  framed_.reset();
  viewport_.redraw();
}

void App::moveCamera(const OrbitCamera& destination) {
  camera_.moveTo(destination, glfwGetTime());
  framed_.reset();
  state_.lastPreset.reset();
  viewport_.redraw();
}

void App::takeScreenshot(bool withoutUi) { screenshotPending_ = withoutUi; }

void App::sceneChanged() {
  updateHeatPatterns(state_, kb_);
  viewport_.restyle();
  // Panels drawn before the change in this frame show it in the next.
  uiFrames_ = std::max(uiFrames_, 2);
}

void App::referralSaved(const std::string& triggerPointId, const atlas::Referral& referral) {
  if (kb_ == nullptr) return;
  // The background painter reads the cards: it is stopped (and waited for) before one changes, and
  // started again after, to paint what it had not reached yet.
  paintingAhead_ = {};
  const bool replaced = kb_->replaceReferral(triggerPointId, referral);
  startPaintingAhead();
  if (!replaced) return;
  ++state_.knowledgeRevision;
  sceneChanged();
}

void App::startPaintingAhead() {
  if (atlas_.skin && kb_ != nullptr)
    paintingAhead_ = std::jthread([this](std::stop_token stop) { atlas_.skin->paintAhead(*kb_, stop); });
}

void App::lookChanged() {
  lookDirty_ = true;
  uiFrames_ = std::max(uiFrames_, 2);
  settingsChanged();
}

void App::settingsChanged() { settingsDirty_ = true; }

void App::notify(std::string message, double seconds) {
  state_.statusMessage = std::move(message);
  state_.statusUntil = glfwGetTime() + seconds;
}

// ---- drawing ----

PanelContext App::panelContext() { return PanelContext{state_, atlas_, kb_, *this, fonts_}; }

void App::updatePanels() {
  PanelContext context = panelContext();
  for (const auto& panel : panels_) panel->update(context);
}

void App::drawPanels() {
  state_.widgets.clear();
  state_.shownTexts.clear();
  state_.textFits.clear();
  PanelContext context = panelContext();
  const float scale = state_.settings.uiScale;
  const ScreenRect& scene = viewport_.area();
  const float left = scene.x;
  const float right = windowSize_.x - scene.x - scene.width;
  const float minWidth = 200.0f * scale;
  const float maxWidth = windowSize_.x * 0.45f;
  const float newLeft = columns_.draw(PanelColumn::Left, "##left", {0.0f, 0.0f, left, windowSize_.y}, minWidth, maxWidth,
                                      panels_, context);
  const float newRight = columns_.draw(PanelColumn::Right, "##right", {windowSize_.x - right, 0.0f, right, windowSize_.y},
                                       minWidth, maxWidth, panels_, context);
  // A border dragged by the user: remember the width (at scale 1) and lay out again.
  if (std::abs(newLeft - left) > 0.5f) state_.settings.window.leftPanelWidth = newLeft / (scale * panelShrink_);
  if (std::abs(newRight - right) > 0.5f) state_.settings.window.rightPanelWidth = newRight / (scale * panelShrink_);
}

FrameSettings App::frameSettings() const {
  FrameSettings settings;
  settings.background = sceneBackground(state_.settings.theme);
  settings.colormap = state_.settings.colormap;
  // The client's view is the chart's red, unless a colour-blind-safe map was chosen.
  if (state_.clientView.on && settings.colormap == Colormap::Heat) settings.colormap = Colormap::Clinical;
  return settings;
}

ImFont* App::labelFont() const {
  // A room reads presenter mode's labels from the back: the size of the caption's smallest line.
  if (state_.presenter.presenting && fonts_.captionLabel != nullptr) return fonts_.captionLabel;
  return ImGui::GetFont();
}

void App::labelBody() {
  // Laid out again only when the picture changes (camera, view) or what to label does: reading the
  // id buffer costs about a frame on a software renderer.
  std::string key;
  for (const atlas::StructureRef& ref : musclesToLabel(state_, atlas_)) key += atlas::toString(ref) + ",";
  const ScreenRect& area = viewport_.area();
  key += std::to_string(area.x) + "," + std::to_string(area.y) + "," + std::to_string(area.width) + "," +
         std::to_string(area.height) + (state_.quiz.hidesNames() ? ",quiz" : "") + "," +
         std::to_string(labelFont()->FontSize);
  const OrbitCamera& camera = camera_.current();
  const bool cameraMoved = camera.target != cameraLastFrame_.target || camera.distance != cameraLastFrame_.distance ||
                           camera.yaw != cameraLastFrame_.yaw || camera.pitch != cameraLastFrame_.pitch;
  cameraLastFrame_ = camera;
  if (cameraMoved) {
    // Reading the id buffer at every frame of a turn would double its cost; the labels come back
    // when the camera rests (framesDue keeps a frame coming for that).
    state_.labels.shown.clear();
    labelledFor_.clear();
    uiFrames_ = std::max(uiFrames_, 2);
  } else if (viewport_.redrawDue() || key != labelledFor_) {
    updateBodyLabels(state_, viewport_, camera, atlas_, kb_, labelFont());
    labelledFor_ = key;
  }
  // Over the 3D view, under the panels.
  drawBodyLabels(state_.labels, ImGui::GetBackgroundDrawList(), labelFont());
}

void App::drawWindow() {
  int fw = 0, fh = 0;
  glfwGetFramebufferSize(window_, &fw, &fh);
  if (fw <= 0 || fh <= 0) return;  // minimised
  viewport_.render(camera_.current(), frameSettings());
  viewport_.presentInWindow({fw, fh}, sceneBackground(state_.settings.theme));
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  if (screenshotPending_) saveScreenshot(fw, fh);
  glfwSwapBuffers(window_);
}

void App::saveScreenshot(int framebufferWidth, int framebufferHeight) {
  const bool withoutUi = *screenshotPending_;
  screenshotPending_.reset();
  std::optional<Image> image = withoutUi ? viewport_.readPicture() : readWindowPixels(framebufferWidth, framebufferHeight);
  if (!image) return;
  Result<std::filesystem::path> saved = ui::saveScreenshot(*image, screenshotFolder(state_.settings.screenshotFolder));
  if (!saved) {
    notify("Screenshot not saved: " + saved.error().message, 10.0);
    std::cerr << "myoatlas: screenshot not saved: " << saved.error().message << "\n";
    return;
  }
  state_.lastScreenshot = saved->string();
  notify("Screenshot saved to " + saved->string());
  std::cout << "myoatlas: screenshot saved to " << saved->string() << std::endl;
}

// ---- persistence ----

void App::writeState() {
  if (!stateFile_.enabled()) return;
  FrameFacts facts;
  facts.windowWidth = int(windowSize_.x);
  facts.windowHeight = int(windowSize_.y);
  facts.sceneViewport = viewport_.area();
  facts.sceneRenders = viewport_.renders();
  facts.lastSceneFrameMs = lastSceneFrameMs_;
  facts.cameraDistance = camera_.current().distance;
  facts.lastPanelFrameMs = lastPanelFrameMs_;
  facts.selectionOnScreen = selectionOnScreen();
  facts.framedOnScreen = framedOnScreen();
  for (const Marker& marker : viewport_.markers())
    if (std::optional<glm::vec2> at = viewport_.onScreen(camera_.current(), marker.position))
      facts.markersOnScreen.push_back({*at, marker.shape == MarkerShape::Cross ? "x" : "dot",
                                       0.5f * FrameSettings{}.markerSizePixels * marker.scale});
  facts.cursor = gesture_.cursor();
  if (state_.presenter.presenting) {
    const ScreenRect screen{0.0f, 0.0f, windowSize_.x, windowSize_.y};
    const Caption caption = presenterCaption(state_, kb_);
    const ScreenRect area = presenterCaptionArea(state_, kb_, fonts_, screen);
    facts.presenterTitleLines = captionTitleLines(caption, fonts_, screen, area);
    facts.presenterTopLines = captionTopLineFits(caption, fonts_, screen, area);
  }
  facts.settled = !framesDue() && !hoverPending_ && !probe_.dueAt();
  stateFile_.write(stateToJson(state_, kb_, facts));
}

std::optional<glm::vec2> App::selectionOnScreen() const {
  const auto& selection = state_.view.display.selection;
  if (selection.empty()) return std::nullopt;
  if (atlas_.index.find(selection.front().id, selection.front().side).empty()) return std::nullopt;
  return viewport_.onScreen(camera_.current(), atlas::structureCentroid(atlas_.scene, atlas_.index, selection.front().id, selection.front().side));
}

void App::rememberWindowLayout() {
  WindowLayout& layout = state_.settings.window;
  if (const std::optional<FullScreen::Placement>& windowed = fullScreen_.windowed()) {
    // Closed in presenter mode: the next run opens as the window was before it.
    layout.x = windowed->x;
    layout.y = windowed->y;
    layout.width = windowed->width;
    layout.height = windowed->height;
    return;
  }
  layout.maximized = glfwGetWindowAttrib(window_, GLFW_MAXIMIZED) == GLFW_TRUE;
  if (!layout.maximized) {
    int x = 0, y = 0;
    glfwGetWindowPos(window_, &x, &y);
    layout.x = x;
    layout.y = y;
    layout.width = int(windowSize_.x);
    layout.height = int(windowSize_.y);
  }
}

void App::saveSettings() {
  settingsDirty_ = false;
  if (!settingsWritable_) return;
  if (Status saved = writeSettings(state_.settings, settingsPath_); !saved)
    std::cerr << "myoatlas: the settings were not saved: " << saved.error().message << "\n";
}

}  // namespace myo::ui
