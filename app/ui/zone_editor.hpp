#pragma once
// What the zone editor does, without ImGui, so that unit tests can drive it: a teacher corrects the
// drawn referral zones of one trigger point (docs/knowledge-base.md, "Drawn zones") — strokes
// (a drag on the skin) and areas (the points of an outline, then closed) into the essential or the
// spillover zone; takes shapes away, undoes, reverts; and saves the drawing into the muscle's card
// with its region lists computed from it. A picked point becomes an anchor (skin_anchor.hpp) in
// the cards' left-side frame: mirrored when the trigger point shown is a right one.
//
// The window paints the drawing as it is now in place of the card's: updateHeatPatterns puts
// shownDrawing() into AtlasView::zonePreview, so it is the same heat as the atlas shows.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>

#include <glm/vec3.hpp>

#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/skin_map.hpp"
#include "myo/atlas/zone_regions.hpp"
#include "myo/engine/result.hpp"
#include "zone_edit_state.hpp"

namespace myo::ui {

// A stroke gets a point every this much travel of the mouse over the skin.
inline constexpr float kStrokePointSpacingCm = 2.0f;

class ZoneEditor {
 public:
  explicit ZoneEditor(const atlas::SkinMap& skin);
  ~ZoneEditor();

  // Starts on a trigger point shown on `side`, from its card's drawing; what
  // was being edited before is dropped.
  void edit(ZoneEditState& edit, const atlas::TriggerPoint& point, atlas::Side side) const;
  void stop(ZoneEditState& edit) const;

  // The point a card stores for a point picked on the body (moved onto the skin first).
  atlas::SkinAnchor anchorFor(const ZoneEditState& edit, const glm::vec3& picked) const;
  // Where a point of the drawing shows on the skin of the side being edited.
  std::optional<glm::vec3> shownAt(const ZoneEditState& edit, const atlas::SkinAnchor& anchor) const;

  // The mouse on the body. With the stroke tool a press starts a stroke, a drag adds a point every
  // kStrokePointSpacingCm of travel, the release ends it (a click alone leaves a round dab). With
  // the area tool a press adds a point to the outline; one on its first point closes it. True when
  // what the skin shows changed (a drag between two points changes nothing).
  bool press(ZoneEditState& edit, const glm::vec3& picked) const;
  bool drag(ZoneEditState& edit, const glm::vec3& picked) const;
  bool release(ZoneEditState& edit) const;
  void closeArea(ZoneEditState& edit) const;  // with three points or more
  // The shape in progress goes into the drawing when it is whole (a stroke; an outline of three
  // points or more, closed), else it is dropped: before the tool changes or the drawing is saved.
  void finishShape(ZoneEditState& edit) const;
  void cancelShape(ZoneEditState& edit) const;

  void removeShape(ZoneEditState& edit, EditedZone zone, std::size_t index) const;
  // The last point of an outline in progress, else the last change of the drawing.
  void undo(ZoneEditState& edit) const;
  void revert(ZoneEditState& edit) const;  // back to the card's drawing

  // The referral to save: the card's, with the drawing and the region lists it covers, or why it
  // cannot be saved as it is (a shape off the skin, no essential zone). The first call measures
  // every region's patch, about a second.
  Result<atlas::Referral> referralToSave(const ZoneEditState& edit, const atlas::TriggerPoint& card);
  // Finishes the shape in progress and writes the referral into the muscle's card file (that block
  // only, atomically); edit.message says what happened. The referral saved, for the running window.
  std::optional<atlas::Referral> save(ZoneEditState& edit, const atlas::Muscle& muscle);

 private:
  void commit(ZoneEditState& edit, EditedZone zone, atlas::DrawnShape shape) const;
  // Adds a point to the shape, with points on the skin before it where the line from the last
  // point would cut through the body (SkinMap::paint reports a jump there).
  void appendAlongSkin(atlas::DrawnShape& shape, const atlas::SkinAnchor& point, int depth = 0) const;
  bool leavesTheSkin(const atlas::SkinAnchor& a, const atlas::SkinAnchor& b) const;
  // The drawing changed: which of its shapes cannot be placed on the skin (edit.problems).
  void recheck(ZoneEditState& edit) const;
  glm::vec3 onSkin(const glm::vec3& picked) const;

  const atlas::SkinMap& skin_;
  std::unique_ptr<atlas::RegionCover> cover_;  // built on the first save
};

// The drawing as the skin shows it: with the shape in progress (an open outline as a thin solid
// line, in either zone).
atlas::ZoneDrawing shownDrawing(const ZoneEditState& edit);

}  // namespace myo::ui
