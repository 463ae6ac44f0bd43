// `myoatlas [view] [FILE]`: the interactive window.
#include <filesystem>
#include <iostream>

#include "commands.hpp"
#include "default_scene.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/engine/context.hpp"
#include "viewer.hpp"

namespace myo::cli {

namespace {

int runView(const std::string& file) {
  // Said before anything about the display, so that a mistyped command (`myoatlas rendr`, taken as
  // a file to view) is told as such wherever it runs.
  std::error_code ec;
  if (!file.empty() && !std::filesystem::exists(file, ec)) {
    std::cerr << "myoatlas: " << file << ": no such file, nor a command (`myoatlas --help` lists the commands)\n";
    return kExitBadInput;
  }
  if (!displayAvailable()) {
    std::cerr << "myoatlas: no display to open a window on (DISPLAY is unset). "
                 "Use `myoatlas render -o picture.png` to draw a picture headless instead.\n";
    return kExitFailure;
  }
  Result<Scene> scene = loadSceneOrDefault(file);
  if (!scene) {
    std::cerr << "myoatlas: " << scene.error().message << "\n";
    return kExitBadInput;
  }
  Result<atlas::AtlasScene> atlasScene = atlas::makeAtlasScene(std::move(*scene), atlas::defaultAnatomyFolder());
  if (!atlasScene) {
    std::cerr << "myoatlas: " << atlasScene.error().message << "\n";
    return kExitFailure;
  }
  // Cards and patterns need the knowledge base; an imported model is viewed without it.
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) std::cerr << "myoatlas: the muscle cards are not available: " << kb.error().message << "\n";
  ui::ViewerOptions options;
  options.modelLabel = file.empty() ? std::string("Built-in body") : std::filesystem::path(file).filename().string();
  options.title = "MyoAtlas — " + options.modelLabel;
  if (Status shown = ui::runViewer(std::move(*atlasScene), kb ? &*kb : nullptr, options); !shown) {
    std::cerr << "myoatlas: " << shown.error().message << "\n";
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace

void addViewCommand(CLI::App& app, Action& action) {
  auto file = std::make_shared<std::string>();
  // `myoatlas FILE` and `myoatlas view FILE` are the same.
  app.add_option("file", *file, "Model file to open in the viewer (default: the built-in body)")->type_name("FILE");
  CLI::App* command = app.add_subcommand("view", "Open the interactive viewer (the default command).");
  command->add_option("file", *file, "Model file to open: glTF or any format Assimp reads (default: the built-in body)")
      ->type_name("FILE");
  action = [file] { return runView(*file); };
  command->callback([&action, file] { action = [file] { return runView(*file); }; });
}

}  // namespace myo::cli
