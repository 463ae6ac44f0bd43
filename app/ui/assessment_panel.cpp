#include "assessment_panel.hpp"

#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "assessment_editor.hpp"
#include "myo/atlas/finding.hpp"
#include "myo/atlas/report_page.hpp"
#include "structure_names.hpp"
#include "user_path.hpp"
#include "widgets.hpp"

namespace myo::ui {

namespace {

const ImVec4 kWarning(0.95f, 0.55f, 0.2f, 1.0f);

// "neck_rotation" → the joint group it is listed under in the range-of-motion table.
const char* movementGroup(const std::string& movement) {
  const auto starts = [&](const char* prefix) { return movement.rfind(prefix, 0) == 0; };
  if (starts("jaw_") || starts("neck_")) return "Jaw and neck";
  if (starts("shoulder_")) return "Shoulder";
  if (starts("elbow_") || starts("forearm_") || starts("wrist_") || starts("finger_") || starts("thumb_"))
    return "Elbow, wrist and hand";
  if (starts("trunk_")) return "Trunk";
  if (starts("hip_")) return "Hip";
  return "Knee, ankle and foot";
}

// A check box that holds a code in `codes`, named for the state file.
bool codeCheckbox(AppState& state, const char* label, std::vector<std::string>& codes, const std::string& code,
                  const std::string& widget) {
  bool on = hasCode(codes, code);
  const bool clicked = checkbox(label, &on);
  recordLastItem(state, widget);
  if (clicked) toggleCode(codes, code);
  return clicked;
}

// One check box for an unsided code, "L" and "R" for a sided one; true when one was clicked.
bool sidedCheckboxes(AppState& state, std::vector<std::string>& codes, const std::string& code, bool sided,
                     const std::string& widget) {
  if (!sided) return codeCheckbox(state, "##on", codes, code, widget);
  bool clicked = codeCheckbox(state, "L##left", codes, code + ".left", widget + "_left");
  ImGui::SameLine();
  clicked |= codeCheckbox(state, "R##right", codes, code + ".right", widget + "_right");
  return clicked;
}

}  // namespace

void drawReferBanner(AppState& state) {
  if (state.pain.refer.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(0.55f, 0.1f, 0.08f, 1.0f));
  ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(1.0f, 0.95f, 0.92f, 1.0f));
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width - ImGui::GetStyle().WindowPadding.x * 2);
  float height = ImGui::GetStyle().WindowPadding.y * 2;
  for (const atlas::ReferAdvice& refer : state.pain.refer)
    height += ImGui::CalcTextSize(refer.text.c_str(), nullptr, false, width - ImGui::GetStyle().WindowPadding.x * 2).y +
              ImGui::GetStyle().ItemSpacing.y;
  ImGui::BeginChild("##refer", ImVec2(width, height), false, ImGuiWindowFlags_AlwaysUseWindowPadding);
  for (const atlas::ReferAdvice& refer : state.pain.refer) ImGui::TextWrapped("%s", refer.text.c_str());
  ImGui::EndChild();
  recordLastItem(state, "refer_banner");
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor(2);
  std::string all;
  for (const atlas::ReferAdvice& refer : state.pain.refer) all += (all.empty() ? "" : "\n") + refer.text;
  state.shownTexts["refer_banner"] = all;
}

void AssessmentPanel::changed(PanelContext& context) {
  applyAssessment(context.state, *context.kb);
  context.state.pain.assessmentEdited = true;
  context.commands.sceneChanged();
}

void AssessmentPanel::draw(PanelContext& context) {
  if (context.kb == nullptr) {
    hint("This model has no muscle cards: there is nothing to assess against.");
    return;
  }
  drawReferBanner(context.state);
  hint("Findings narrow the likely sources of the pain drawing: each moves the muscles it points to up or down, "
       "and the list says why.");
  drawClient(context);
  drawIntake(context);
  drawPosture(context);
  drawRangeOfMotion(context);
  drawResisted(context);
  drawNamedTests(context);
  drawPalpation(context);
  drawRecorded(context);
  drawVisits(context);
}

void AssessmentPanel::drawVisits(PanelContext& context) {
  const PainState& pain = context.state.pain;
  subheading("Visits");
  if (pain.client.empty() || pain.sessionFile.empty()) {
    hint("Save the session with the client's name: their sessions in the same folder line up here, visit by visit.");
    return;
  }
  const std::filesystem::path folder = expandHome(pain.sessionFile).parent_path();
  const std::string key = folder.string() + "\n" + pain.client + "\n" + pain.sessionMessage;
  if (key != visitsKey_) {
    visitsKey_ = key;
    visitLines_ = atlas::visitLines(atlas::visitsOf(folder.empty() ? "." : folder, pain.client), *context.kb);
  }
  if (visitLines_.empty()) hint("No saved visit of " + pain.client + " in " + folder.string() + " yet.");
  for (const std::string& line : visitLines_) ImGui::TextWrapped("%s", line.c_str());
  context.state.shownTexts["visits"] = [&] {
    std::string all;
    for (const std::string& line : visitLines_) all += line + "\n";
    return all;
  }();
}

void AssessmentPanel::drawClient(PanelContext& context) {
  PainState& pain = context.state.pain;
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputTextWithHint("##client", "Client's name", &pain.client)) pain.assessmentEdited = true;
  recordLastItem(context.state, "assessment_client");
  bool rated = pain.painScore.has_value();
  if (checkbox("Pain today", &rated)) {
    if (rated)
      pain.painScore = 5;
    else
      pain.painScore.reset();
    pain.assessmentEdited = true;
  }
  recordLastItem(context.state, "assessment_pain_rated");
  if (rated) {
    ImGui::SameLine();
    int score = *pain.painScore;
    ImGui::SetNextItemWidth(-1);
    if (ImGui::SliderInt("##pain_score", &score, 0, 10, "%d / 10")) {
      pain.painScore = score;
      pain.assessmentEdited = true;
    }
    recordLastItem(context.state, "assessment_pain_score");
  }
}

void AssessmentPanel::drawIntake(PanelContext& context) {
  AppState& state = context.state;
  const std::string title = "Intake (" + std::to_string(state.pain.intake.size()) + " flagged)###intake";
  const bool open = ImGui::TreeNode(title.c_str());
  recordLastItem(state, "intake_node");
  if (!open) return;
  hint("Ask each question; tick what applies. Red flags: refer before treating.");
  bool redFlagsHeaded = false;
  for (const atlas::IntakeFlag& flag : context.kb->assessment().intake()) {
    if (flag.kind == atlas::IntakeKind::RedFlag && !redFlagsHeaded) {
      redFlagsHeaded = true;
      subheading("Red flags: refer");
    }
    ImGui::PushID(flag.code.c_str());
    if (sidedCheckboxes(state, state.pain.intake, flag.code, flag.sided, "intake_" + flag.code)) changed(context);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", atlas::withSide(flag.label, std::nullopt).c_str());
    ImGui::Indent();
    hint(flag.question);
    ImGui::Unindent();
    ImGui::PopID();
  }
  ImGui::TreePop();
}

void AssessmentPanel::drawPosture(PanelContext& context) {
  AppState& state = context.state;
  const bool open = ImGui::TreeNode("Posture###posture");
  recordLastItem(state, "posture_node");
  if (!open) return;
  for (const atlas::PostureCode& code : context.kb->assessment().posture()) {
    ImGui::PushID(code.code.c_str());
    if (sidedCheckboxes(state, state.pain.findings, "posture:" + code.code, code.sided, "posture_" + code.code))
      changed(context);
    ImGui::SameLine();
    ImGui::TextWrapped("%s", atlas::withSide(code.label, std::nullopt).c_str());
    ImGui::PopID();
  }
  ImGui::TreePop();
}

void AssessmentPanel::drawRangeOfMotion(PanelContext& context) {
  AppState& state = context.state;
  const bool open = ImGui::TreeNode("Range of motion###rom");
  recordLastItem(state, "rom_node");
  if (!open) return;
  hint("Degrees measured (millimetres for the mouth); an empty cell is not measured. Short ranges are flagged.");
  const std::vector<atlas::Movement>& movements = context.kb->assessment().movements();
  std::string group;
  bool groupOpen = false;
  for (const atlas::Movement& movement : movements) {
    if (group != movementGroup(movement.code)) {
      if (groupOpen) ImGui::TreePop();
      group = movementGroup(movement.code);
      groupOpen = ImGui::TreeNode(group.c_str());
      recordLastItem(state, "rom_group_" + group.substr(0, group.find(' ')));
    }
    if (!groupOpen) continue;
    ImGui::PushID(movement.code.c_str());
    ImGui::TextWrapped("%s (normal %s)", atlas::withSide(movement.label, std::nullopt).c_str(), atlas::normalInWords(movement).c_str());
    const std::vector<std::optional<atlas::Side>> sides =
        movement.sided ? std::vector<std::optional<atlas::Side>>{atlas::Side::Left, atlas::Side::Right}
                       : std::vector<std::optional<atlas::Side>>{std::nullopt};
    for (const std::optional<atlas::Side>& side : sides) {
      const std::string widget = "rom_" + movement.code + (side ? "_" + std::string(atlas::toString(*side)) : "");
      const std::optional<double> measured = measuredRange(state, movement.code, side);
      std::string& text = rangeText_[widget];
      // Outside editing the cell shows the session's value (an opened session, a finding removed
      // from the list); a typed value the session refused stays, flagged.
      if (widget != editingRange_) {
        if (measured) {
          char number[32];
          std::snprintf(number, sizeof number, "%g", *measured);
          text = number;
        } else if (!text.empty() && atlas::measuredRangeIsPlausible(movement, std::strtod(text.c_str(), nullptr))) {
          text.clear();
        }
      }
      // Each side's cell on one line under the movement: "left [  ]  right [  ]".
      if (side && *side == atlas::Side::Right) ImGui::SameLine(0.0f, ImGui::GetFontSize());
      if (side) {
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(*side == atlas::Side::Left ? "left" : "right");
        ImGui::SameLine();
      }
      ImGui::SetNextItemWidth(ImGui::GetFontSize() * 3.2f);
      const std::string hintText = movement.unit == "mm" ? "mm" : "deg";
      const bool edited = ImGui::InputTextWithHint(("##" + widget).c_str(), hintText.c_str(), &text,
                                                   ImGuiInputTextFlags_CharsDecimal | ImGuiInputTextFlags_EnterReturnsTrue);
      recordLastItem(state, widget);
      if (ImGui::IsItemActive())
        editingRange_ = widget;
      else if (editingRange_ == widget)
        editingRange_.clear();
      if (edited || ImGui::IsItemDeactivatedAfterEdit()) {
        std::optional<double> value;
        if (!text.empty()) value = std::strtod(text.c_str(), nullptr);
        if (setMeasuredRange(state, *context.kb, movement.code, side, value)) changed(context);
      }
      if (const std::optional<double> now = measuredRange(state, movement.code, side)) {
        std::optional<double> otherValue;
        if (side) otherValue = measuredRange(state, movement.code, atlas::opposite(*side));
        if (atlas::isRangeShort(movement, *now, otherValue)) {
          ImGui::SameLine(0.0f, 2.0f);
          ImGui::TextColored(kWarning, "short");
          recordLastItem(state, widget + "_short");
        }
      } else if (!text.empty()) {
        ImGui::SameLine();
        ImGui::TextColored(kWarning, movement.unit == "mm" ? "0-100 mm" : "0-360°");
      }
    }
    ImGui::PopID();
  }
  if (groupOpen) ImGui::TreePop();
  ImGui::TreePop();
}

void AssessmentPanel::drawResisted(PanelContext& context) {
  AppState& state = context.state;
  const bool open = ImGui::TreeNode("Resisted tests###resisted");
  recordLastItem(state, "resisted_node");
  if (!open) return;
  const std::vector<atlas::Movement>& movements = context.kb->assessment().movements();
  resistedMovement_ = std::clamp(resistedMovement_, 0, int(movements.size()) - 1);
  const atlas::Movement& movement = movements[std::size_t(resistedMovement_)];
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##resisted_movement", atlas::withSide(movement.label, std::nullopt).c_str(), ImGuiComboFlags_HeightLarge)) {
    for (std::size_t i = 0; i < movements.size(); ++i)
      if (ImGui::Selectable(atlas::withSide(movements[i].label, std::nullopt).c_str(), int(i) == resistedMovement_))
        resistedMovement_ = int(i);
    ImGui::EndCombo();
  }
  recordLastItem(state, "resisted_movement");
  if (movement.sided) {
    radioRow({"Left", "Right"}, resistedSide_);
    ImGui::SameLine();
  }
  radioRow({"Painful", "Weak"}, resistedResult_);
  ImGui::SameLine();
  if (ImGui::Button("Add##resisted")) {
    std::string code = "resisted:" + movement.code;
    if (movement.sided) code += resistedSide_ == 0 ? ".left" : ".right";
    code += resistedResult_ == 0 ? ":painful" : ":weak";
    if (!hasCode(state.pain.findings, code)) {
      state.pain.findings.push_back(code);
      changed(context);
    }
  }
  recordLastItem(state, "resisted_add");
  ImGui::TreePop();
}

void AssessmentPanel::drawNamedTests(PanelContext& context) {
  AppState& state = context.state;
  const bool open = ImGui::TreeNode("Named tests###tests");
  recordLastItem(state, "tests_node");
  if (!open) return;
  hint("Tick a test that is positive; hover for how to do it.");
  for (const atlas::NamedTest& test : context.kb->assessment().tests()) {
    ImGui::PushID(test.id.c_str());
    bool clicked = false;
    if (test.sided) {
      clicked |= codeCheckbox(state, "L##left", state.pain.findings, "test:" + test.id + ".left:positive", "test_" + test.id + "_left");
      ImGui::SameLine();
      clicked |= codeCheckbox(state, "R##right", state.pain.findings, "test:" + test.id + ".right:positive", "test_" + test.id + "_right");
    } else {
      clicked |= codeCheckbox(state, "##on", state.pain.findings, "test:" + test.id + ":positive", "test_" + test.id);
    }
    ImGui::SameLine();
    ImGui::TextWrapped("%s", test.name.c_str());
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s\n\nPositive: %s", test.how.c_str(), test.positive.c_str());
    if (clicked) changed(context);
    ImGui::PopID();
  }
  ImGui::TreePop();
}

void AssessmentPanel::drawPalpation(PanelContext& context) {
  AppState& state = context.state;
  subheading("Palpation");
  const std::vector<atlas::StructureRef>& selection = state.view.display.selection;
  const atlas::Muscle* muscle = selection.empty() ? nullptr : context.kb->findMuscle(selection.front().id);
  if (muscle == nullptr || !selection.front().side) {
    hint("Click a muscle on the body, then record what pressing it found.");
    return;
  }
  const atlas::Side side = *selection.front().side;
  ImGui::TextWrapped("%s, %s side:", muscle->names.common.c_str(), std::string(atlas::toString(side)).c_str());
  const std::string prefix = "palpation:" + muscle->id + "." + std::string(atlas::toString(side)) + ":";
  struct Result {
    atlas::FindingResult result;
    const char* label;
    const char* widget;
  };
  static constexpr Result kResults[] = {{atlas::FindingResult::Tender, "Tender", "palpation_tender"},
                                        {atlas::FindingResult::TautBand, "Taut band", "palpation_taut_band"},
                                        {atlas::FindingResult::Twitch, "Twitch", "palpation_twitch"},
                                        {atlas::FindingResult::ReproducesPain, "Reproduces the pain", "palpation_reproduces_pain"}};
  for (std::size_t i = 0; i < std::size(kResults); ++i) {
    if (i > 0) sameLineIfItFits(kResults[i].label);
    bool on = hasCode(state.pain.findings, prefix + std::string(atlas::toString(kResults[i].result)));
    if (checkbox(kResults[i].label, &on)) {
      togglePalpation(state, muscle->id, side, kResults[i].result);
      changed(context);
    }
    recordLastItem(state, kResults[i].widget);
  }
  const auto found = std::find_if(state.pain.triggerPointsFound.begin(), state.pain.triggerPointsFound.end(),
                                  [&](const atlas::FoundTriggerPoint& f) { return f.muscle == muscle->id && f.side == side; });
  int status = found == state.pain.triggerPointsFound.end() ? 0 : found->status == atlas::TriggerPointStatus::Active ? 1 : 2;
  ImGui::TextUnformatted("Trigger point found here:");
  if (radioRow({"none", "active", "latent"}, status)) {
    std::optional<atlas::TriggerPointStatus> chosen;
    if (status == 1) chosen = atlas::TriggerPointStatus::Active;
    if (status == 2) chosen = atlas::TriggerPointStatus::Latent;
    setTriggerPointFound(state, muscle->id, side, chosen);
    state.pain.assessmentEdited = true;
  }
  recordLastItem(state, "palpation_trigger_point");
}

void AssessmentPanel::drawRecorded(PanelContext& context) {
  AppState& state = context.state;
  PainState& pain = state.pain;
  if (pain.findings.empty() && pain.triggerPointsFound.empty()) return;
  subheading("Recorded");
  for (std::size_t i = 0; i < pain.findings.size(); ++i) {
    ImGui::PushID(int(i));
    const bool remove = ImGui::SmallButton("x");
    ImGui::SameLine();
    const myo::Result<atlas::Finding> finding = atlas::parseFinding(pain.findings[i], *context.kb);
    std::string words = pain.findings[i];
    if (finding && finding->kind != atlas::FindingKind::Palpation)
      words = context.kb->assessment().label(finding->kind, finding->code, finding->side) +
              (finding->measured ? ": " + pain.findings[i].substr(pain.findings[i].find('=') + 1)
               : finding->result && finding->kind != atlas::FindingKind::Test
                   ? ": " + std::string(atlas::toString(*finding->result))
                   : std::string());
    else if (finding)
      words = muscleName(*context.kb, finding->code) + " " + std::string(atlas::toString(*finding->side)) + ": " +
              std::string(atlas::toString(*finding->result));
    ImGui::TextWrapped("%s", words.c_str());
    ImGui::PopID();
    if (remove) {
      pain.findings.erase(pain.findings.begin() + std::ptrdiff_t(i));
      changed(context);
      break;
    }
  }
  for (const atlas::FoundTriggerPoint& found : pain.triggerPointsFound)
    hint("Trigger point found: " + muscleName(*context.kb, found.muscle) + " " + std::string(atlas::toString(found.side)) +
         ", " + std::string(atlas::toString(found.status)));
}

}  // namespace myo::ui
