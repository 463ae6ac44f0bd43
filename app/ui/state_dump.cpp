#include "state_dump.hpp"

#include <cmath>
#include <iostream>

#include <nlohmann/json.hpp>

#include "myo/engine/file_writing.hpp"
#include "myo/atlas/layer.hpp"
#include "presenter.hpp"
#include "structure_names.hpp"
#include "tour_playback.hpp"

namespace myo::ui {

namespace {

using nlohmann::json;

json rectJson(const ScreenRect& r) { return json{{"x", r.x}, {"y", r.y}, {"width", r.width}, {"height", r.height}}; }

// The labels on the body as drawn: text, box, leader and what shows under the leader's end.
json labelsJson(const LabelState& labels) {
  json layers = json::array();
  for (std::size_t i = 0; i < labels.layers.size(); ++i)
    if (labels.layers[i]) layers.push_back(atlas::layerName(static_cast<atlas::Layer>(i)));
  json shown = json::array();
  for (const ShownLabel& label : labels.shown)
    shown.push_back({{"muscle", label.muscle},
                     {"text", label.text},
                     {"box", rectJson({label.box.x, label.box.y, label.box.width, label.box.height})},
                     {"line_start", {{"x", label.lineStart.x}, {"y", label.lineStart.y}}},
                     {"anchor", {{"x", label.anchor.x}, {"y", label.anchor.y}}},
                     {"under_anchor", label.under}});
  json stepLabels = json::array();
  for (const atlas::StructureRef& ref : labels.step.muscles) stepLabels.push_back(atlas::toString(ref));
  return {{"layers", layers}, {"step_labels_every", labels.step.every}, {"step_labels", stepLabels}, {"shown", shown}};
}

// A side that may be missing, as the dump has always spelled it: "" for none.
std::string sideText(std::optional<atlas::Side> side) { return side ? std::string(atlas::toString(*side)) : ""; }

// A hovered node's side: a body node's as its metadata spells it; other models' nodes name none.
std::string sideText(const atlas::StructureInfo& info) {
  if (info.kind == atlas::StructureKind::Unknown) return sideText(info.side);
  return std::string(atlas::sideOrMidline(info.side));
}

json painJson(const PainState& pain, const atlas::KnowledgeBase* kb) {
  json candidates = json::array();
  for (std::size_t i = 0; i < pain.candidates.size(); ++i) {
    const atlas::LookupResult& c = pain.candidates[i];
    const atlas::Muscle* muscle = kb != nullptr ? kb->findMuscle(c.muscle) : nullptr;
    candidates.push_back({{"rank", i + 1},
                          {"muscle", c.muscle},
                          {"name", muscle != nullptr ? muscle->names.common : c.muscle},
                          {"side", atlas::toString(c.side)},
                          {"score", std::round(c.score * 1000.0) / 1000.0},
                          {"coverage", std::round(c.coverage * 1000.0) / 1000.0},
                          {"trigger_points", c.triggerPoints},
                          {"reasons", i < pain.candidateReasons.size() ? json(pain.candidateReasons[i]) : json::array()}});
  }
  json warnings = json::array();
  for (const atlas::TechniqueWarning& w : pain.warnings)
    warnings.push_back({{"flag", w.flag},
                        {"muscle", w.muscle},
                        {"side", atlas::toString(w.side)},
                        {"technique", atlas::toString(w.technique)},
                        {"text", w.text}});
  json refer = json::array();
  for (const atlas::ReferAdvice& r : pain.refer) refer.push_back({{"flag", r.flag}, {"text", r.text}});
  json found = json::array();
  for (const atlas::FoundTriggerPoint& f : pain.triggerPointsFound)
    found.push_back({{"muscle", f.muscle}, {"side", atlas::toString(f.side)}, {"status", atlas::toString(f.status)}});
  return {{"paint_mode", pain.paintMode},
          {"client", pain.client},
          {"pain_score", pain.painScore ? json(*pain.painScore) : json(nullptr)},
          {"intake", pain.intake},
          {"findings", pain.findings},
          {"trigger_points_found", found},
          {"warnings", warnings},
          {"refer", refer},
          {"eraser", pain.eraser},
          {"strokes", pain.drawing.strokes.size()},
          {"regions", pain.drawing.regions},
          {"candidates", candidates},
          {"chosen_candidate", pain.chosenCandidate ? json(*pain.chosenCandidate) : json(nullptr)},
          {"session_file", pain.sessionFile},
          {"session_file_focused", pain.sessionFileFocused},
          {"session_message", pain.sessionMessage},
          {"session_message_is_error", pain.sessionMessageIsError},
          {"autosave_offered", pain.autosaveOffered}};
}

json shapesJson(const std::vector<atlas::DrawnShape>& shapes) {
  json list = json::array();
  for (const atlas::DrawnShape& shape : shapes) {
    json anchors = json::array();
    for (const atlas::SkinAnchor& point : shape.points)
      anchors.push_back({point.base, point.offsetCm[0], point.offsetCm[1], point.offsetCm[2]});
    list.push_back({{"kind", shape.kind == atlas::ShapeKind::Area ? "area" : "stroke"},
                    {"points", shape.points.size()},
                    {"width_cm", shape.widthCm},
                    {"anchors", anchors}});
  }
  return list;
}

json zoneEditJson(const ZoneEditState& edit) {
  json inProgress = nullptr;
  if (edit.inProgress)
    inProgress = {{"kind", edit.inProgress->shape.kind == atlas::ShapeKind::Area ? "area" : "stroke"},
                  {"points", edit.inProgress->shape.points.size()}};
  json problems = json::array();
  for (const ShapeProblem& problem : edit.problems)
    problems.push_back(std::string(problem.zone == EditedZone::Essential ? "essential " : "spillover ") +
                       std::to_string(problem.index + 1) + ": " + problem.text);
  return {{"draw_mode", edit.drawMode},
          {"zone", edit.zone == EditedZone::Essential ? "essential" : "spillover"},
          {"tool", edit.tool == ShapeTool::Stroke ? "stroke" : "area"},
          {"width_cm", edit.widthCm},
          {"trigger_point", edit.editing() ? json(edit.triggerPoint) : json(nullptr)},
          {"side", sideText(edit.side)},
          {"essential", shapesJson(edit.drawing.essential)},
          {"spillover", shapesJson(edit.drawing.spillover)},
          {"in_progress", inProgress},
          {"undo_steps", edit.undoSteps.size()},
          {"problems", problems},
          {"unsaved", edit.editing() && edit.unsaved()},
          {"message", edit.message},
          {"message_is_error", edit.messageIsError}};
}

json tourJson(const TourState& tour) {
  const atlas::TourStep* step = currentStep(tour);
  return {{"loaded", tour.tour.has_value()},
          {"title", tour.tour ? tour.tour->title : std::string()},
          {"step_number", step != nullptr ? tour.step + 1 : 0},  // as the counter shows it: 1 is the first
          {"step_count", tour.tour ? tour.tour->steps.size() : 0},
          {"step_title", step != nullptr ? step->title : std::string()},
          {"playing", tour.playing},
          {"edited", tour.edited},
          {"file", tour.file},
          {"file_focused", tour.fileFocused},
          {"new_step_title", tour.newStepTitle},
          {"message", tour.message},
          {"message_is_error", tour.messageIsError}};
}

json presenterJson(const AppState& state, const FrameFacts& facts) {
  const PresenterState& presenter = state.presenter;
  json topLines = json::array();
  for (const TextFit& fit : facts.presenterTopLines)
    topLines.push_back({{"needed", std::round(fit.needed * 10.0f) / 10.0f}, {"available", std::round(fit.available * 10.0f) / 10.0f}});
  return {{"presenting", presenter.presenting},
          {"title_lines", facts.presenterTitleLines},
          {"top_lines", topLines},
          {"shows_quiz", presenterShowsQuiz(state)},
          {"fullscreen", presenter.fullScreen},
          {"pointer", presenter.pointer},
          {"heat_shown", presenter.heatShown},
          {"typed_step", presenter.typedStep}};
}

json answerJson(const atlas::QuizAnswer& answer) {
  return {{"muscle", answer.muscle},
          {"side", sideText(answer.side)},
          {"right", answer.right},
          {"other_side", answer.otherSide}};
}

// The round as tests need it to act and check: the right answer is here on purpose (a test seam;
// the window never shows it while the question is open).
json quizJson(const QuizState& quiz) {
  json document{{"active", quiz.round && !quiz.round->finished()},
                {"finished", quiz.round && quiz.round->finished()},
                {"names_hidden", quiz.hidesNames()},
                {"message", quiz.message},
                {"notice", quiz.notice},
                {"reviewing", quiz.reviewing ? json(*quiz.reviewing) : json(nullptr)}};
  if (!quiz.round) return document;
  const atlas::Quiz& round = *quiz.round;
  const atlas::QuizQuestion& question = round.question();
  json review = json::array();
  for (const atlas::QuizMistake& mistake : round.mistakes())
    review.push_back({{"muscle", mistake.question.muscle},
                      {"side", atlas::toString(mistake.question.side)},
                      {"trigger_point", mistake.question.triggerPoint},
                      {"answered", answerJson(mistake.answer)}});
  document.update({{"mode", atlas::toString(round.options().mode)},
                   {"question", round.number()},
                   {"length", round.length()},
                   {"question_open", round.questionOpen()},
                   {"score", {{"right", round.score().right}, {"asked", round.score().asked}}},
                   {"streak", round.score().streak},
                   {"best_streak", round.score().bestStreak},
                   {"answer", question.muscle},
                   {"kind", atlas::toString(question.mode)},
                   {"clue", question.clue},
                   {"subject", question.subject},
                   {"also_right", question.alsoRight},
                   {"side", atlas::toString(question.side)},
                   {"trigger_point", question.triggerPoint},
                   {"choices", question.choices},
                   {"last_answer", round.answer() ? answerJson(*round.answer()) : json(nullptr)},
                   {"review", review}});
  return document;
}

}  // namespace

std::string cardTitle(const AppState& state, const atlas::KnowledgeBase* kb) {
  if (state.view.display.selection.empty()) return "";
  return displayName(state.view.display.selection.front(), kb);
}

namespace {

// The palpation probe's stack as the window shows it, with the skin point a test hands to
// `myoatlas probe --at X,Y,Z` to compare; null while its key is not held over the body.
json probeJson(const std::optional<ProbeShown>& probe) {
  if (!probe) return nullptr;
  json layers = json::array();
  for (const ProbeBand& band : probe->bands)
    layers.push_back({{"id", band.id},
                      {"kind", band.kind == atlas::StructureKind::Skin   ? "skin"
                               : band.kind == atlas::StructureKind::Bone ? "bone"
                                                                          : "muscle"},
                      {"name", band.name},
                      {"side", sideText(band.side)},
                      {"member", band.member},
                      {"from_mm", std::round(band.fromMm * 10.0) / 10.0},
                      {"to_mm", std::round(band.toMm * 10.0) / 10.0},
                      {"color", {band.color.r, band.color.g, band.color.b}}});
  return {{"cursor", {{"x", probe->cursor.x}, {"y", probe->cursor.y}}},
          {"skin_point", {probe->skinPoint.x, probe->skinPoint.y, probe->skinPoint.z}},
          {"direction", {probe->direction.x, probe->direction.y, probe->direction.z}},
          {"reaches_bone", probe->reachesBone},
          {"layers", layers},
          {"probe_ms", std::round(probe->probeMs * 100.0) / 100.0},
          {"panel", {{"x", probe->panelX}, {"y", probe->panelY}, {"width", probe->panelWidth}, {"height", probe->panelHeight}}}};
}

json markersJson(const FrameFacts& facts) {
  json markers = json::array();
  for (const FrameFacts::MarkerOnScreen& m : facts.markersOnScreen)
    markers.push_back({{"x", m.at.x}, {"y", m.at.y}, {"shape", m.shape}, {"radius", m.radiusPixels}});
  return markers;
}

}  // namespace

std::string stateToJson(const AppState& state, const atlas::KnowledgeBase* kb, const FrameFacts& facts) {
  const atlas::DisplayState& display = state.view.display;
  json selection = json::array();
  for (const atlas::StructureRef& ref : display.selection) selection.push_back(atlas::toString(ref));
  json layers = json::object();
  json layersShown = json::array();
  for (int l = 0; l < 5; ++l) {
    const auto layer = static_cast<atlas::Layer>(l);
    const std::string name(atlas::layerName(layer));
    const bool peeled = atlas::isPeeled(display, layer);
    // "ticked": what the layer's check box shows (a peeled layer's is empty).
    layers[name] = {{"visible", display.layers[l].visible}, {"opacity", display.layers[l].opacity},
                    {"ticked", display.layers[l].visible && !peeled}};
    if (display.layers[l].visible && !peeled) layersShown.push_back(name);
  }
  json hovered = nullptr;
  if (state.hovered)
    hovered = {{"id", state.hovered->id},
               {"side", sideText(*state.hovered)},
               {"layer", atlas::layerName(state.hovered->layer)},
               {"name", displayName(*state.hovered, kb)}};
  json patterns = json::array();
  for (const atlas::TriggerPointOnSide& tp : state.view.patterns)
    patterns.push_back(tp.point->id + "." + std::string(atlas::toString(tp.side)));
  json widgets = json::object();
  for (const auto& [name, rect] : state.widgets) widgets[name] = rectJson(rect);
  json textFits = json::array();
  for (const TextFit& fit : state.textFits)
    textFits.push_back({{"where", fit.where}, {"needed", std::round(fit.needed * 10.0f) / 10.0f},
                        {"available", std::round(fit.available * 10.0f) / 10.0f}});
  const json document{
      {"ready", true},
      {"selection", selection},
      {"card_title", cardTitle(state, kb)},
      {"card_tab", toString(state.tab)},
      {"chosen_trigger_point", state.chosenTriggerPoint ? json(*state.chosenTriggerPoint) : json(nullptr)},
      {"patterns", patterns},
      {"peel", display.peel ? json(atlas::layerName(*display.peel)) : json(nullptr)},
      {"layers", layers},
      {"layers_shown", layersShown},
      {"xray", display.xray},
      {"pain", painJson(state.pain, kb)},
      {"zone_edit", zoneEditJson(state.zoneEdit)},
      {"tour", tourJson(state.tour)},
      {"presenter", presenterJson(state, facts)},
      {"quiz", quizJson(state.quiz)},
      {"labels", labelsJson(state.labels)},
      {"help_visible", state.helpVisible},
      {"about_trigger_points_visible", state.aboutTriggerPointsVisible},
      {"shown_texts", state.shownTexts},
      {"search_text", state.searchText},
      {"search_focused", state.searchFocused},
      {"search_results", state.searchResults},
      {"hovered", hovered},
      {"probe", probeJson(state.probe)},
      {"view", state.lastPreset ? json(toString(*state.lastPreset)) : json(nullptr)},
      {"camera_moving", state.cameraMoving},
      {"camera_distance", std::round(facts.cameraDistance * 1000.0f) / 1000.0f},
      {"last_screenshot", state.lastScreenshot},
      {"status_message", state.statusMessage},
      {"settings_warning", state.settingsWarning ? json(*state.settingsWarning) : json(nullptr)},
      {"theme", toString(state.settings.theme)},
      {"ui_scale", state.settings.uiScale},
      {"window", {{"width", facts.windowWidth}, {"height", facts.windowHeight}}},
      {"scene_viewport", rectJson(facts.sceneViewport)},
      {"scene_renders", facts.sceneRenders},
      {"settled", facts.settled},
      {"cursor", {{"x", facts.cursor.x}, {"y", facts.cursor.y}}},
      {"frame_ms", {{"scene", std::round(facts.lastSceneFrameMs * 10.0) / 10.0},
                    {"panels_only", std::round(facts.lastPanelFrameMs * 10.0) / 10.0}}},
      {"widgets", widgets},
      {"left_column", {{"shown", state.leftColumn.shown},
                       {"sections", state.leftColumn.sections},
                       {"widget_sections", state.leftColumn.widgetSections}}},
      {"text_fits", textFits},
      {"client_view", state.clientView.on},
      {"markers_on_screen", markersJson(facts)},
      {"framed_on_screen", facts.framedOnScreen ? rectJson(*facts.framedOnScreen) : json(nullptr)},
      {"selection_on_screen", facts.selectionOnScreen
                                  ? json{{"x", facts.selectionOnScreen->x}, {"y", facts.selectionOnScreen->y}}
                                  : json(nullptr)},
  };
  // Messages and typed text may quote bytes that are not UTF-8 (a damaged session): the state file
  // must still be written, not throw and end the window.
  return document.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

void StateFileWriter::write(const std::string& document) {
  if (path_.empty() || document == written_) return;
  if (Status written = replaceFile(path_, document, FileAccess::OwnerOnly); !written) {
    if (!warned_) std::cerr << "myoatlas: cannot write the state file: " << written.error().message << "\n";
    warned_ = true;
    return;
  }
  written_ = document;
}

}  // namespace myo::ui
