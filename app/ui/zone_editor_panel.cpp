#include "zone_editor_panel.hpp"

#include <imgui.h>

#include <initializer_list>
#include <string>

#include "widgets.hpp"

namespace myo::ui {

namespace {

constexpr float kWidestStrokeCm = 10.0f;
constexpr float kNarrowestStrokeCm = 1.0f;
const ImVec4 kErrorText{0.95f, 0.45f, 0.35f, 1.0f};  // as the pain-drawing panel's messages

const atlas::Muscle* selectedMuscle(const AppState& state, const atlas::KnowledgeBase* kb) {
  const auto& selection = state.view.display.selection;
  return kb != nullptr && !selection.empty() ? kb->findMuscle(selection.front().id) : nullptr;
}

const atlas::TriggerPoint* chosenPoint(const AppState& state, const atlas::Muscle* muscle) {
  if (muscle == nullptr || !state.chosenTriggerPoint) return nullptr;
  for (const atlas::TriggerPoint& tp : muscle->triggerPoints)
    if (tp.id == *state.chosenTriggerPoint) return &tp;
  return nullptr;
}

// The side of the body the chosen trigger point shows on; both sides are edited as the left.
atlas::Side shownSide(const AppState& state) {
  const auto& selection = state.view.display.selection;
  return selection.empty() ? atlas::Side::Left : selection.front().side.value_or(atlas::Side::Left);
}

// The trigger point being edited is the one the window shows.
bool editingTheChosenPoint(const AppState& state) {
  return state.zoneEdit.editing() && state.chosenTriggerPoint == state.zoneEdit.triggerPoint;
}

struct Choice {
  const char* label;
  const char* widget;  // its name in the state file
};

// "Label  (o) first  ( ) second" on one line; true when the choice changed.
bool choiceRow(AppState& state, const char* label, int& value, std::initializer_list<Choice> choices) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(label);
  bool changed = false;
  int index = 0;
  for (const Choice& choice : choices) {
    if (index == 0) ImGui::SameLine();
    else sameLineIfItFits(choice.label, ImGui::GetFrameHeight());
    changed |= radioButton(choice.label, &value, index++);
    recordLastItem(state, choice.widget);
  }
  return changed;
}

void message(const std::string& text, bool isError) {
  if (text.empty()) return;
  if (isError) ImGui::PushStyleColor(ImGuiCol_Text, kErrorText);
  ImGui::TextWrapped("%s", text.c_str());
  if (isError) ImGui::PopStyleColor();
}

std::string shapeLabel(const atlas::DrawnShape& shape, std::size_t index) {
  const std::string points = std::to_string(shape.points.size()) + " points";
  if (shape.kind == atlas::ShapeKind::Area) return std::to_string(index + 1) + ". area, " + points;
  char width[16];
  std::snprintf(width, sizeof width, "%.1f", shape.widthCm);
  return std::to_string(index + 1) + ". band " + width + " cm wide, " + points;
}

const ShapeProblem* problemOf(const ZoneEditState& edit, EditedZone zone, std::size_t index) {
  for (const ShapeProblem& problem : edit.problems)
    if (problem.zone == zone && problem.index == index) return &problem;
  return nullptr;
}

}  // namespace

ZoneEditor* ZoneEditorPanel::editor(PanelContext& context) {
  if (!context.atlas.skin || context.kb == nullptr) return nullptr;
  if (!editor_) editor_ = std::make_unique<ZoneEditor>(*context.atlas.skin);
  return editor_.get();
}

bool ZoneEditorPanel::takesSceneDrags(const AppState& state) const {
  return state.zoneEdit.drawMode && editingTheChosenPoint(state) && !state.pain.paintMode && !state.quiz.hidesNames();
}

bool ZoneEditorPanel::takeSceneClick(PanelContext& context, const SceneClick& click) {
  if (!takesSceneDrags(context.state) || editor(context) == nullptr) return false;
  // A press that misses the body draws nothing, but it still does not select or turn it.
  const bool firstOfPress = !pressed_;
  pressed_ = true;
  if (!click.structure) return true;
  ZoneEditState& edit = context.state.zoneEdit;
  const bool changed = firstOfPress ? editor_->press(edit, click.point) : editor_->drag(edit, click.point);
  if (changed) context.commands.sceneChanged();
  return true;
}

void ZoneEditorPanel::sceneDragEnded(PanelContext& context) {
  pressed_ = false;
  if (editor(context) != nullptr && editor_->release(context.state.zoneEdit)) context.commands.sceneChanged();
}

void ZoneEditorPanel::follow(PanelContext& context, const atlas::Muscle* muscle) {
  const atlas::TriggerPoint* point = chosenPoint(context.state, muscle);
  if (point == nullptr) return;  // what was being edited waits for its trigger point to be chosen again
  ZoneEditState& edit = context.state.zoneEdit;
  const atlas::Side side = shownSide(context.state);
  if (point->id != edit.triggerPoint) {
    const bool dropped = edit.editing() && edit.unsaved();
    const std::string before = edit.triggerPoint;
    editor_->edit(edit, *point, side);
    if (dropped) {
      edit.message = "The unsaved changes to " + before + " were dropped.";
      edit.messageIsError = true;
    }
    context.commands.sceneChanged();
  } else if (side != edit.side) {
    editor_->finishShape(edit);
    edit.side = side;
  }
}

void ZoneEditorPanel::draw(PanelContext& context) {
  AppState& state = context.state;
  if (editor(context) == nullptr) {
    hint("This model has no skin map or no muscle cards: there are no referral zones to draw.");
    return;
  }
  ZoneEditState& edit = state.zoneEdit;
  if (state.pain.paintMode) edit.drawMode = false;  // the pain brush has the body now
  const atlas::Muscle* muscle = selectedMuscle(state, context.kb);
  follow(context, muscle);
  drawSubject(context, muscle);
  ImGui::BeginDisabled(!editingTheChosenPoint(state));
  drawTool(context);
  drawShapes(context);
  drawActions(context, muscle);
  ImGui::EndDisabled();
  message(edit.message, edit.messageIsError);
}

void ZoneEditorPanel::drawSubject(PanelContext& context, const atlas::Muscle* muscle) {
  AppState& state = context.state;
  const atlas::TriggerPoint* point = chosenPoint(state, muscle);
  if (muscle == nullptr) {
    hint("Select a muscle and choose one of its trigger points: its referral zones are drawn here.");
    return;
  }
  if (point == nullptr) {
    hint("Choose the trigger point whose zones to draw:");
    for (std::size_t i = 0; i < muscle->triggerPoints.size(); ++i) {
      ImGui::PushID(static_cast<int>(i));
      // A line each, wrapped: a trigger point's name can be wider than the column.
      if (wrappedSelectable(muscle->triggerPoints[i].name, false)) {
        state.chosenTriggerPoint = muscle->triggerPoints[i].id;
        context.commands.sceneChanged();
      }
      recordLastItem(state, "zone_tp_" + std::to_string(i + 1));
      ImGui::PopID();
    }
    return;
  }
  const std::string side(atlas::toString(state.zoneEdit.side.value_or(atlas::Side::Left)));
  ImGui::TextWrapped("%s: %s (%s side)", muscle->names.common.c_str(), point->name.c_str(), side.c_str());
  if (state.zoneEdit.unsaved()) hint("Changed, not saved yet.");
}

void ZoneEditorPanel::drawTool(PanelContext& context) {
  AppState& state = context.state;
  ZoneEditState& edit = state.zoneEdit;
  bool changed = false;
  if (checkbox("Draw on the body", &edit.drawMode) && edit.drawMode) {
    state.pain.paintMode = false;
    changed = true;
  }
  recordLastItem(state, "zone_draw_mode");

  int zone = static_cast<int>(edit.zone);
  const bool zoneChanged = choiceRow(state, "Zone ", zone, {{"Essential", "zone_essential"}, {"Spillover", "zone_spillover"}});
  int tool = static_cast<int>(edit.tool);
  const bool toolChanged = choiceRow(state, "Shape", tool, {{"Stroke", "zone_stroke"}, {"Area", "zone_area"}});
  if (zoneChanged || toolChanged) {
    // What was being drawn goes into the zone it was started in, as it is.
    editor(context)->finishShape(edit);
    edit.zone = static_cast<EditedZone>(zone);
    edit.tool = static_cast<ShapeTool>(tool);
    changed = true;
  }
  if (edit.tool == ShapeTool::Stroke) {
    ImGui::SetNextItemWidth(-1);
    ImGui::SliderFloat("##zone_width", &edit.widthCm, kNarrowestStrokeCm, kWidestStrokeCm, "Band width %.1f cm");
    recordLastItem(state, "zone_width");
  }
  if (!edit.drawMode)
    hint("Tick \"Draw on the body\" to draw; with it off, dragging turns the body.");
  else if (edit.tool == ShapeTool::Stroke)
    hint("Drag on the skin to draw a band; a click leaves a round dab.");
  else
    hint("Click points around the area, then click its first point again or Close area.");

  if (edit.inProgress && edit.inProgress->shape.kind == atlas::ShapeKind::Area) {
    ImGui::Text("Outline: %zu points", edit.inProgress->shape.points.size());
    ImGui::BeginDisabled(edit.inProgress->shape.points.size() < 3);
    if (ImGui::Button("Close area")) {
      editor(context)->closeArea(edit);
      changed = true;
    }
    ImGui::EndDisabled();
    recordLastItem(state, "zone_close_area");
    sameLineIfItFits("Cancel");
    if (ImGui::Button("Cancel")) {
      editor(context)->cancelShape(edit);
      changed = true;
    }
    recordLastItem(state, "zone_cancel_area");
  }
  if (changed) context.commands.sceneChanged();
}

void ZoneEditorPanel::drawShapes(PanelContext& context) {
  AppState& state = context.state;
  ZoneEditState& edit = state.zoneEdit;
  for (const EditedZone zone : {EditedZone::Essential, EditedZone::Spillover}) {
    const bool essential = zone == EditedZone::Essential;
    const std::vector<atlas::DrawnShape>& shapes = essential ? edit.drawing.essential : edit.drawing.spillover;
    subheading(essential ? "Essential zone (solid)" : "Spillover zone (stippled)");
    if (shapes.empty()) hint("No shape yet.");
    for (std::size_t i = 0; i < shapes.size(); ++i) {
      ImGui::PushID(static_cast<int>(i) + (essential ? 0 : 1000));
      const bool remove = ImGui::SmallButton("x");
      recordLastItem(state, std::string("zone_remove_") + (essential ? "essential_" : "spillover_") + std::to_string(i + 1));
      if (ImGui::IsItemHovered()) ImGui::SetTooltip("Take this shape away");
      ImGui::SameLine();
      const ShapeProblem* problem = problemOf(edit, zone, i);
      if (problem != nullptr) ImGui::PushStyleColor(ImGuiCol_Text, kErrorText);
      ImGui::TextUnformatted(shapeLabel(shapes[i], i).c_str());
      if (problem != nullptr) {
        ImGui::TextWrapped("Not on the skin: %s", problem->text.c_str());
        ImGui::PopStyleColor();
      }
      ImGui::PopID();
      if (remove) {
        editor(context)->removeShape(edit, zone, i);
        context.commands.sceneChanged();
        break;
      }
    }
  }
}

void ZoneEditorPanel::drawActions(PanelContext& context, const atlas::Muscle* muscle) {
  AppState& state = context.state;
  ZoneEditState& edit = state.zoneEdit;
  ImGui::Spacing();
  ImGui::BeginDisabled(edit.undoSteps.empty() && !edit.inProgress);
  if (ImGui::Button("Undo shape")) {
    editor(context)->undo(edit);
    context.commands.sceneChanged();
  }
  ImGui::EndDisabled();
  recordLastItem(state, "zone_undo");
  sameLineIfItFits("Revert");
  ImGui::BeginDisabled(!edit.unsaved());
  if (ImGui::Button("Revert")) {
    editor(context)->revert(edit);
    edit.message = "Back to the drawing of the card.";
    edit.messageIsError = false;
    context.commands.sceneChanged();
  }
  ImGui::EndDisabled();
  recordLastItem(state, "zone_revert");
  sameLineIfItFits("Save to card");
  if (ImGui::Button("Save to card") && muscle != nullptr) {
    if (std::optional<atlas::Referral> saved = editor(context)->save(edit, *muscle))
      context.commands.referralSaved(edit.triggerPoint, *saved);
    context.commands.sceneChanged();
  }
  recordLastItem(state, "zone_save");
}

}  // namespace myo::ui
