#pragma once
// The interactive viewer: a window with the body (or any model), an orbit camera driven by mouse
// and keys, clicking to select a structure, and an ImGui side panel for views, layers, x-ray,
// sides, the selection's card summary and its referred-pain pattern. It draws only when
// something changed.
//
// Not here: loading files (the caller passes the scene), command-line parsing.

#include <string>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/engine/result.hpp"

namespace myo::ui {

struct ViewerOptions {
  std::string title = "MyoAtlas";
  std::string modelLabel;  // shown in the panel: the file name, or "Built-in body"
  int width = 1400;
  int height = 900;
};

// Opens the window and runs until it is closed. kb may be null (an imported model without
// anatomy). Fails when no window can be opened.
Status runViewer(atlas::AtlasScene scene, const atlas::KnowledgeBase* kb, const ViewerOptions& options);

}  // namespace myo::ui
