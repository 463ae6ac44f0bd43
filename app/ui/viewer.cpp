#include "viewer.hpp"

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <iostream>
#include <optional>

#include "app.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/frame_renderer.hpp"

namespace myo::ui {

namespace {

// ImGui's context for the lifetime of the window, and its backends.
class ImGuiSession {
 public:
  ImGuiSession(GLFWwindow* window) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // the layout is in our settings file
    io.ConfigWindowsMoveFromTitleBarOnly = true;
    ImGui_ImplGlfw_InitForOpenGL(window, true);
    ImGui_ImplOpenGL3_Init("#version 330 core");
  }
  ~ImGuiSession() {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
  }
  ImGuiSession(const ImGuiSession&) = delete;
  ImGuiSession& operator=(const ImGuiSession&) = delete;
};

}  // namespace

Status runViewer(atlas::AtlasScene scene, const atlas::KnowledgeBase* kb, ViewerOptions options) {
  SettingsFile settings{.path = defaultSettingsPath()};
  settings.reading = readSettings(settings.path);
  if (settings.reading.warning) std::cerr << "myoatlas: warning: " << *settings.reading.warning << "\n";
  const bool firstRun = !settings.reading.warning && !std::filesystem::exists(settings.path);
  const WindowLayout& layout = settings.reading.settings.window;

  Result<std::unique_ptr<Context>> context = createContext(
      {.kind = ContextKind::Window, .width = layout.width, .height = layout.height, .title = options.title});
  if (!context) return context.error();
  GLFWwindow* window = (*context)->window();
  if (layout.x && layout.y) glfwSetWindowPos(window, *layout.x, *layout.y);
  if (layout.maximized) glfwMaximizeWindow(window);
  if (firstRun) {
    // A high-DPI screen starts with text of a readable size; the user's choice wins after that.
    float contentScale = 1.0f;
    glfwGetWindowContentScale(window, &contentScale, nullptr);
    settings.reading.settings.uiScale = std::clamp(contentScale, kMinUiScale, kMaxUiScale);
  }
  Result<FrameRenderer> renderer = FrameRenderer::create();
  if (!renderer) return renderer.error();

  // Our callbacks first: the ImGui backend chains to them when it installs its own.
  InputQueue input;
  input.install(window);
  {
    ImGuiSession imgui(window);
    // The window's own copy of the cards: the zone editor saves into it as into the files.
    std::optional<atlas::KnowledgeBase> cards;
    if (kb != nullptr) cards = *kb;
    App viewer(window, input, std::move(scene), cards ? &*cards : nullptr, std::move(*renderer), std::move(options),
               std::move(settings));
    viewer.run();
  }
  input.uninstall(window);
  return {};
}

}  // namespace myo::ui
