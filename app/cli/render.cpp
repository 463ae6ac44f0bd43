// `myoatlas render`: a picture of a model, drawn headless, written to a PNG.
#include <iostream>
#include <string>

#include "commands.hpp"
#include "default_scene.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/snapshot.hpp"

namespace myo::cli {

namespace {

struct RenderOptions {
  std::string model;
  std::string output;
  std::string view = "anterior";
  int width = 1280;
  int height = 720;
  bool headless = false;
};

int runRender(const RenderOptions& options) {
  const std::optional<ViewPreset> view = parseViewPreset(options.view);
  if (!view) {
    std::cerr << "myoatlas render: unknown view '" << options.view
              << "'; choose anterior, posterior, left, right or superior\n";
    return kExitBadInput;
  }
  Result<Scene> scene = loadSceneOrDefault(options.model);
  if (!scene) {
    std::cerr << "myoatlas render: " << scene.error().message << "\n";
    return kExitBadInput;
  }
  Result<std::unique_ptr<Context>> context =
      createContext({.kind = options.headless ? ContextKind::Headless : ContextKind::Auto});
  if (!context) {
    std::cerr << "myoatlas render: " << context.error().message << "\n";
    return kExitFailure;
  }
  Result<Image> image = renderSnapshot(*scene, {.view = *view, .width = options.width, .height = options.height});
  if (!image) {
    std::cerr << "myoatlas render: " << image.error().message << "\n";
    return kExitFailure;
  }
  if (Status written = writePng(*image, options.output); !written) {
    std::cerr << "myoatlas render: " << written.error().message << "\n";
    return kExitBadInput;
  }
  std::cout << "wrote " << options.output << " (" << options.width << "x" << options.height << ", "
            << options.view << ")\n";
  return kExitOk;
}

}  // namespace

void addRenderCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand("render", "Render a picture headless (no window or display needed) to a PNG file.");
  command->add_option("-o,--output", options->output, "PNG file to write (replaced atomically)")
      ->required()->type_name("OUT.png");
  command->add_option("--model", options->model,
                      "Model file to draw: glTF (.gltf, .glb) or any format Assimp reads "
                      "(.obj, .fbx, .stl, .ply, .dae, .3ds ...); default: the built-in body")
      ->type_name("FILE");
  command->add_option("--view", options->view, "Where the camera looks from: anterior, posterior, left, right or superior")
      ->check(CLI::IsMember({"anterior", "posterior", "left", "right", "superior"}))
      ->capture_default_str();
  command->add_option("--width", options->width, "Image width in pixels")->check(CLI::Range(16, 8192))->capture_default_str();
  command->add_option("--height", options->height, "Image height in pixels")->check(CLI::Range(16, 8192))->capture_default_str();
  command->add_flag("--headless", options->headless, "Force the headless EGL context even where a display exists");
  command->callback([&action, options] { action = [options] { return runRender(*options); }; });
}

}  // namespace myo::cli
