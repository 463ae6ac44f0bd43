#include "pain_drawing_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "assessment_panel.hpp"
#include "client_handout.hpp"
#include "session_report.hpp"
#include "myo/atlas/handout_plan.hpp"
#include "screenshot.hpp"
#include "structure_names.hpp"
#include "user_path.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

constexpr const char* kGroupLabels[] = {"Head and face", "Neck", "Shoulder, chest, abdomen", "Back and pelvis",
                                        "Arm and hand", "Leg and foot"};

std::string triggerPointName(const atlas::KnowledgeBase& kb, const std::string& id) {
  const atlas::TriggerPoint* point = kb.findTriggerPoint(id);
  return point != nullptr ? point->name : id;
}

// What the handout explains: the candidate chosen in the list, else the selected muscle with its
// chosen trigger point.
std::optional<atlas::HandoutSubject> handoutSubjectOf(const AppState& state, const atlas::KnowledgeBase& kb) {
  const PainState& pain = state.pain;
  if (pain.chosenCandidate && *pain.chosenCandidate < pain.candidates.size()) {
    const atlas::LookupResult& chosen = pain.candidates[*pain.chosenCandidate];
    if (const atlas::Muscle* muscle = kb.findMuscle(chosen.muscle))
      return atlas::handoutSubject(pain.candidates, kb, *muscle, chosen.side, chosen.side);
  }
  if (state.view.display.selection.empty()) return std::nullopt;
  const atlas::StructureRef& selected = state.view.display.selection.front();
  const atlas::Muscle* muscle = kb.findMuscle(selected.id);
  if (muscle == nullptr) return std::nullopt;
  atlas::HandoutSubject subject = atlas::handoutSubject(pain.candidates, kb, *muscle, selected.side, atlas::Side::Left);
  if (state.chosenTriggerPoint && !subject.explainsThePain)
    if (const atlas::TriggerPoint* point = kb.findTriggerPoint(*state.chosenTriggerPoint))
      subject.points.assign(1, point);
  return subject;
}

std::string painCaption(const AppState& state, const atlas::KnowledgeBase& kb) {
  std::string names;
  for (const std::string& id : state.pain.drawing.regions) {
    const atlas::Region* region = kb.regions().find(id);
    names += (names.empty() ? "" : ", ") + (region != nullptr ? region->name : id);
  }
  if (!state.pain.drawing.strokes.empty()) names += names.empty() ? "as you marked it" : ", and as you marked it";
  return "Where it hurts: " + names;
}

// A name that is not taken yet: NAME.pdf, else NAME-2.pdf ...
std::filesystem::path freeName(const std::filesystem::path& folder, const std::string& stem) {
  std::filesystem::path file = folder / (stem + ".pdf");
  for (int n = 2; std::filesystem::exists(file); ++n) file = folder / (stem + "-" + std::to_string(n) + ".pdf");
  return file;
}

}  // namespace

PainEditor* PainDrawingPanel::editor(PanelContext& context) {
  if (!context.atlas.skin || context.kb == nullptr) return nullptr;
  if (!editor_) editor_ = std::make_unique<PainEditor>(*context.atlas.skin, *context.kb);
  return editor_.get();
}

atlas::SessionAutosave PainDrawingPanel::autosave() const {
  return sessionFile_.empty() ? atlas::SessionAutosave::untitledIn(atlas::defaultStateFolder())
                              : atlas::SessionAutosave::besideSession(sessionFile_);
}

bool PainDrawingPanel::takeSceneClick(PanelContext& context, const SceneClick& click) {
  if (!context.state.pain.paintMode) return false;
  PainEditor* painter = editor(context);
  // A press that misses the body paints nothing, but it still does not select or turn it.
  if (painter == nullptr || !click.structure) return true;
  painter->dab(context.state, click.point);
  changed(context);
  return true;
}

void PainDrawingPanel::changed(PanelContext& context) {
  unsavedEdit_ = true;
  context.commands.sceneChanged();
}

void PainDrawingPanel::autosaveIfDue(PanelContext& context) {
  if (context.state.pain.assessmentEdited) {
    context.state.pain.assessmentEdited = false;
    unsavedEdit_ = true;
  }
  // Not in the middle of a stroke: once it ends, one write for the whole drag.
  if (!unsavedEdit_ || ImGui::IsMouseDown(ImGuiMouseButton_Left)) return;
  unsavedEdit_ = false;
  if (Status saved = autosave().save(sessionOf(context.state)); !saved) {
    context.state.pain.sessionMessage = "Autosave failed: " + saved.error().message;
    context.state.pain.sessionMessageIsError = true;
  }
}

void PainDrawingPanel::draw(PanelContext& context) {
  if (editor(context) == nullptr) {
    hint("This model has no skin map or no muscle cards: there is nothing to paint pain on.");
    return;
  }
  drawBrush(context);
  drawRegionPicker(context);
  drawCandidates(context);
  drawSession(context);
}

void PainDrawingPanel::update(PanelContext& context) {
  AppState& state = context.state;
  if (editor(context) == nullptr) return;
  if (!checkedForAutosave_) {
    checkedForAutosave_ = true;
    state.pain.autosaveOffered = autosave().exists();
  }
  if (state.pain.openSessionAtStart) {
    state.pain.openSessionAtStart = false;
    open(context, state.pain.sessionFile, false);
  }
  autosaveIfDue(context);
}

void PainDrawingPanel::drawBrush(PanelContext& context) {
  AppState& state = context.state;
  PainState& pain = state.pain;
  bool paintMode = pain.paintMode;
  if (checkbox("Paint on the body (B)", &paintMode)) {
    setPaintMode(state, paintMode);
    context.commands.sceneChanged();
  }
  recordLastItem(state, "paint_mode");
  sameLineIfItFits("Eraser", ImGui::GetFrameHeight());
  checkbox("Eraser", &pain.eraser);
  recordLastItem(state, "pain_eraser");
  if (pain.paintMode) hint("Click or drag on the body to paint. To turn the body, paint mode off (B).");
  ImGui::SetNextItemWidth(-1);
  ImGui::SliderFloat("##radius", &pain.radiusCm, 1.0f, 12.0f, "Brush %.0f cm");
  ImGui::SetNextItemWidth(-1);
  ImGui::SliderFloat("##intensity", &pain.intensity, 0.1f, 1.0f, "Intensity %.1f");
  if (ImGui::Button("Mirror to the other side")) {
    editor(context)->mirrorToOtherSide(state);
    changed(context);
  }
  recordLastItem(state, "pain_mirror");
  sameLineIfItFits("Clear");
  if (ImGui::Button("Clear")) {
    editor(context)->clear(state);
    changed(context);
  }
  recordLastItem(state, "pain_clear");
}

void PainDrawingPanel::drawRegionPicker(PanelContext& context) {
  AppState& state = context.state;
  const std::vector<atlas::Region>& regions = context.kb->regions().all();
  if (regions.empty()) return;
  regionChoice_ = std::clamp(regionChoice_, 0, int(regions.size()) - 1);
  const float addWidth = ImGui::CalcTextSize("Add").x + ImGui::GetStyle().FramePadding.x * 2.0f;
  // Add goes under the list when the column is too narrow for both (a large UI scale): the list
  // keeps room for a region's name.
  const float comboAtLeast = ImGui::CalcTextSize("Left lateral neck").x + ImGui::GetFrameHeight() * 2.0f;
  const bool addBeside = ImGui::GetContentRegionAvail().x >= comboAtLeast + addWidth + ImGui::GetStyle().ItemSpacing.x;
  ImGui::SetNextItemWidth(addBeside ? -(addWidth + ImGui::GetStyle().ItemSpacing.x) : -1.0f);
  if (ImGui::BeginCombo("##region", regions[regionChoice_].name.c_str(), ImGuiComboFlags_HeightLarge)) {
    std::optional<atlas::RegionGroup> group;
    for (std::size_t i = 0; i < regions.size(); ++i) {
      if (group != regions[i].group) {
        group = regions[i].group;
        ImGui::TextDisabled("%s", kGroupLabels[static_cast<int>(*group)]);
      }
      const bool selected = int(i) == regionChoice_;
      if (ImGui::Selectable(("  " + regions[i].name).c_str(), selected)) regionChoice_ = int(i);
      if (selected) ImGui::SetItemDefaultFocus();
    }
    ImGui::EndCombo();
  }
  recordLastItem(state, "pain_region_combo");
  if (addBeside) ImGui::SameLine();
  const std::string& chosenId = regions[regionChoice_].id;
  const auto& inDrawing = state.pain.drawing.regions;
  const bool already = std::find(inDrawing.begin(), inDrawing.end(), chosenId) != inDrawing.end();
  ImGui::BeginDisabled(already);
  if (ImGui::Button("Add")) {
    editor(context)->toggleRegion(state, chosenId);
    changed(context);
  }
  ImGui::EndDisabled();
  recordLastItem(state, "pain_region_add");
  for (std::size_t i = 0; i < inDrawing.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    const std::string id = inDrawing[i];
    const atlas::Region* region = context.kb->regions().find(id);
    if (ImGui::SmallButton("x")) {
      editor(context)->toggleRegion(state, id);
      changed(context);
      ImGui::PopID();
      break;
    }
    ImGui::SameLine();
    ImGui::TextUnformatted(region != nullptr ? region->name.c_str() : id.c_str());
    ImGui::PopID();
  }
  if (!state.pain.drawing.strokes.empty()) hint(std::to_string(state.pain.drawing.strokes.size()) + " brush dabs");
}

void PainDrawingPanel::drawCandidates(PanelContext& context) {
  AppState& state = context.state;
  const atlas::KnowledgeBase& kb = *context.kb;
  subheading("Likely sources");
  drawReferBanner(state);
  if (state.pain.candidates.empty()) {
    hint(state.view.pain.empty() ? "Paint or add a region: the muscles whose trigger points send pain there show here."
                                 : "No trigger point in the atlas sends pain there.");
    return;
  }
  for (std::size_t i = 0; i < state.pain.candidates.size(); ++i) {
    const atlas::LookupResult& candidate = state.pain.candidates[i];
    ImGui::PushID(static_cast<int>(i));
    const std::string label = std::to_string(i + 1) + ". " + muscleName(kb, candidate.muscle) + " (" +
                              std::string(atlas::toString(candidate.side)) + ")  covers " +
                              std::to_string(int(std::lround(candidate.coverage * 100.0))) + "%";
    const bool chosen = state.pain.chosenCandidate == i;
    if (ImGui::Selectable(label.c_str(), chosen)) {
      chooseCandidate(state, *context.kb, i);
      context.commands.sceneChanged();
    }
    recordLastItem(state, "pain_candidate_" + std::to_string(i));
    if (ImGui::IsItemHovered())
      ImGui::SetTooltip("Score %.2f: %d%% of the pain lies in the pattern, %d%% in its essential zone",
                        candidate.score, int(std::lround(candidate.coverage * 100.0)),
                        int(std::lround(candidate.essentialCoverage * 100.0)));
    if (!candidate.triggerPoints.empty()) {
      ImGui::Indent();
      hint(triggerPointName(kb, candidate.triggerPoints.front()));
      // With findings recorded, why each muscle stands where it does (the drawing's share is above).
      if (!state.pain.findings.empty() && i < state.pain.candidateReasons.size())
        for (std::size_t k = 1; k < state.pain.candidateReasons[i].size(); ++k) hint("- " + state.pain.candidateReasons[i][k]);
      ImGui::Unindent();
    }
    ImGui::PopID();
  }
  // The command line's shares are the same for the same drawing: brush dabs cover less than whole regions.
  hint("Shares are of the pain as drawn here; `myoatlas lookup --session FILE` gives the same for a saved session.");
}

void PainDrawingPanel::drawSession(PanelContext& context) {
  AppState& state = context.state;
  PainState& pain = state.pain;
  subheading("Client session");
  if (pain.autosaveOffered) {
    ImGui::TextWrapped("Unsaved work from the last run was kept.");
    if (ImGui::Button("Recover it")) open(context, autosave().file(), true);
    recordLastItem(state, "pain_recover");
    sameLineIfItFits("Discard it");
    if (ImGui::Button("Discard it")) {
      if (Status discarded = autosave().discard(); !discarded) {
        pain.sessionMessage = "The autosave was not removed: " + discarded.error().message;
        pain.sessionMessageIsError = true;
      }
      pain.autosaveOffered = false;
    }
  }
  if (multilineField("##notes", pain.notes, 3.5f, "Notes")) unsavedEdit_ = true;
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##session_file", "Session file, e.g. ~/clients/anna.myosession", &pain.sessionFile);
  recordLastItem(state, "pain_session_file");
  pain.sessionFileFocused = ImGui::IsItemActive();
  const bool havePath = !pain.sessionFile.empty();
  ImGui::BeginDisabled(!havePath);
  if (ImGui::Button("Save session")) saveAs(context);
  recordLastItem(state, "pain_save");
  sameLineIfItFits("Open session");
  if (ImGui::Button("Open session")) open(context, pain.sessionFile, false);
  recordLastItem(state, "pain_open");
  ImGui::EndDisabled();
  if (!pain.sessionMessage.empty()) {
    if (pain.sessionMessageIsError) ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.95f, 0.45f, 0.35f, 1.0f));
    ImGui::TextWrapped("%s", pain.sessionMessage.c_str());
    if (pain.sessionMessageIsError) ImGui::PopStyleColor();
  }
  const bool haveSubject = !state.view.pain.empty() && handoutSubjectOf(state, *context.kb).has_value();
  ImGui::BeginDisabled(!haveSubject);
  if (ImGui::Button("Handout for the client")) writeHandout(context);
  ImGui::EndDisabled();
  recordLastItem(state, "pain_handout");
  if (!haveSubject) hint("For a handout: paint where it hurts and choose a likely source.");
  if (ImGui::Button("Report for your records")) writeReport(context);
  recordLastItem(state, "pain_report");
  hint("Sessions stay on this computer: nothing is sent anywhere.");
}

void PainDrawingPanel::writeHandout(PanelContext& context) {
  AppState& state = context.state;
  PainState& pain = state.pain;
  const std::optional<atlas::HandoutSubject> subject = handoutSubjectOf(state, *context.kb);
  if (!subject) return;
  const std::filesystem::path file =
      sessionFile_.empty() ? freeName(screenshotFolder(state.settings.screenshotFolder), "handout-" + atlas::todayIso())
                           : freeName(sessionFile_.parent_path(), sessionFile_.stem().string() + "-handout");
  std::error_code ignored;
  std::filesystem::create_directories(file.parent_path(), ignored);
  Result<atlas::HandoutPage> page = renderHandout(
      context.atlas, *context.kb, *subject, state.view.pain,
      atlas::handoutWords(*subject, painCaption(state, *context.kb), pain.notes, atlas::todayIso()));
  Status written = page ? atlas::writeHandout(*page, file) : Status(page.error());
  // Rendering the pictures used the scene's context: the window draws its picture again.
  context.commands.sceneChanged();
  if (!written) {
    pain.sessionMessage = "Handout not written: " + written.error().message;
    pain.sessionMessageIsError = true;
    return;
  }
  pain.sessionMessage = "Handout written to " + file.string();
  pain.sessionMessageIsError = false;
}

void PainDrawingPanel::writeReport(PanelContext& context) {
  AppState& state = context.state;
  PainState& pain = state.pain;
  const atlas::Session session = sessionOf(state);
  const std::string stem = (pain.client.empty() ? std::string("report") : pain.client) + "-" + session.date;
  std::string safeStem;
  for (char c : stem) safeStem += std::isalnum(static_cast<unsigned char>(c)) || c == '-' ? c : '_';
  const std::filesystem::path file = sessionFile_.empty()
                                         ? freeName(screenshotFolder(state.settings.screenshotFolder), safeStem)
                                         : freeName(sessionFile_.parent_path(), sessionFile_.stem().string() + "-report");
  std::error_code ignored;
  std::filesystem::create_directories(file.parent_path(), ignored);
  const std::vector<atlas::Visit> visits =
      sessionFile_.empty() ? std::vector<atlas::Visit>{} : atlas::visitsOf(sessionFile_.parent_path(), pain.client);
  Result<atlas::ReportPage> page =
      makeSessionReport(context.atlas, *context.kb, editor(context)->lookup(state), session, visits);
  Status written = page ? atlas::writeReport(*page, file) : Status(page.error());
  context.commands.sceneChanged();  // rendering the drawing used the scene's context
  if (!written) {
    pain.sessionMessage = "Report not written: " + written.error().message;
    pain.sessionMessageIsError = true;
    return;
  }
  pain.sessionMessage = "Report written to " + file.string();
  pain.sessionMessageIsError = false;
}

void PainDrawingPanel::saveAs(PanelContext& context) {
  PainState& pain = context.state.pain;
  const std::filesystem::path file = expandHome(pain.sessionFile);
  if (Status saved = atlas::saveSession(sessionOf(context.state), file); !saved) {
    pain.sessionMessage = saved.error().message;
    pain.sessionMessageIsError = true;
    return;
  }
  // The autosave has done its job: the work is in the file the user chose.
  (void)autosave().discard();
  sessionFile_ = file;
  unsavedEdit_ = false;
  pain.autosaveOffered = false;
  pain.sessionMessage = "Saved to " + file.string();
  pain.sessionMessageIsError = false;
}

void PainDrawingPanel::open(PanelContext& context, const std::filesystem::path& typed, bool recovering) {
  AppState& state = context.state;
  PainState& pain = state.pain;
  const std::filesystem::path file = recovering ? typed : expandHome(typed.string());
  Result<atlas::Session> session = atlas::openSession(file);
  if (!session) {
    pain.sessionMessage = session.error().message;
    pain.sessionMessageIsError = true;
    return;
  }
  if (Status known = atlas::checkSessionIds(*session, *context.kb, file); !known) {
    pain.sessionMessage = known.error().message;
    pain.sessionMessageIsError = true;
    return;
  }
  pain.notes = session->notes;
  pain.client = session->client;
  pain.painScore = session->painScore;
  pain.intake = session->intake;
  pain.findings = session->findings;
  pain.triggerPointsFound = session->triggerPointsFound;
  editor(context)->setDrawing(state, session->pain);
  if (!session->muscles.empty())
    for (std::size_t i = 0; i < pain.candidates.size(); ++i)
      if (pain.candidates[i].muscle == session->muscles.front().muscle && pain.candidates[i].side == session->muscles.front().side)
        chooseCandidate(state, *context.kb, i);
  if (recovering) {
    pain.autosaveOffered = false;
    pain.sessionMessage = "Recovered the unsaved session of the last run.";
    unsavedEdit_ = false;
  } else {
    sessionFile_ = file;
    pain.sessionMessage = "Opened " + file.string() + " (" + session->date + ")";
  }
  pain.sessionMessageIsError = false;
  context.commands.sceneChanged();
}

}  // namespace myo::ui
