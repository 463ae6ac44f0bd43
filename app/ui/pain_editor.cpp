#include "pain_editor.hpp"

#include <algorithm>

#include "assessment_editor.hpp"
#include "heat_patterns.hpp"
#include "myo/atlas/layer.hpp"

namespace myo::ui {

namespace {

constexpr float kMetresPerCm = 0.01f;

void showSkin(AppState& state) {
  atlas::LayerSetting& skin = state.view.display.layers[static_cast<int>(atlas::Layer::Skin)];
  skin.visible = true;
  // The drawing needs the skin: it stays when the heat map goes, until the user turns it off.
  state.skinShownForHeat = false;
}

}  // namespace

void PainEditor::dab(AppState& state, const glm::vec3& point) {
  const atlas::BrushStroke stroke{.point = point,
                                  .radius = state.pain.radiusCm * kMetresPerCm,
                                  .intensity = std::clamp(state.pain.intensity, 0.0f, 1.0f),
                                  .erase = state.pain.eraser};
  state.pain.drawing.strokes.push_back(stroke);
  // One dab changes a few hundred vertices: applied in place, not the whole drawing again.
  if (state.view.pain.size() != skin_.mesh().vertexCount()) rasterise(state);
  else atlas::applyStroke(skin_, stroke, state.view.pain);
  showSkin(state);
  rank(state);
}

void PainEditor::toggleRegion(AppState& state, const std::string& regionId) {
  std::vector<std::string>& regions = state.pain.drawing.regions;
  const auto found = std::find(regions.begin(), regions.end(), regionId);
  if (found != regions.end()) regions.erase(found);
  else regions.push_back(regionId);
  showSkin(state);
  rasterise(state);
  rank(state);
}

void PainEditor::mirrorToOtherSide(AppState& state) {
  atlas::PainDrawing both = atlas::withMirrorImage(state.pain.drawing);
  // A midline region is its own mirror image: listed once.
  std::vector<std::string> regions;
  for (const std::string& id : both.regions)
    if (std::find(regions.begin(), regions.end(), id) == regions.end()) regions.push_back(id);
  both.regions = std::move(regions);
  setDrawing(state, std::move(both));
}

void PainEditor::clear(AppState& state) { setDrawing(state, {}); }

void PainEditor::setDrawing(AppState& state, atlas::PainDrawing drawing) {
  state.pain.drawing = std::move(drawing);
  if (!state.pain.drawing.empty()) showSkin(state);
  rasterise(state);
  rank(state);
}

void PainEditor::rasterise(AppState& state) {
  if (state.pain.drawing.empty()) state.view.pain.clear();
  else state.view.pain = atlas::rasterisePain(skin_, state.pain.drawing);
}

void PainEditor::rank(AppState& state) {
  PainState& pain = state.pain;
  if (state.view.pain.empty()) {
    pain.drawn.clear();
  } else {
    const atlas::PainLookup& built = lookup(state);
    pain.drawn = built.rank(state.view.pain, built.muscleSideCount());
  }
  applyAssessment(state, kb_);
}

const atlas::PainLookup& PainEditor::lookup(const AppState& state) {
  // A referral saved from the window since the lookup was built: its pattern is measured again.
  if (!lookup_ || lookupRevision_ != state.knowledgeRevision) {
    lookup_ = std::make_unique<atlas::PainLookup>(skin_, kb_);
    lookupRevision_ = state.knowledgeRevision;
  }
  return *lookup_;
}

void chooseCandidate(AppState& state, const atlas::KnowledgeBase& kb, std::size_t index) {
  if (index >= state.pain.candidates.size()) return;
  const atlas::LookupResult& candidate = state.pain.candidates[index];
  state.pain.chosenCandidate = index;
  showUnderThePain(state, kb, {candidate.muscle, candidate.side},
                   candidate.triggerPoints.empty() ? std::string() : candidate.triggerPoints.front());
}

void setPaintMode(AppState& state, bool on) {
  state.pain.paintMode = on;
  if (!on) return;
  showSkin(state);
  atlas::DisplayState& display = state.view.display;
  if (display.peel) display.peel.reset();
}

atlas::Session sessionOf(const AppState& state) {
  atlas::Session session;
  session.client = state.pain.client;
  session.date = atlas::todayIso();
  session.painScore = state.pain.painScore;
  session.pain = state.pain.drawing;
  session.intake = state.pain.intake;
  session.findings = state.pain.findings;
  session.triggerPointsFound = state.pain.triggerPointsFound;
  session.notes = state.pain.notes;
  if (state.pain.chosenCandidate && *state.pain.chosenCandidate < state.pain.candidates.size()) {
    const atlas::LookupResult& chosen = state.pain.candidates[*state.pain.chosenCandidate];
    session.muscles.push_back({chosen.muscle, chosen.side});
  }
  return session;
}

}  // namespace myo::ui
