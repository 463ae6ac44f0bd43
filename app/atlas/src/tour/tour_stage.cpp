// stageStep and stepFromView: a tour step turned into what to draw and from where, and back.
// `myoatlas render` builds its picture as a step too, so the two cannot show different things.
#include <cmath>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>

#include "myo/atlas/did_you_mean.hpp"
#include "myo/atlas/muscle_search.hpp"
#include "myo/atlas/picture_frame.hpp"
#include "myo/atlas/region_patches.hpp"
#include "myo/atlas/tour.hpp"
#include "myo/atlas/trigger_point_placement.hpp"

namespace myo::atlas {

namespace {

constexpr float kRadiansPerDegree = glm::pi<float>() / 180.0f;

// The words of stageStep's messages, as a tour file or as `myoatlas render` names things.
struct Wording {
  std::string_view select;
  std::string_view patterns;
  std::string_view regions;
  std::string_view xrayNeedsSelection;
  std::string_view regionsNeedSkin;
  std::string_view selectionFramingNeedsSelection;
  std::string_view paintedFramingNeedsPaint;
};

constexpr Wording kTourWording{
    "select",
    "patterns",
    "regions",
    "x-ray ghosts the layers above the selection: add \"select\"",
    "regions are painted on the skin: they need a model with a skin (the built-in body)",
    "framing \"selection\" frames the selected structures: add \"select\"",
    "framing \"painted\" frames what is painted on the skin: add \"patterns\" or \"regions\"",
};

constexpr Wording kRenderWording{
    "--select",
    "--heatmap",
    "--region",
    "--xray ghosts the layers above the selection: add --select ID",
    "--region needs a model with a skin (the built-in body)",
    "--isolate frames the selection: add --select ID",
    "--frame-painted (--frame-regions) frames what is painted on the skin: add --region ID[,ID...] or --heatmap ID",
};

const Wording& wordingOf(StepWording wording) {
  return wording == StepWording::RenderOptions ? kRenderWording : kTourWording;
}

// What a step framed on its painting is about: the painted skin, and, when the step marks them,
// the trigger points the patterns come from, so the source is not cut off at the picture's edge
// (the iliocostalis's buttock pain lies a hand's breadth below its trigger point).
Bounds paintedSubject(const AtlasView& view, const AtlasScene& scene, const KnowledgeBase& kb) {
  Bounds subject = paintedBounds(scene, view);
  if (!view.markers || subject.empty()) return subject;
  const SurfaceDistance* skin = scene.skin ? &scene.skin->surface() : nullptr;
  for (const TriggerPointOnSide& tp : view.patterns) {
    const Muscle* muscle = kb.muscleOf(*tp.point);
    if (muscle == nullptr) continue;
    if (const auto placed = placeTriggerPoint(scene.scene, scene.index, *muscle, *tp.point, tp.side, skin))
      subject.add(placed->position);
  }
  return subject;
}

// The box a step's camera frames when it records no exact camera.
Result<Bounds> framedBox(const TourStep& step, const AtlasView& view, const AtlasScene& scene, const KnowledgeBase& kb,
                         const Wording& words) {
  Bounds box;
  switch (step.camera.framing) {
    case TourFraming::Body: break;
    case TourFraming::Painted:
      if (view.patterns.empty() && view.regions.empty()) return Error{std::string(words.paintedFramingNeedsPaint)};
      box = frameAround(paintedSubject(view, scene, kb));
      break;
    case TourFraming::Selection:
      if (view.display.selection.empty()) return Error{std::string(words.selectionFramingNeedsSelection)};
      box = selectionBounds(scene, view.display.selection);
      // Isolated, the selection is all there is to see; otherwise show some body around it.
      if (!step.isolate) box = frameAround(box);
      break;
  }
  if (box.empty()) box = scene.scene.bounds();
  return box;
}

Result<OrbitCamera> placeCamera(const TourStep& step, const AtlasView& view, const AtlasScene& scene,
                                const KnowledgeBase& kb, float aspect, const Wording& words) {
  const TourCamera& recorded = step.camera;
  OrbitCamera camera;
  camera.setView(recorded.view);
  camera.orbit(recorded.yawDegrees * kRadiansPerDegree, recorded.pitchDegrees * kRadiansPerDegree);
  if (recorded.target && recorded.distance) {
    camera.target = *recorded.target;
    camera.distance = *recorded.distance;
    // As OrbitCamera::frame does: keep the far plane beyond the back of the body.
    camera.farRatio = std::max(10.0f, 2.0f + glm::length(scene.scene.bounds().size()) / camera.distance * 2.0f);
    return camera;
  }
  Result<Bounds> box = framedBox(step, view, scene, kb, words);
  if (!box) return box.error();
  camera.frame(*box, aspect);
  return camera;
}

}  // namespace

Result<StagedStep> stageStep(const TourStep& step, const KnowledgeBase& kb, const AtlasScene& scene, float aspect) {
  return stageStep(step, kb, scene, aspect, StepWording::TourKeys);
}

Result<StagedStep> stageStep(const TourStep& step, const KnowledgeBase& kb, const AtlasScene& scene, float aspect,
                             StepWording wording) {
  const Wording& words = wordingOf(wording);
  StagedStep staged;
  AtlasView& view = staged.view;
  DisplayState& display = view.display;
  display.side = step.side;
  display.xray = step.xray;
  display.focus = step.isolate ? FocusMode::Isolate : FocusMode::Normal;
  view.markers = step.markers;
  staged.labels = step.labels;

  for (const TourPattern& pattern : step.patterns) {
    // A pattern without a side of its own is painted on the sides the step shows.
    const SideFilter side = pattern.side == SideFilter::Both ? step.side : pattern.side;
    Result<std::vector<TriggerPointOnSide>> points = resolveTriggerPoints(kb, pattern.triggerPoints, side);
    if (!points) return Error{std::string(words.patterns) + " " + pattern.triggerPoints + ": " + points.error().message};
    view.patterns.insert(view.patterns.end(), points->begin(), points->end());
  }
  for (const StructureRef& ref : step.selection) {
    if (scene.index.find(ref.id).empty()) {
      const std::string message =
          std::string(words.select) + " " + toString(ref) + ": no structure '" + ref.id + "' in the model";
      return Error{message + didYouMean(nearestMuscleIds(kb, ref.id))};
    }
    display.selection.push_back(ref);
  }
  if (step.xray && display.selection.empty()) return Error{std::string(words.xrayNeedsSelection)};
  for (const std::string& region : step.regions) {
    if (!scene.skin) return Error{std::string(words.regionsNeedSkin)};
    if (scene.skin->patches().find(splitRegionId(region).first) == nullptr)
      return Error{std::string(words.regions) + " " + region + ": unknown region (see `myoatlas regions`)"};
    view.regions.push_back(region);
  }

  // Layers: as the step lists them; by default the muscles and bones, plus the skin when
  // something is painted on it.
  if (step.layers) {
    for (std::size_t i = 0; i < display.layers.size(); ++i) display.layers[i].visible = (*step.layers)[i];
  } else if (!view.patterns.empty() || !view.regions.empty()) {
    display.layers[static_cast<int>(Layer::Skin)].visible = true;
  }
  display.peel = step.peel;

  Result<OrbitCamera> camera = placeCamera(step, view, scene, kb, aspect, words);
  if (!camera) return camera.error();
  staged.camera = *camera;
  return staged;
}

TourStep stepFromView(const AtlasView& view, const OrbitCamera& camera, std::string title, std::string caption) {
  TourStep step;
  step.title = std::move(title);
  step.caption = std::move(caption);

  // The camera as the nearest side view turned by a few degrees, which reads better in the file
  // than a bare angle: "posterior, yaw 20".
  const float turn = std::remainder(camera.yaw, 2.0f * glm::pi<float>());  // in [-pi, pi]
  const int quarter = int(std::lround(turn / glm::half_pi<float>()));   // -2 .. 2
  constexpr ViewPreset kByQuarter[] = {ViewPreset::Posterior, ViewPreset::Right, ViewPreset::Anterior,
                                       ViewPreset::Left, ViewPreset::Posterior};
  step.camera.view = kByQuarter[quarter + 2];
  step.camera.yawDegrees = std::remainder(turn - float(quarter) * glm::half_pi<float>(), 2.0f * glm::pi<float>()) /
                           kRadiansPerDegree;
  step.camera.pitchDegrees = camera.pitch / kRadiansPerDegree;
  step.camera.target = camera.target;
  step.camera.distance = camera.distance;

  const DisplayState& display = view.display;
  std::array<bool, 5> layers{};
  for (std::size_t i = 0; i < layers.size(); ++i) layers[i] = display.layers[i].visible;
  step.layers = layers;
  step.peel = display.peel;
  step.xray = display.xray;
  step.isolate = display.focus == FocusMode::Isolate;
  step.markers = view.markers;
  step.side = display.side;
  step.selection = display.selection;
  for (const TriggerPointOnSide& point : view.patterns)
    if (point.point != nullptr) step.patterns.push_back({point.point->id, showing(point.side)});
  step.regions = view.regions;
  return step;
}

std::string stepName(std::size_t index, const TourStep& step) {
  return "step " + std::to_string(index + 1) + " \"" + step.title + "\"";
}

Result<std::vector<StagedStep>> stageTour(const Tour& tour, const std::string& file, const KnowledgeBase& kb,
                                          const AtlasScene& scene, float aspect) {
  std::vector<StagedStep> staged;
  for (std::size_t i = 0; i < tour.steps.size(); ++i) {
    Result<StagedStep> step = stageStep(tour.steps[i], kb, scene, aspect);
    if (!step) return Error{file + ": " + stepName(i, tour.steps[i]) + ": " + step.error().message};
    staged.push_back(std::move(*step));
  }
  return staged;
}

}  // namespace myo::atlas
