#include "heat_patterns.hpp"

namespace myo::ui {

namespace {

atlas::SideFilter sideFilterOf(const std::string& side, atlas::SideFilter whenBoth) {
  if (side == "left") return atlas::SideFilter::Left;
  if (side == "right") return atlas::SideFilter::Right;
  return whenBoth;
}

void add(AppState& state, const atlas::KnowledgeBase& kb, const std::string& spec, atlas::SideFilter side) {
  Result<std::vector<atlas::TriggerPointOnSide>> resolved = atlas::resolveTriggerPoints(kb, spec, side);
  if (!resolved) return;  // a stale id (the knowledge base changed): nothing to show
  state.view.patterns.insert(state.view.patterns.end(), resolved->begin(), resolved->end());
}

}  // namespace

void updateHeatPatterns(AppState& state, const atlas::KnowledgeBase* kb) {
  state.view.patterns.clear();
  if (kb != nullptr) {
    for (const atlas::StructureRef& ref : state.view.display.selection) {
      const atlas::Muscle* muscle = kb->findMuscle(ref.id);
      if (muscle == nullptr) continue;
      const atlas::SideFilter side = sideFilterOf(ref.side, state.view.display.side);
      const bool chosenHere = state.chosenTriggerPoint && state.chosenTriggerPoint->rfind(muscle->id + "/", 0) == 0;
      if (chosenHere) add(state, *kb, *state.chosenTriggerPoint, side);
      else if (state.showSelectionPattern) add(state, *kb, muscle->id, side);
    }
    for (const PinnedPattern& pin : state.pinnedPatterns)
      add(state, *kb, pin.triggerPoint, sideFilterOf(pin.side, atlas::SideFilter::Both));
  }
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
  state.view.markers = state.settings.showMarkers || state.tour.stepShowsMarkers;
}

}  // namespace myo::ui
