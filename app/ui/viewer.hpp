#pragma once
// The interactive viewer: a window with the model, an orbit camera driven by the mouse and keys,
// and an ImGui side panel. It draws only when something changed.
//
// Not here: loading files (the caller passes a Scene), command-line parsing.

#include <string>

#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"

namespace myo::ui {

struct ViewerOptions {
  std::string title = "MyoAtlas";
  std::string modelLabel;  // shown in the panel: the file name, or "built-in body"
  int width = 1400;
  int height = 900;
};

// Opens the window and runs until it is closed. Fails when no window can be opened.
Status runViewer(Scene scene, const ViewerOptions& options);

}  // namespace myo::ui
