#include "zone_editor.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <glm/common.hpp>
#include <glm/geometric.hpp>

#include "myo/atlas/drawn_zone_file.hpp"
#include "myo/atlas/skin_anchor.hpp"

namespace myo::ui {

namespace {

constexpr float kMetresPerCm = 0.01f;
// A stroke's last point is added on release when the mouse went on this far past the last one.
constexpr float kStrokeEndCm = 0.5f;
// A press this near an outline's first point closes it.
constexpr float kCloseOutlineCm = 1.5f;
// A press this near the outline's last point adds nothing (a double click).
constexpr float kSamePointCm = 0.5f;
// An outline in progress shows as a line this wide.
constexpr double kOutlineLineCm = 1.0;
// A line between two points is tested for leaving the skin as a stroke this wide; a line that
// does is halved at most this many times, each half through a point on the skin.
constexpr double kSegmentTestWidthCm = 0.2;
constexpr int kMostHalvings = 4;

bool sameAnchor(const atlas::SkinAnchor& a, const atlas::SkinAnchor& b) {
  return a.base == b.base && a.offsetCm == b.offsetCm;
}

bool sameShapes(const std::vector<atlas::DrawnShape>& a, const std::vector<atlas::DrawnShape>& b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](const atlas::DrawnShape& x, const atlas::DrawnShape& y) {
    return x.kind == y.kind && x.widthCm == y.widthCm &&
           std::equal(x.points.begin(), x.points.end(), y.points.begin(), y.points.end(), sameAnchor);
  });
}

bool sameDrawing(const atlas::ZoneDrawing& a, const atlas::ZoneDrawing& b) {
  return sameShapes(a.essential, b.essential) && sameShapes(a.spillover, b.spillover);
}

std::vector<atlas::DrawnShape>& shapesOf(atlas::ZoneDrawing& drawing, EditedZone zone) {
  return zone == EditedZone::Essential ? drawing.essential : drawing.spillover;
}

const char* zoneName(EditedZone zone) { return zone == EditedZone::Essential ? "essential" : "spillover"; }

void pushUndo(ZoneEditState& edit) { edit.undoSteps.push_back(edit.drawing); }

// The shape painted as the card draws it (for a left trigger point), and the first reason it
// cannot be saved, as `validate` would give it.
std::optional<std::string> placementProblem(const atlas::SkinMap& skin, const atlas::DrawnShape& shape,
                                            atlas::PaintedShape& painted) {
  painted = skin.paintOnBothSides(shape);
  if (painted.problems.empty()) return std::nullopt;
  return painted.problems.front();
}

}  // namespace

bool ZoneEditState::unsaved() const { return !sameDrawing(drawing, saved) || inProgress.has_value(); }

ZoneEditor::ZoneEditor(const atlas::SkinMap& skin) : skin_(skin) {}
ZoneEditor::~ZoneEditor() = default;

void ZoneEditor::edit(ZoneEditState& edit, const atlas::TriggerPoint& point, atlas::Side side) const {
  edit.triggerPoint = point.id;
  edit.side = side;
  edit.drawing = point.referral.drawing;
  edit.saved = point.referral.drawing;
  edit.undoSteps.clear();
  edit.inProgress.reset();
  edit.message.clear();
  edit.messageIsError = false;
  recheck(edit);
}

void ZoneEditor::stop(ZoneEditState& edit) const {
  edit.triggerPoint.clear();
  edit.drawing = {};
  edit.saved = {};
  edit.undoSteps.clear();
  edit.inProgress.reset();
  edit.problems.clear();
}

glm::vec3 ZoneEditor::onSkin(const glm::vec3& picked) const { return skin_.surface().closestPoint(picked); }

atlas::SkinAnchor ZoneEditor::anchorFor(const ZoneEditState& edit, const glm::vec3& picked) const {
  glm::vec3 point = onSkin(picked);
  if (edit.side == atlas::Side::Right) point.x = -point.x;  // the card draws the left trigger point's pattern
  return atlas::anchorNear(skin_.patches(), point);
}

std::optional<glm::vec3> ZoneEditor::shownAt(const ZoneEditState& edit, const atlas::SkinAnchor& anchor) const {
  std::optional<glm::vec3> point = atlas::anchorPosition(skin_.patches(), anchor);
  if (!point) return std::nullopt;
  if (edit.side == atlas::Side::Right) point->x = -point->x;
  return onSkin(*point);
}

bool ZoneEditor::press(ZoneEditState& edit, const glm::vec3& picked) const {
  if (!edit.editing()) return false;
  const glm::vec3 point = onSkin(picked);
  if (edit.tool == ShapeTool::Stroke) {
    finishShape(edit);
    ShapeInProgress stroke;
    stroke.zone = edit.zone;
    stroke.shape.kind = atlas::ShapeKind::Stroke;
    stroke.shape.widthCm = std::round(double(edit.widthCm) * 10.0) / 10.0;
    stroke.shape.points.push_back(anchorFor(edit, point));
    stroke.lastPicked = point;
    stroke.latest = point;
    edit.inProgress = std::move(stroke);
    return true;
  }
  if (!edit.inProgress || edit.inProgress->shape.kind != atlas::ShapeKind::Area) {
    finishShape(edit);
    ShapeInProgress outline;
    outline.zone = edit.zone;
    outline.shape.kind = atlas::ShapeKind::Area;
    outline.firstPicked = point;
    edit.inProgress = std::move(outline);
  } else {
    ShapeInProgress& outline = *edit.inProgress;
    const float fromFirst = glm::distance(point, outline.firstPicked) / kMetresPerCm;
    if (outline.shape.points.size() >= 3 && fromFirst < kCloseOutlineCm) {
      closeArea(edit);
      return true;
    }
    if (glm::distance(point, outline.lastPicked) / kMetresPerCm < kSamePointCm) return false;
  }
  edit.inProgress->pointsBeforeClick.push_back(edit.inProgress->shape.points.size());
  appendAlongSkin(edit.inProgress->shape, anchorFor(edit, point));
  edit.inProgress->lastPicked = point;
  edit.inProgress->latest = point;
  return true;
}

bool ZoneEditor::drag(ZoneEditState& edit, const glm::vec3& picked) const {
  if (!edit.editing() || edit.tool != ShapeTool::Stroke) return false;
  // A press off the body, then onto it: the stroke starts where the mouse came onto the skin.
  if (!edit.inProgress || edit.inProgress->shape.kind != atlas::ShapeKind::Stroke) return press(edit, picked);
  ShapeInProgress& stroke = *edit.inProgress;
  const glm::vec3 point = onSkin(picked);
  stroke.latest = point;
  if (glm::distance(point, stroke.lastPicked) / kMetresPerCm < kStrokePointSpacingCm) return false;
  appendAlongSkin(stroke.shape, anchorFor(edit, point));
  stroke.lastPicked = point;
  return true;
}

bool ZoneEditor::release(ZoneEditState& edit) const {
  if (!edit.inProgress || edit.inProgress->shape.kind != atlas::ShapeKind::Stroke) return false;
  ShapeInProgress& stroke = *edit.inProgress;
  if (glm::distance(stroke.latest, stroke.lastPicked) / kMetresPerCm >= kStrokeEndCm)
    appendAlongSkin(stroke.shape, anchorFor(edit, stroke.latest));
  // A click without a drag: a round dab, the stroke's width across.
  if (stroke.shape.points.size() == 1) stroke.shape.points.push_back(stroke.shape.points.front());
  finishShape(edit);
  return true;
}

void ZoneEditor::closeArea(ZoneEditState& edit) const {
  if (!edit.inProgress || edit.inProgress->shape.kind != atlas::ShapeKind::Area ||
      edit.inProgress->shape.points.size() < 3)
    return;
  // The outline closes from its last point back to the first: that side must follow the skin too.
  atlas::DrawnShape& outline = edit.inProgress->shape;
  const atlas::SkinAnchor first = outline.points.front();
  appendAlongSkin(outline, first);
  outline.points.pop_back();
  finishShape(edit);
}

bool ZoneEditor::leavesTheSkin(const atlas::SkinAnchor& a, const atlas::SkinAnchor& b) const {
  const atlas::DrawnShape segment{atlas::ShapeKind::Stroke, {a, b}, kSegmentTestWidthCm};
  return !skin_.paint(segment, /*mirrored=*/false).problems.empty() ||
         !skin_.paint(segment, /*mirrored=*/true).problems.empty();
}

void ZoneEditor::appendAlongSkin(atlas::DrawnShape& shape, const atlas::SkinAnchor& point, int depth) const {
  // Where the straight line from the last point to this one cuts through the body (over a sharp
  // bend of the skin), the painter cannot follow it: points on the skin between them can.
  if (!shape.points.empty() && depth < kMostHalvings && leavesTheSkin(shape.points.back(), point)) {
    const std::optional<glm::vec3> a = atlas::anchorPosition(skin_.patches(), shape.points.back());
    const std::optional<glm::vec3> b = atlas::anchorPosition(skin_.patches(), point);
    if (a && b) {
      const atlas::SkinAnchor middle = atlas::anchorNear(skin_.patches(), onSkin(glm::mix(*a, *b, 0.5f)));
      appendAlongSkin(shape, middle, depth + 1);
      appendAlongSkin(shape, point, depth + 1);
      return;
    }
  }
  shape.points.push_back(point);
}

void ZoneEditor::finishShape(ZoneEditState& edit) const {
  if (!edit.inProgress) return;
  ShapeInProgress done = std::move(*edit.inProgress);
  edit.inProgress.reset();
  const std::size_t needed = done.shape.kind == atlas::ShapeKind::Area ? 3 : 2;
  if (done.shape.points.size() >= needed) commit(edit, done.zone, std::move(done.shape));
}

void ZoneEditor::cancelShape(ZoneEditState& edit) const { edit.inProgress.reset(); }

void ZoneEditor::commit(ZoneEditState& edit, EditedZone zone, atlas::DrawnShape shape) const {
  pushUndo(edit);
  shapesOf(edit.drawing, zone).push_back(std::move(shape));
  recheck(edit);
}

void ZoneEditor::removeShape(ZoneEditState& edit, EditedZone zone, std::size_t index) const {
  std::vector<atlas::DrawnShape>& shapes = shapesOf(edit.drawing, zone);
  if (index >= shapes.size()) return;
  pushUndo(edit);
  shapes.erase(shapes.begin() + std::ptrdiff_t(index));
  recheck(edit);
}

void ZoneEditor::undo(ZoneEditState& edit) const {
  if (edit.inProgress) {
    ShapeInProgress& outline = *edit.inProgress;
    std::vector<atlas::SkinAnchor>& points = outline.shape.points;
    // The last click goes, with the points put on the skin before it.
    const std::size_t kept = outline.pointsBeforeClick.empty() ? 0 : outline.pointsBeforeClick.back();
    if (outline.shape.kind == atlas::ShapeKind::Area && kept > 0) {
      points.resize(std::min(kept, points.size()));
      outline.pointsBeforeClick.pop_back();
      std::optional<glm::vec3> last = shownAt(edit, points.back());
      if (last) outline.lastPicked = *last;
    } else {
      edit.inProgress.reset();
    }
    return;
  }
  if (edit.undoSteps.empty()) return;
  edit.drawing = std::move(edit.undoSteps.back());
  edit.undoSteps.pop_back();
  recheck(edit);
}

void ZoneEditor::revert(ZoneEditState& edit) const {
  edit.inProgress.reset();
  if (sameDrawing(edit.drawing, edit.saved)) return;
  pushUndo(edit);
  edit.drawing = edit.saved;
  recheck(edit);
}

void ZoneEditor::recheck(ZoneEditState& edit) const {
  edit.problems.clear();
  for (EditedZone zone : {EditedZone::Essential, EditedZone::Spillover}) {
    const std::vector<atlas::DrawnShape>& shapes = shapesOf(edit.drawing, zone);
    for (std::size_t s = 0; s < shapes.size(); ++s) {
      atlas::PaintedShape painted;
      if (std::optional<std::string> problem = placementProblem(skin_, shapes[s], painted))
        edit.problems.push_back({zone, s, std::move(*problem)});
    }
  }
}

Result<atlas::Referral> ZoneEditor::referralToSave(const ZoneEditState& edit, const atlas::TriggerPoint& card) {
  if (edit.drawing.essential.empty())
    return Error{"Not saved: the essential zone is empty. Draw where nearly everyone feels the pain first."};
  std::vector<float> fields[2];
  for (EditedZone zone : {EditedZone::Essential, EditedZone::Spillover}) {
    std::vector<float>& field = fields[static_cast<int>(zone)];
    field.assign(skin_.mesh().vertexCount(), 0.0f);
    const std::vector<atlas::DrawnShape>& shapes = zone == EditedZone::Essential ? edit.drawing.essential : edit.drawing.spillover;
    for (std::size_t s = 0; s < shapes.size(); ++s) {
      atlas::PaintedShape painted;
      if (std::optional<std::string> problem = placementProblem(skin_, shapes[s], painted))
        return Error{std::string("Not saved: ") + zoneName(zone) + " shape " + std::to_string(s + 1) + ": " + *problem};
      for (std::size_t v = 0; v < field.size(); ++v) field[v] = std::max(field[v], painted.field[v]);
    }
  }
  if (!cover_) cover_ = std::make_unique<atlas::RegionCover>(skin_);
  atlas::Referral referral = card.referral;
  referral.drawing = edit.drawing;
  referral.essential = cover_->regionsOf(fields[0]);
  referral.spillover = cover_->regionsOf(fields[1]);
  if (referral.essential.empty())
    return Error{"Not saved: the essential zone is too small to name a body region. Draw it larger."};
  return referral;
}

std::optional<atlas::Referral> ZoneEditor::save(ZoneEditState& edit, const atlas::Muscle& muscle) {
  finishShape(edit);
  const auto card = std::find_if(muscle.triggerPoints.begin(), muscle.triggerPoints.end(),
                                 [&](const atlas::TriggerPoint& tp) { return tp.id == edit.triggerPoint; });
  if (card == muscle.triggerPoints.end()) {
    edit.message = "Not saved: " + muscle.id + " has no trigger point " + edit.triggerPoint + ".";
    edit.messageIsError = true;
    return std::nullopt;
  }
  Result<atlas::Referral> referral = referralToSave(edit, *card);
  if (!referral) {
    edit.message = referral.error().message;
    edit.messageIsError = true;
    return std::nullopt;
  }
  if (Status saved = atlas::saveReferrals(muscle.file, {{edit.triggerPoint, *referral}}); !saved) {
    edit.message = "Not saved: " + saved.error().message;
    edit.messageIsError = true;
    return std::nullopt;
  }
  edit.saved = edit.drawing;
  edit.message = "Saved into " + muscle.file.string();
  edit.messageIsError = false;
  return std::move(*referral);
}

atlas::ZoneDrawing shownDrawing(const ZoneEditState& edit) {
  atlas::ZoneDrawing shown = edit.drawing;
  if (!edit.inProgress || edit.inProgress->shape.points.empty()) return shown;
  atlas::DrawnShape shape = edit.inProgress->shape;
  EditedZone zone = edit.inProgress->zone;
  if (shape.kind == atlas::ShapeKind::Area) {
    // Open until it is closed: its points joined by a thin line, a lone point a dot, solid in
    // either zone (a thin line of stipple is a few dots that do not show where the outline goes).
    shape.kind = atlas::ShapeKind::Stroke;
    shape.widthCm = kOutlineLineCm;
    zone = EditedZone::Essential;
  }
  if (shape.points.size() == 1) shape.points.push_back(shape.points.front());
  shapesOf(shown, zone).push_back(std::move(shape));
  return shown;
}

}  // namespace myo::ui
