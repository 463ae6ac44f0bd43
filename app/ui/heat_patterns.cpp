#include "heat_patterns.hpp"

#include <algorithm>

#include "myo/atlas/trigger_point_ref.hpp"
#include "zone_editor.hpp"

namespace myo::ui {

namespace {

constexpr float kSkinOverMuscleOpacity = 0.6f;
constexpr float kLayerOverMuscleOpacity = 0.25f;  // under 0.5: clicks go through to the muscle
// Across a room, on a screen turned toward the client, the trigger point must be found at a glance.
constexpr float kClientCrossScale = 3.5f;

atlas::SideFilter sideFilterOf(std::optional<atlas::Side> side, atlas::SideFilter whenBoth) {
  return side ? atlas::showing(side) : whenBoth;
}

bool isTriggerPointOf(const std::optional<std::string>& triggerPoint, const std::string& muscle) {
  if (!triggerPoint) return false;
  const std::optional<atlas::TriggerPointRef> ref = atlas::parseTriggerPointRef(*triggerPoint);
  return ref && !ref->allOfMuscle() && ref->muscle == muscle;
}

void add(AppState& state, const atlas::KnowledgeBase& kb, const std::string& spec, atlas::SideFilter side) {
  Result<std::vector<atlas::TriggerPointOnSide>> resolved = atlas::resolveTriggerPoints(kb, spec, side);
  if (!resolved) return;  // a stale id (the knowledge base changed): nothing to show
  state.view.patterns.insert(state.view.patterns.end(), resolved->begin(), resolved->end());
}

}  // namespace

void updateHeatPatterns(AppState& state, const atlas::KnowledgeBase* kb) {
  state.view.patterns.clear();
  if (kb != nullptr && state.quiz.pattern) {
    // A quiz question shows its one pattern, and no marker that would say where its trigger point is.
    add(state, *kb, state.quiz.pattern->triggerPoint, sideFilterOf(state.quiz.pattern->side, atlas::SideFilter::Both));
  } else if (kb != nullptr) {
    for (const atlas::StructureRef& ref : state.view.display.selection) {
      const atlas::Muscle* muscle = kb->findMuscle(ref.id);
      if (muscle == nullptr) continue;
      const atlas::SideFilter side = sideFilterOf(ref.side, state.view.display.side);
      if (isTriggerPointOf(state.chosenTriggerPoint, muscle->id)) add(state, *kb, *state.chosenTriggerPoint, side);
      else if (state.showSelectionPattern) add(state, *kb, muscle->id, side);
    }
    for (const PinnedPattern& pin : state.pinnedPatterns)
      add(state, *kb, pin.triggerPoint, sideFilterOf(pin.side, atlas::SideFilter::Both));
  }
  // The zones being edited show as they are now, in place of the card's, on the chosen trigger point.
  state.view.zonePreview.reset();
  const ZoneEditState& edit = state.zoneEdit;
  if (kb != nullptr && edit.editing() && state.chosenTriggerPoint == edit.triggerPoint)
    if (const atlas::TriggerPoint* point = kb->findTriggerPoint(edit.triggerPoint))
      state.view.zonePreview = atlas::ZonePreview{point, shownDrawing(edit)};
  state.view.regions = state.tour.stepRegions;
  if (!state.presenter.heatShown) {
    state.view.patterns.clear();
    state.view.regions.clear();
  }
  const bool painted = !state.view.patterns.empty() || !state.view.regions.empty();
  atlas::LayerSetting& skin = state.view.display.layers[static_cast<int>(atlas::Layer::Skin)];
  if (painted && !skin.visible) {
    // See-through, so the trigger point on the muscle shows under its pain.
    skin.visible = true;
    skin.opacity = 0.6f;
    state.skinShownForHeat = true;
  } else if (!painted && state.skinShownForHeat) {
    skin.visible = false;
    skin.opacity = 1.0f;
    state.skinShownForHeat = false;
  }
  // A quiz question shows its pattern alone: a marker would point at the answer.
  state.view.markers = (state.settings.showMarkers || state.tour.stepShowsMarkers) && !state.quiz.pattern;

  const bool client = state.clientView.on && !state.quiz.pattern;
  state.view.painOutline = client;
  state.view.crossScale = client ? kClientCrossScale : atlas::kCrossScale;
  state.view.throughSkin.clear();
  if (client) {
    state.view.markers = true;
    state.view.throughSkin = state.view.display.selection;
    skin.visible = true;
    skin.opacity = 1.0f;
    state.skinShownForHeat = false;
  }
}

void setClientView(AppState& state, bool on) {
  if (on == state.clientView.on) return;
  atlas::DisplayState& display = state.view.display;
  if (on) {
    state.clientView.layersBefore = display.layers;
    state.clientView.dimOthersBefore = display.dimOthers;
    // Dimming the others would grey the skin and its pattern with them: the window alone singles
    // the muscle out. X-ray and the peel would take the skin away.
    display.dimOthers = false;
    display.xray = false;
    display.peel.reset();
    for (atlas::LayerSetting& layer : display.layers) layer.visible = true;
  } else {
    display.layers = state.clientView.layersBefore;
    display.dimOthers = state.clientView.dimOthersBefore;
  }
  state.clientView.on = on;
}

void showUnderThePain(AppState& state, const atlas::KnowledgeBase& kb, const atlas::StructureRef& muscle,
                      const std::string& triggerPoint) {
  state.view.display.selection.assign(1, muscle);
  if (!triggerPoint.empty()) state.chosenTriggerPoint = triggerPoint;
  state.tab = CardTab::TriggerPoints;
  atlas::DisplayState& display = state.view.display;
  display.peel.reset();
  display.xray = false;
  display.focus = atlas::FocusMode::Normal;
  atlas::LayerSetting& skin = display.layers[static_cast<int>(atlas::Layer::Skin)];
  skin.visible = true;
  skin.opacity = std::min(skin.opacity, kSkinOverMuscleOpacity);
  const atlas::Muscle* record = kb.findMuscle(muscle.id);
  const int depth = record != nullptr ? static_cast<int>(record->layer) : static_cast<int>(atlas::Layer::Superficial);
  for (int l = static_cast<int>(atlas::Layer::Superficial); l < depth; ++l)
    display.layers[l].opacity = std::min(display.layers[l].opacity, kLayerOverMuscleOpacity);
}

}  // namespace myo::ui
