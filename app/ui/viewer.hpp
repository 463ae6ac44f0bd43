#pragma once
// The interactive viewer: opens the window, sets up ImGui and hands over to App (app.hpp), which
// owns everything the window shows. Reads the settings first so the window opens where and how
// big it was left; a damaged settings file is reported on stderr and in the window, and kept.
//
// Not here: loading files (the caller passes the scene), command-line parsing.

#include <filesystem>
#include <optional>
#include <string>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/quiz.hpp"
#include "myo/atlas/tour.hpp"
#include "myo/engine/result.hpp"

namespace myo::ui {

// What the command line asks of the window, handed on to the App as it is.
struct ViewerOptions {
  std::string title = "MyoAtlas";
  std::string modelLabel;  // shown in the panel: the file name, or "Built-in body"
  std::filesystem::path stateFile;  // where to dump the window's state as JSON; empty: nowhere
  std::optional<atlas::Tour> tour;  // checked by the caller; shown from its first step
  std::string tourFile;             // where it came from, for the Tour panel's Save
  bool present = false;             // start in presenter mode
  std::optional<atlas::QuizOptions> quiz;  // a quiz round to start with
  std::filesystem::path session;           // a session file to open, checked by the caller
};

// Opens the window and runs until it is closed. kb may be null (an imported model without
// anatomy). Fails when no window can be opened.
Status runViewer(atlas::AtlasScene scene, const atlas::KnowledgeBase* kb, ViewerOptions options);

}  // namespace myo::ui
