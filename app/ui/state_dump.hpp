#pragma once
// `myoatlas view --state-file PATH`: a scripting and testing aid. The window writes what it
// shows as one JSON document — selection, the card's title and tab, layers and peel, help, search,
// the last screenshot, the tour and presenter mode, where the main widgets are — atomically,
// whenever it changes. Tests drive the real window with real input and read the outcome here.

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "app_state.hpp"
#include "myo/atlas/knowledge_base.hpp"

namespace myo::ui {

struct FrameFacts {
  int windowWidth = 0;
  int windowHeight = 0;
  ScreenRect sceneViewport;  // the 3D view, window coordinates
  std::uint64_t sceneRenders = 0;  // frames where the 3D scene was drawn, not just re-presented
  float cameraDistance = 0.0f;     // metres from the eye to the point it turns about
  double lastSceneFrameMs = 0.0;   // the last frame that drew the scene, input to swap
  double lastPanelFrameMs = 0.0;   // the last frame that only re-presented it under new panels
  std::optional<ScreenRect> framedOnScreen;  // the box the camera last framed (a quiz question), as drawn
  std::optional<glm::vec2> selectionOnScreen;  // where the selected structure's centre is drawn, window coordinates
  struct MarkerOnScreen {
    glm::vec2 at{0.0f};      // window coordinates
    std::string shape;       // "x" or "dot"
    float radiusPixels = 0.0f;
  };
  std::vector<MarkerOnScreen> markersOnScreen;  // the trigger-point markers drawn
  glm::vec2 cursor{0.0f};  // where the window last saw the mouse, window coordinates
  std::vector<std::string> presenterTitleLines;  // the caption's title as presenter mode breaks it
  std::vector<TextFit> presenterTopLines;        // its top line (a quiz's progress), as wrapped
  // No frame and no hover pick is due after this one until new input: what the panels show and
  // what the window reports under the cursor have stopped changing.
  bool settled = false;
};

// The card title a user reads for the selection, or "" without one.
std::string cardTitle(const AppState& state, const atlas::KnowledgeBase* kb);

std::string stateToJson(const AppState& state, const atlas::KnowledgeBase* kb, const FrameFacts& facts);

// Writes when the document differs from the last one written.
class StateFileWriter {
 public:
  explicit StateFileWriter(std::filesystem::path path) : path_(std::move(path)) {}
  bool enabled() const { return !path_.empty(); }
  void write(const std::string& document);

 private:
  std::filesystem::path path_;
  std::string written_;
  bool warned_ = false;
};

}  // namespace myo::ui
