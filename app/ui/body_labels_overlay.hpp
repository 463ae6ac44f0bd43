#pragma once
// Labels on the body in the window: which muscles to name (the selection, the layers ticked
// "Label this layer", the tour step's), laid out around the body as the view shows it now
// (atlas/body_labels.hpp on the view's id buffer) and drawn with ImGui over the 3D view, under the
// panels. Presenter mode draws them too; a quiz question hides them (they would give the answer).
//
// Not here: the layout (atlas), picking (SceneViewport::pickIds), the layers panel's control.

#include <string>
#include <vector>

#include "app_state.hpp"
#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "scene_viewport.hpp"

struct ImDrawList;
struct ImFont;

namespace myo::ui {

// The muscles to label as the state asks: the selection, every muscle of a ticked layer that
// shows (not peeled or hidden), and the tour step's (its list, or every shown muscle layer).
std::vector<atlas::StructureRef> musclesToLabel(const AppState& state, const atlas::AtlasScene& atlas);

// Lays the labels out for this camera, their names in `font` (presenter mode's is the caption's,
// for a room to read), and stores them in state.labels.shown (window coordinates); clears them
// when there is nothing to label or the quiz hides names.
void updateBodyLabels(AppState& state, SceneViewport& viewport, const OrbitCamera& camera,
                      const atlas::AtlasScene& atlas, const atlas::KnowledgeBase* kb, ImFont* font);

// Draws them in the font they were laid out in.
void drawBodyLabels(const LabelState& labels, ImDrawList* drawList, ImFont* font);

}  // namespace myo::ui
