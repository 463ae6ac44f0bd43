#include "myo/atlas/handout_plan.hpp"

#include <algorithm>
#include <cmath>

#include <glm/ext/matrix_projection.hpp>

#include "myo/atlas/layer.hpp"
#include "myo/atlas/practice_notes.hpp"
#include "myo/atlas/trigger_point_placement.hpp"

namespace myo::atlas {

namespace {

// Paper white, so the pictures print cleanly.
constexpr glm::vec4 kPaperBackground{0.98f, 0.98f, 0.97f, 1.0f};
// On paper, at the size the page prints it, the X must stand out from the pattern round it.
constexpr float kPrintedCrossScale = 2.0f;

// The view that looks at a surface facing `direction`: front or back unless the side clearly wins.
ViewPreset viewFacing(const glm::vec3& direction) {
  if (std::abs(direction.z) >= 0.8f * std::abs(direction.x)) return direction.z >= 0.0f ? ViewPreset::Anterior : ViewPreset::Posterior;
  return direction.x > 0.0f ? ViewPreset::Left : ViewPreset::Right;
}

// A cube around the points, `margin` times as wide as they spread and at least 2 × minHalf.
Bounds frameAround(const std::vector<glm::vec3>& points, float margin, float minHalf) {
  Bounds spread;
  for (const glm::vec3& p : points) spread.add(p);
  if (spread.empty()) return spread;
  const glm::vec3 size = spread.size();
  const float half = std::max(0.5f * std::max({size.x, size.y, size.z}) * margin, minHalf);
  Bounds frame;
  frame.add(spread.center() - glm::vec3(half));
  frame.add(spread.center() + glm::vec3(half));
  return frame;
}

// The frame moved up or down to stay within the body's height, so a picture of the feet does not
// spend half its height below the floor (nor one of the head above it).
Bounds withinHeight(Bounds frame, const Bounds& body) {
  if (frame.empty() || body.empty()) return frame;
  float shift = 0.0f;
  if (frame.min.y < body.min.y) shift = std::min(body.min.y - frame.min.y, std::max(body.max.y - frame.max.y, 0.0f));
  else if (frame.max.y > body.max.y) shift = -std::min(frame.max.y - body.max.y, std::max(frame.min.y - body.min.y, 0.0f));
  frame.min.y += shift;
  frame.max.y += shift;
  return frame;
}

// Where a field on the skin is strong (over one half), and which way that skin faces on average.
struct FieldExtent {
  std::vector<glm::vec3> points;
  glm::vec3 facing{0.0f, 0.0f, 1.0f};
};

FieldExtent extentOf(const SkinMap& skin, const std::vector<float>& field) {
  FieldExtent extent;
  glm::vec3 normalSum(0.0f);
  const Mesh& mesh = skin.mesh();
  for (std::size_t v = 0; v < field.size() && v < mesh.vertexCount(); ++v) {
    if (field[v] <= 0.5f) continue;
    extent.points.push_back(mesh.positions[v]);
    if (v < mesh.normals.size()) normalSum += field[v] * mesh.normals[v];
  }
  if (glm::length(normalSum) > 0.0f) extent.facing = normalSum;
  return extent;
}

AtlasView skinShown() {
  AtlasView view;
  view.display.layers[static_cast<int>(Layer::Skin)].visible = true;
  return view;
}

// The picture's exact camera, so that the points it labels can be found in it.
PlannedPicture picture(const AtlasScene& body, AtlasView view, ViewPreset preset, const Bounds& frame, int width, int height,
                       std::string caption, const std::vector<glm::vec3>& numbered) {
  PlannedPicture planned;
  planned.view = std::move(view);
  planned.caption = std::move(caption);
  planned.request = SnapshotRequest{.view = preset, .width = width, .height = height};
  planned.request.settings.background = kPaperBackground;
  OrbitCamera camera;
  camera.setView(preset);
  const Bounds framed = withinHeight(frame, body.scene.bounds());
  camera.frame(framed.empty() ? body.scene.bounds() : framed, float(width) / float(height));
  planned.request.camera = camera;
  const glm::mat4 eyeFrame = camera.view();
  const glm::mat4 projection = camera.projection(float(width) / float(height));
  for (std::size_t i = 0; i < numbered.size(); ++i) {
    const glm::vec3 s = glm::project(numbered[i], eyeFrame, projection, glm::vec4(0, 0, width, height));
    planned.labels.push_back({double(s.x), double(height) - double(s.y), std::to_string(i + 1)});
  }
  return planned;
}

}  // namespace

HandoutSubject handoutSubject(const std::vector<LookupResult>& ranked, const KnowledgeBase& kb, const Muscle& muscle,
                              std::optional<Side> side, Side fallbackSide) {
  HandoutSubject subject;
  subject.muscle = &muscle;
  subject.side = side.value_or(fallbackSide);
  const auto match = std::find_if(ranked.begin(), ranked.end(), [&](const LookupResult& r) {
    return r.muscle == muscle.id && (!side || r.side == side);
  });
  if (match != ranked.end()) {
    subject.side = match->side;
    for (const std::string& id : match->triggerPoints)
      if (const TriggerPoint* point = kb.findTriggerPoint(id)) subject.points.push_back(point);
  }
  if (subject.points.empty() && !muscle.triggerPoints.empty()) {
    subject.explainsThePain = false;
    subject.points.push_back(&muscle.triggerPoints.front());
  }
  return subject;
}

PlannedPicture planPainPicture(const AtlasScene& body, const std::vector<float>& pain) {
  AtlasView painView = skinShown();
  painView.pain = pain;
  const FieldExtent painExtent = extentOf(*body.skin, pain);
  return picture(body, painView, viewFacing(painExtent.facing), frameAround(painExtent.points, 1.6f, 0.3f), 600, 690, "", {});
}

HandoutPictures planHandoutPictures(const AtlasScene& body, const HandoutSubject& subject,
                                    const std::vector<float>& pain) {
  HandoutPictures pictures;
  const SkinMap& skin = *body.skin;
  const Muscle& muscle = *subject.muscle;

  // 1. The pain drawing, with enough of the body around it to see where it is.
  pictures.painDrawing = planPainPicture(body, pain);

  // 2. The pattern drawn as a chart: essential zone solid, spillover stippled, an X at each
  // trigger point, the client's own drawing outlined over it in a colour of its own.
  AtlasView patternView = skinShown();
  for (const TriggerPoint* point : subject.points) patternView.patterns.push_back({point, subject.side});
  patternView.markers = true;
  patternView.crossScale = kPrintedCrossScale;
  patternView.pain = pain;
  patternView.painOutline = true;
  std::vector<glm::vec3> markers;
  for (const TriggerPoint* point : subject.points)
    if (auto placed = placeTriggerPoint(body.scene, body.index, muscle, *point, subject.side, &skin.surface()))
      markers.push_back(placed->position);
  std::vector<float> heat;
  for (const glm::vec2& h : skinHeat(body, patternView)) heat.push_back(std::max(h.x, h.y));
  FieldExtent patternExtent = extentOf(skin, heat);
  patternExtent.points.insert(patternExtent.points.end(), markers.begin(), markers.end());
  pictures.pattern = picture(body, patternView, viewFacing(patternExtent.facing),
                             frameAround(patternExtent.points, 1.3f, 0.12f), 800, 600,
                             "Where these trigger points (X) send pain: solid red, the usual zone; red dots, where some people "
                             "feel it; blue line, where you marked your pain",
                             markers);

  // 3. The muscle itself, its trigger points marked, seen from the side it faces.
  AtlasView muscleView = patternView;
  muscleView.pain.clear();
  muscleView.painOutline = false;
  muscleView.display.selection.push_back({muscle.id, subject.side});
  // Peeled down to the muscle's own layer, so that a deep muscle is seen, not guessed through
  // ghosts; the others dimmed, so that the one meant stands out among its neighbours.
  muscleView.display.peel = muscle.layer;
  muscleView.display.dimOthers = true;
  std::vector<glm::vec3> musclePoints = markers;
  for (int node : body.index.find(muscle.id, subject.side))
    for (int part : body.scene.nodes[node].parts)
      for (const glm::vec3& p : body.scene.parts[part].mesh.positions)
        musclePoints.push_back(glm::vec3(body.scene.nodes[node].world * glm::vec4(p, 1.0f)));
  // The way the muscle faces out of the body: the skin normals nearest to its surface, averaged.
  glm::vec3 muscleFacing(0.0f);
  constexpr std::size_t kEveryNth = 7;  // a sample of the muscle's vertices is plenty
  for (std::size_t i = 0; i < musclePoints.size(); i += kEveryNth) {
    const std::uint32_t nearest = skin.surface().nearestVertex(musclePoints[i]);
    if (nearest < skin.mesh().normals.size()) muscleFacing += skin.mesh().normals[nearest];
  }
  if (glm::length(muscleFacing) == 0.0f) muscleFacing = patternExtent.facing;
  pictures.muscle = picture(body, muscleView, viewFacing(muscleFacing), frameAround(musclePoints, 1.15f, 0.12f), 800, 600,
                            "The muscle (highlighted) and its trigger points (X), numbered as in the text", markers);
  return pictures;
}

HandoutPage handoutWords(const HandoutSubject& subject, const std::string& painCaption, const std::string& notes,
                         const std::string& date) {
  HandoutPage page;
  page.date = date;
  page.painCaption = painCaption;
  page.muscleName = subject.muscle->names.common + ", " + std::string(toString(subject.side)) + " side";
  for (const TriggerPoint* point : subject.points) {
    page.triggerPoints.push_back(point->name);
    page.pattern += (page.pattern.empty() ? "" : " ") + point->referral.description;
  }
  page.selfCare = subject.muscle->techniques.selfCare.steps;
  if (std::any_of(page.selfCare.begin(), page.selfCare.end(), [](const std::string& step) { return isStretchStep(step); }))
    page.stretchNote = assistedStretchingNoteForClients();
  page.notes = notes;
  return page;
}

}  // namespace myo::atlas
