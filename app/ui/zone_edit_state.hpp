#pragma once
// What the zone editor (zone_editor.hpp) is doing: the trigger point whose drawn referral zones a
// teacher corrects, the drawing as it is now and as the card has it, the shape being drawn, and
// the tool. Plain data that AppState holds, so the state dump and the unit tests read it as it is.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/atlas/muscle.hpp"
#include "myo/atlas/side.hpp"

namespace myo::ui {

enum class EditedZone { Essential, Spillover };
enum class ShapeTool { Stroke, Area };

// A shape while it is drawn: a stroke while the button is held, an area's outline until it is closed.
struct ShapeInProgress {
  EditedZone zone = EditedZone::Essential;
  atlas::DrawnShape shape;
  // On the skin, in the body frame as shown.
  glm::vec3 lastPicked{0.0f};   // the last point added: a stroke's travel is measured from it
  glm::vec3 latest{0.0f};       // where the mouse is now: a stroke's end
  glm::vec3 firstPicked{0.0f};  // an outline's start: a press on it closes the outline
  // An outline's point count before each click: a click may add points on the skin before its own
  // (over a bend), and undo takes them back with it.
  std::vector<std::size_t> pointsBeforeClick;
};

// A shape of the drawing that cannot be placed on the skin as it is (SkinMap::paint's problem).
struct ShapeProblem {
  EditedZone zone = EditedZone::Essential;
  std::size_t index = 0;  // into the zone's shapes
  std::string text;
};

struct ZoneEditState {
  // The tool: what a press or drag on the body draws, and into which zone.
  bool drawMode = false;  // presses and drags on the body draw instead of selecting or turning it
  EditedZone zone = EditedZone::Essential;
  ShapeTool tool = ShapeTool::Stroke;
  float widthCm = 3.0f;  // of new strokes

  // What is edited: empty triggerPoint when nothing is.
  std::string triggerPoint;  // "trapezius/tp1"
  // The side shown; a right one is drawn mirrored. Missing until a trigger point is first edited,
  // and kept after (the state dump tells one from the other).
  std::optional<atlas::Side> side;
  atlas::ZoneDrawing drawing;                // as it is now, in the cards' left-side frame
  atlas::ZoneDrawing saved;                  // as the card has it: Revert goes back to it
  std::vector<atlas::ZoneDrawing> undoSteps;  // the drawing before each edit, oldest first
  std::optional<ShapeInProgress> inProgress;
  std::vector<ShapeProblem> problems;  // of the drawing as it is now; a drawing with any is not saved

  std::string message;  // what the last save did, or why it did not
  bool messageIsError = false;

  bool editing() const { return !triggerPoint.empty(); }
  bool unsaved() const;  // the drawing differs from the card's (zone_editor.cpp compares them)
};

}  // namespace myo::ui
