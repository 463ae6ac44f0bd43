#include "viewer.hpp"

#include <epoxy/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cmath>
#include <filesystem>

#include "myo/atlas/display.hpp"
#include "myo/engine/camera.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/frame_renderer.hpp"
#include "myo/engine/gpu_scene.hpp"
#include "myo/engine/offscreen_target.hpp"

namespace myo::ui {

namespace {

constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
constexpr const char* kLayerNames[] = {"Skin", "Superficial", "Intermediate", "Deep", "Bone"};
constexpr double kHoverPickInterval = 0.12;  // seconds: picking costs a frame on software GL

// Key and button presses as GLFW reports them. A quick tap can press and release between two
// frames, so presses are queued from callbacks rather than read from the current key state.
struct InputEvents {
  std::vector<int> keysPressed;
  std::vector<std::pair<int, int>> buttons;  // (button, GLFW_PRESS or GLFW_RELEASE)
};

void onKey(GLFWwindow* window, int key, int /*scancode*/, int action, int /*mods*/) {
  auto* events = static_cast<InputEvents*>(glfwGetWindowUserPointer(window));
  if (events != nullptr && action == GLFW_PRESS) events->keysPressed.push_back(key);
}

void onMouseButton(GLFWwindow* window, int button, int action, int /*mods*/) {
  auto* events = static_cast<InputEvents*>(glfwGetWindowUserPointer(window));
  if (events != nullptr) events->buttons.emplace_back(button, action);
}

// Everything the window needs, owned in one place.
class Viewer {
 public:
  Viewer(Context& context, InputEvents& events, atlas::AtlasScene scene, const atlas::KnowledgeBase* kb,
         FrameRenderer renderer, const ViewerOptions& options)
      : context_(context),
        events_(events),
        atlas_(std::move(scene)),
        kb_(kb),
        renderer_(std::move(renderer)),
        gpu_(GpuScene::upload(atlas_.scene)),
        options_(options) {
    bounds_ = atlas_.scene.bounds();
    if (!atlas_.index.isBody()) view_.display.layers[0].visible = true;  // an imported model is all "unknown"
    setView(ViewPreset::Anterior);
  }

  void run() {
    GLFWwindow* window = context_.window();
    while (!glfwWindowShouldClose(window)) {
      // Sleep until input arrives unless something is animating: an idle atlas costs no CPU.
      if (framesToDraw_ > 0) glfwPollEvents();
      else glfwWaitEventsTimeout(0.25);
      handleInput(window);
      drawFrame(window);
    }
  }

 private:
  void requestFrames(int count = 2) { framesToDraw_ = std::max(framesToDraw_, count); }
  void restyleLater() {
    styleDirty_ = true;
    requestFrames();
  }

  void frameModel() {
    int w = 0;
    int h = 0;
    glfwGetFramebufferSize(context_.window(), &w, &h);
    camera_.frame(bounds_, h > 0 ? float(w) / float(h) : 1.5f);
    requestFrames();
  }

  void setView(ViewPreset preset) {
    camera_.setView(preset);
    frameModel();
  }

  std::optional<PickHit> pickAt(GLFWwindow* window, glm::vec2 cursor) {
    int w = 0, h = 0, ww = 0, wh = 0;
    glfwGetFramebufferSize(window, &w, &h);
    glfwGetWindowSize(window, &ww, &wh);
    if (ww <= 0 || wh <= 0) return std::nullopt;
    const glm::ivec2 pixel(int(cursor.x * float(w) / float(ww)), int(cursor.y * float(h) / float(wh)));
    return renderer_.pick(camera_, {w, h}, items_, pixel);
  }

  const atlas::StructureInfo* structureOf(const PickHit& hit) const {
    const int node = gpu_.instances()[hit.id - 1].node;
    const atlas::StructureInfo& info = atlas_.index.node(node);
    return info.kind == atlas::StructureKind::Unknown ? nullptr : &info;
  }

  void select(const atlas::StructureInfo* info) {
    view_.display.selection.clear();
    if (info != nullptr)
      view_.display.selection.push_back({info->id, info->side == "midline" ? "" : info->side});
    updatePatterns();
    restyleLater();
  }

  void updatePatterns() {
    view_.patterns.clear();
    if (!showPattern_ || kb_ == nullptr) return;
    for (const atlas::StructureRef& ref : view_.display.selection) {
      const atlas::Muscle* muscle = kb_->findMuscle(ref.id);
      if (muscle == nullptr) continue;
      for (const atlas::TriggerPoint& tp : muscle->triggerPoints) view_.patterns.push_back({&tp, ref.side.empty() ? "left" : ref.side});
    }
    if (!view_.patterns.empty()) view_.display.layers[0].visible = true;
  }

  void handleInput(GLFWwindow* window) {
    ImGuiIO& io = ImGui::GetIO();
    double x = 0.0;
    double y = 0.0;
    glfwGetCursorPos(window, &x, &y);
    const glm::vec2 cursor{float(x), float(y)};
    const glm::vec2 delta = cursor - lastCursor_;
    lastCursor_ = cursor;
    int width = 0;
    int height = 0;
    glfwGetWindowSize(window, &width, &height);
    if (height <= 0) return;
    if (!io.WantCaptureMouse) {
      bool clicked = false;
      for (const auto& [button, action] : events_.buttons) {
        if (button != GLFW_MOUSE_BUTTON_LEFT) continue;
        if (action == GLFW_PRESS) { pressAt_ = cursor; dragged_ = false; leftWasDown_ = true; }
        if (action == GLFW_RELEASE && leftWasDown_) { clicked = !dragged_; leftWasDown_ = false; }
      }
      const bool left = glfwGetMouseButton(window, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS;
      const bool right = glfwGetMouseButton(window, GLFW_MOUSE_BUTTON_RIGHT) == GLFW_PRESS;
      const bool middle = glfwGetMouseButton(window, GLFW_MOUSE_BUTTON_MIDDLE) == GLFW_PRESS;
      const bool shift = glfwGetKey(window, GLFW_KEY_LEFT_SHIFT) == GLFW_PRESS;
      if (left && glm::length(cursor - pressAt_) > 4.0f) dragged_ = true;
      if (delta.x != 0.0f || delta.y != 0.0f) {
        if (left && !shift && dragged_) {
          camera_.orbit(-delta.x * 0.008f, delta.y * 0.008f);
          requestFrames();
        } else if (right || middle || (left && shift)) {
          camera_.pan(-delta.x / float(height), delta.y / float(height));
          requestFrames();
        }
      }
      // A click (press and release without dragging) selects what is under the cursor.
      if (clicked) {
        const auto hit = pickAt(window, cursor);
        select(hit ? structureOf(*hit) : nullptr);
      }
      if (io.MouseWheel != 0.0f) {
        camera_.zoom(std::pow(0.88f, io.MouseWheel));
        requestFrames();
      }
      const double now = glfwGetTime();
      if (!left && !right && (delta.x != 0.0f || delta.y != 0.0f)) hoverPending_ = true;
      if (hoverPending_ && now - lastHoverPick_ > kHoverPickInterval) {
        hoverPending_ = false;
        lastHoverPick_ = now;
        const auto hit = pickAt(window, cursor);
        const atlas::StructureInfo* info = hit ? structureOf(*hit) : nullptr;
        hovered_ = info != nullptr ? std::optional<atlas::StructureInfo>(*info) : std::nullopt;
        requestFrames(1);
      }
    } else {
      leftWasDown_ = false;
    }
    events_.buttons.clear();
    if (!io.WantCaptureKeyboard) {
      for (int key : events_.keysPressed) {
        switch (key) {
          case GLFW_KEY_1: setView(ViewPreset::Anterior); break;
          case GLFW_KEY_2: setView(ViewPreset::Posterior); break;
          case GLFW_KEY_3: setView(ViewPreset::Left); break;
          case GLFW_KEY_4: setView(ViewPreset::Right); break;
          case GLFW_KEY_5: setView(ViewPreset::Superior); break;
          case GLFW_KEY_F: frameModel(); break;
          case GLFW_KEY_X: view_.display.xray = !view_.display.xray; restyleLater(); break;
          case GLFW_KEY_ESCAPE: select(nullptr); break;
          default: break;
        }
      }
    }
    events_.keysPressed.clear();
  }

  std::string displayName(const atlas::StructureInfo& info) const {
    // Bones and muscles without a card: the id in words ("hip_bone" → "Hip bone").
    std::string name = info.id;
    std::replace(name.begin(), name.end(), '_', ' ');
    if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
    if (kb_ != nullptr)
      if (const atlas::Muscle* muscle = kb_->findMuscle(info.id)) name = muscle->names.common;
    if (info.side == "left" || info.side == "right") name += " (" + info.side + ")";
    return name;
  }

  void drawPanel() {
    ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_FirstUseEver);
    ImGui::Begin("MyoAtlas", nullptr, ImGuiWindowFlags_AlwaysAutoResize);
    // The panel sizes itself to its content; text wraps at a readable width.
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 20.0f);
    ImGui::TextWrapped("%s", options_.modelLabel.c_str());
    ImGui::Separator();
    ImGui::TextUnformatted("View");
    const struct { const char* label; ViewPreset preset; } buttons[] = {
        {"Front (1)", ViewPreset::Anterior}, {"Back (2)", ViewPreset::Posterior}, {"Left (3)", ViewPreset::Left},
        {"Right (4)", ViewPreset::Right},    {"Top (5)", ViewPreset::Superior}};
    for (int i = 0; i < 5; ++i) {
      if (i > 0) ImGui::SameLine();
      if (ImGui::Button(buttons[i].label)) setView(buttons[i].preset);
    }
    if (atlas_.index.isBody()) {
      ImGui::Separator();
      ImGui::TextUnformatted("Layers");
      for (int l = 0; l < 5; ++l) {
        ImGui::PushID(l);
        if (ImGui::Checkbox(kLayerNames[l], &view_.display.layers[l].visible)) restyleLater();
        ImGui::SameLine(150);
        ImGui::SetNextItemWidth(-1);
        if (ImGui::SliderFloat("##opacity", &view_.display.layers[l].opacity, 0.05f, 1.0f, "%.2f")) restyleLater();
        ImGui::PopID();
      }
      int peel = view_.display.peel ? static_cast<int>(*view_.display.peel) : 0;
      ImGui::SetNextItemWidth(-1);
      if (ImGui::SliderInt("##peel", &peel, 0, 4, peel == 0 ? "Peel: nothing" : "Peel down to %d")) {
        view_.display.peel = peel == 0 ? std::nullopt : std::optional<atlas::Layer>(static_cast<atlas::Layer>(peel));
        restyleLater();
      }
      if (ImGui::Checkbox("X-ray the layers above the selection (X)", &view_.display.xray)) restyleLater();
      int side = static_cast<int>(view_.display.side);
      if (ImGui::RadioButton("Both sides", &side, 0) | ImGui::RadioButton("Left only", &side, 1) |
          ImGui::RadioButton("Right only", &side, 2)) {
        view_.display.side = static_cast<atlas::SideFilter>(side);
        restyleLater();
      }
      ImGui::Separator();
      if (view_.display.selection.empty()) {
        ImGui::TextWrapped("Click a muscle to select it.");
      } else {
        const atlas::StructureRef& ref = view_.display.selection.front();
        atlas::StructureInfo info;
        info.id = ref.id;
        info.side = ref.side;
        ImGui::Text("Selected: %s", displayName(info).c_str());
        const atlas::Muscle* muscle = kb_ != nullptr ? kb_->findMuscle(ref.id) : nullptr;
        if (muscle != nullptr) {
          ImGui::TextUnformatted(muscle->names.latin.c_str());
          ImGui::Text("%zu trigger point(s)", muscle->triggerPoints.size());
          if (ImGui::Checkbox("Show referred pain", &showPattern_)) { updatePatterns(); restyleLater(); }
          if (ImGui::Checkbox("Show trigger points", &view_.markers)) restyleLater();
          int focus = static_cast<int>(view_.display.focus);
          if (ImGui::RadioButton("All", &focus, 0) | ImGui::RadioButton("Isolate", &focus, 1) |
              ImGui::RadioButton("Hide", &focus, 2)) {
            view_.display.focus = static_cast<atlas::FocusMode>(focus);
            restyleLater();
          }
        }
        if (ImGui::Button("Clear selection (Esc)")) select(nullptr);
      }
      if (!view_.patterns.empty()) {
        ImGui::Separator();
        const char* maps[] = {"Clinical red", "Heat", "Viridis (colour-blind safe)", "Cividis (colour-blind safe)"};
        int map = static_cast<int>(settings_.colormap);
        ImGui::SetNextItemWidth(-1);
        if (ImGui::Combo("##colormap", &map, maps, 4)) { settings_.colormap = static_cast<Colormap>(map); requestFrames(); }
        ImGui::TextWrapped("Solid: the essential zone, where nearly everyone feels it. Dotted: the spillover zone, where some do.");
      }
    }
    ImGui::Separator();
    ImGui::TextWrapped("Drag to orbit, right-drag or Shift-drag to pan, scroll to zoom, click to select, F to frame.");
    ImGui::PopTextWrapPos();
    ImGui::End();

    if (hovered_ && !ImGui::GetIO().WantCaptureMouse) {
      ImGui::BeginTooltip();
      ImGui::TextUnformatted(displayName(*hovered_).c_str());
      ImGui::EndTooltip();
    }
  }

  void drawFrame(GLFWwindow* window) {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    ImGui::NewFrame();
    drawPanel();
    ImGui::Render();
    int w = 0;
    int h = 0;
    glfwGetFramebufferSize(window, &w, &h);
    if (w <= 0 || h <= 0) return;  // minimised
    if (!target_ || target_->width() != w || target_->height() != h) {
      Result<OffscreenTarget> target = OffscreenTarget::create(w, h);
      if (!target) return;
      target_ = std::make_unique<OffscreenTarget>(std::move(*target));
    }
    if (styleDirty_ || items_.empty()) {
      items_ = gpu_.items();
      markers_.clear();
      atlas::makeRestyle(atlas_, kb_, view_)(gpu_, items_, markers_);
      styleDirty_ = false;
    }
    renderer_.draw(*target_, camera_, items_, markers_, settings_);
    target_->presentToWindow();
    glViewport(0, 0, w, h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
    if (framesToDraw_ > 0) --framesToDraw_;
    if (ImGui::GetIO().WantCaptureMouse && ImGui::IsMouseDown(ImGuiMouseButton_Left)) requestFrames(1);
  }

  Context& context_;
  InputEvents& events_;
  atlas::AtlasScene atlas_;
  const atlas::KnowledgeBase* kb_;
  FrameRenderer renderer_;
  GpuScene gpu_;
  ViewerOptions options_;
  std::unique_ptr<OffscreenTarget> target_;
  FrameSettings settings_;
  atlas::AtlasView view_;
  std::vector<FrameItem> items_;
  std::vector<Marker> markers_;
  bool styleDirty_ = true;
  bool showPattern_ = true;
  Bounds bounds_;
  OrbitCamera camera_;
  glm::vec2 lastCursor_{0.0f};
  glm::vec2 pressAt_{0.0f};
  bool leftWasDown_ = false;
  bool dragged_ = false;
  bool hoverPending_ = false;
  double lastHoverPick_ = 0.0;
  std::optional<atlas::StructureInfo> hovered_;
  int framesToDraw_ = 3;
};

}  // namespace

Status runViewer(atlas::AtlasScene scene, const atlas::KnowledgeBase* kb, const ViewerOptions& options) {
  Result<std::unique_ptr<Context>> context =
      createContext({.kind = ContextKind::Window, .width = options.width, .height = options.height, .title = options.title});
  if (!context) return context.error();
  Result<FrameRenderer> renderer = FrameRenderer::create();
  if (!renderer) return renderer.error();

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  float scale = 1.0f;
  glfwGetWindowContentScale((*context)->window(), &scale, nullptr);
  if (std::filesystem::exists(kFontPath)) io.Fonts->AddFontFromFileTTF(kFontPath, 17.0f * scale);
  ImGui::StyleColorsDark();
  ImGui::GetStyle().ScaleAllSizes(scale);
  // Our callbacks first: the ImGui backend chains to them when it installs its own.
  InputEvents events;
  glfwSetWindowUserPointer((*context)->window(), &events);
  glfwSetKeyCallback((*context)->window(), onKey);
  glfwSetMouseButtonCallback((*context)->window(), onMouseButton);
  ImGui_ImplGlfw_InitForOpenGL((*context)->window(), true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  {
    Viewer viewer(**context, events, std::move(scene), kb, std::move(*renderer), options);
    viewer.run();
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  glfwSetWindowUserPointer((*context)->window(), nullptr);
  return {};
}

}  // namespace myo::ui
