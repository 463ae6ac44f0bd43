#include "viewer.hpp"

#include <epoxy/gl.h>
#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <cmath>
#include <filesystem>

#include "myo/engine/camera.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/frame_renderer.hpp"
#include "myo/engine/gpu_scene.hpp"
#include "myo/engine/offscreen_target.hpp"

namespace myo::ui {

namespace {

constexpr const char* kFontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

// Everything the window needs, owned in one place; GLFW callbacks reach it through the window's
// user pointer.
class Viewer {
 public:
  Viewer(Context& context, Scene scene, FrameRenderer renderer, const ViewerOptions& options)
      : context_(context),
        scene_(std::move(scene)),
        renderer_(std::move(renderer)),
        gpu_(GpuScene::upload(scene_)),
        options_(options) {
    bounds_ = scene_.bounds();
    setView(ViewPreset::Anterior);
  }

  void run() {
    GLFWwindow* window = context_.window();
    while (!glfwWindowShouldClose(window)) {
      // Sleep until input arrives, unless the UI asked for another frame (ImGui animations,
      // a drag in progress): an idle atlas costs no CPU.
      if (framesToDraw_ > 0) glfwPollEvents();
      else glfwWaitEventsTimeout(0.5);
      handleInput(window);
      drawFrame(window);
    }
  }

 private:
  void setView(ViewPreset preset) {
    camera_.setView(preset);
    frameModel();
  }

  void requestFrames(int count = 3) { framesToDraw_ = std::max(framesToDraw_, count); }

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
      const bool left = glfwGetMouseButton(window, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS;
      const bool right = glfwGetMouseButton(window, GLFW_MOUSE_BUTTON_RIGHT) == GLFW_PRESS;
      const bool middle = glfwGetMouseButton(window, GLFW_MOUSE_BUTTON_MIDDLE) == GLFW_PRESS;
      const bool shift = glfwGetKey(window, GLFW_KEY_LEFT_SHIFT) == GLFW_PRESS;
      if ((delta.x != 0.0f || delta.y != 0.0f)) {
        if (left && !shift) {
          camera_.orbit(-delta.x * 0.008f, delta.y * 0.008f);
          requestFrames();
        } else if (right || middle || (left && shift)) {
          camera_.pan(-delta.x / float(height), delta.y / float(height));
          requestFrames();
        }
      }
      if (io.MouseWheel != 0.0f) {
        camera_.zoom(std::pow(0.88f, io.MouseWheel));
        requestFrames();
      }
    }
    if (!io.WantCaptureKeyboard) {
      const struct { int key; ViewPreset preset; } keys[] = {
          {GLFW_KEY_1, ViewPreset::Anterior}, {GLFW_KEY_2, ViewPreset::Posterior},
          {GLFW_KEY_3, ViewPreset::Left},     {GLFW_KEY_4, ViewPreset::Right},
          {GLFW_KEY_5, ViewPreset::Superior}};
      for (const auto& k : keys)
        if (ImGui::IsKeyPressed(k.key, false)) setView(k.preset);
      if (ImGui::IsKeyPressed(GLFW_KEY_F, false)) frameModel();
    }
  }

  void frameModel() {
    int w = 0;
    int h = 0;
    glfwGetFramebufferSize(context_.window(), &w, &h);
    camera_.frame(bounds_, h > 0 ? float(w) / float(h) : 1.5f);
    requestFrames();
  }

  void drawPanel() {
    ImGui::SetNextWindowPos(ImVec2(10, 10), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowSize(ImVec2(300, 0), ImGuiCond_FirstUseEver);
    ImGui::Begin("MyoAtlas");
    ImGui::TextWrapped("%s", options_.modelLabel.c_str());
    ImGui::Text("%zu nodes, %zu triangles", scene_.nodes.size(), scene_.triangleCount());
    ImGui::Separator();
    ImGui::TextUnformatted("View");
    const struct { const char* label; ViewPreset preset; } buttons[] = {
        {"Anterior (1)", ViewPreset::Anterior}, {"Posterior (2)", ViewPreset::Posterior},
        {"Left (3)", ViewPreset::Left},         {"Right (4)", ViewPreset::Right},
        {"Superior (5)", ViewPreset::Superior}};
    for (const auto& b : buttons) {
      if (ImGui::Button(b.label, ImVec2(-1, 0))) setView(b.preset);
    }
    ImGui::Separator();
    ImGui::TextWrapped("Drag to orbit, right-drag or Shift-drag to pan, scroll to zoom, F to frame.");
    ImGui::End();
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
      Result<OffscreenTarget> target = OffscreenTarget::create(w, h, 4);
      if (!target) return;
      target_ = std::make_unique<OffscreenTarget>(std::move(*target));
    }
    const std::vector<FrameItem> items = gpu_.items();
    renderer_.draw(*target_, camera_, items, {}, settings_);
    target_->presentToWindow();
    glViewport(0, 0, w, h);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    glfwSwapBuffers(window);
    if (framesToDraw_ > 0) --framesToDraw_;
    if (ImGui::GetIO().WantCaptureMouse && ImGui::IsMouseDown(ImGuiMouseButton_Left)) requestFrames(1);
  }

  Context& context_;
  Scene scene_;
  FrameRenderer renderer_;
  GpuScene gpu_;
  std::unique_ptr<OffscreenTarget> target_;
  FrameSettings settings_;
  ViewerOptions options_;
  Bounds bounds_;
  OrbitCamera camera_;
  glm::vec2 lastCursor_{0.0f};
  int framesToDraw_ = 3;
};

}  // namespace

Status runViewer(Scene scene, const ViewerOptions& options) {
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
  ImGui_ImplGlfw_InitForOpenGL((*context)->window(), true);
  ImGui_ImplOpenGL3_Init("#version 330 core");
  {
    Viewer viewer(**context, std::move(scene), std::move(*renderer), options);
    viewer.run();
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplGlfw_Shutdown();
  ImGui::DestroyContext();
  return {};
}

}  // namespace myo::ui
