#include "layers_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <cctype>
#include <string>

#include "widgets.hpp"

namespace myo::ui {

namespace {

constexpr const char* kLayerLabels[] = {"Skin", "Superficial muscles", "Intermediate muscles", "Deep muscles", "Bone"};
constexpr const char* kPeelLabels[] = {"Peel: nothing", "Peel: skin", "Peel: down to intermediate", "Peel: down to deep",
                                       "Peel: bone only"};

}  // namespace

std::optional<atlas::Layer> peelForSliderPosition(int position) {
  if (position <= 0) return std::nullopt;
  return static_cast<atlas::Layer>(std::min(position, static_cast<int>(atlas::Layer::Bone)));
}

int sliderPositionForPeel(std::optional<atlas::Layer> peel) { return peel ? static_cast<int>(*peel) : 0; }

std::optional<atlas::Layer> peelStep(const atlas::DisplayState& display, int step, bool wrap) {
  int position = sliderPositionForPeel(display.peel);
  const int start = position;
  // Position p hides the layers 0 .. p-1: going from p to p+1 hides layer p, going back shows layer p-1.
  for (int tries = 0; tries < 5; ++tries) {
    if (step > 0 && position == 4) {
      if (!wrap) return display.peel;
      return std::nullopt;
    }
    if (step < 0 && position == 0) return display.peel;
    const int changedLayer = step > 0 ? position : position - 1;
    position += step;
    if (display.layers[std::size_t(changedLayer)].visible) break;  // this step changes what shows
  }
  return position == start ? display.peel : peelForSliderPosition(position);
}

std::optional<atlas::Layer> hiddenLayerOfSelection(const atlas::DisplayState& display, const atlas::KnowledgeBase& kb) {
  std::optional<atlas::Layer> outermost;
  for (const atlas::StructureRef& ref : display.selection) {
    const atlas::Muscle* muscle = kb.findMuscle(ref.id);
    if (muscle == nullptr) return std::nullopt;  // a bone or skin: left alone
    const int layer = static_cast<int>(muscle->layer);
    const bool peeled = atlas::isPeeled(display, muscle->layer);
    if (display.layers[std::size_t(layer)].visible && !peeled) return std::nullopt;  // one of them shows
    if (!outermost || layer < static_cast<int>(*outermost)) outermost = muscle->layer;
  }
  return outermost;
}

void LayersPanel::draw(PanelContext& context) {
  AppState& state = context.state;
  atlas::DisplayState& display = state.view.display;
  if (!context.atlas.index.isBody()) {
    hint("This model has no layers: it is shown as it is.");
    return;
  }
  bool changed = false;
  const float labelWidth = ImGui::CalcTextSize("Intermediate muscles").x + ImGui::GetFrameHeight() * 1.6f;
  // A narrow column (a large UI scale) puts each opacity slider under its layer's name, indented,
  // rather than squeezing it past the column's edge.
  const float sliderAtLeast = ImGui::CalcTextSize("0.00").x * 3.0f + ImGui::GetStyle().FramePadding.x * 2.0f;
  const bool slidersBeside = ImGui::GetContentRegionAvail().x >= labelWidth + sliderAtLeast;
  for (int l = 0; l < 5; ++l) {
    ImGui::PushID(l);
    // A layer the peel takes away is not shown ticked: its box is greyed and empty until the peel gives it back.
    const bool peeled = atlas::isPeeled(display, static_cast<atlas::Layer>(l));
    if (peeled) {
      bool shown = false;
      ImGui::BeginDisabled();
      checkbox((std::string(kLayerLabels[l]) + " (peeled)").c_str(), &shown);
      ImGui::EndDisabled();
    } else {
      changed |= checkbox(kLayerLabels[l], &display.layers[l].visible);
    }
    recordLastItem(state, std::string("layer_") + std::string(atlas::layerName(static_cast<atlas::Layer>(l))));
    if (l == 0 && changed) state.skinShownForHeat = false;  // the user decides about the skin now
    if (slidersBeside) {
      ImGui::SameLine(labelWidth);
    } else {
      ImGui::Indent(ImGui::GetFrameHeight());
    }
    ImGui::SetNextItemWidth(-1);
    changed |= ImGui::SliderFloat("##opacity", &display.layers[l].opacity, 0.05f, 1.0f, "%.2f");
    if (!slidersBeside) ImGui::Unindent(ImGui::GetFrameHeight());
    ImGui::PopID();
  }
  // Names on every muscle of a layer that shows (body_labels_overlay.hpp lays them out).
  ImGui::TextUnformatted("Label this layer:");
  for (const atlas::Layer layer : {atlas::Layer::Superficial, atlas::Layer::Intermediate, atlas::Layer::Deep}) {
    const std::string name(atlas::layerName(layer));
    bool& labelled = state.labels.layers[static_cast<std::size_t>(layer)];
    const std::string caption = std::string(1, char(std::toupper(static_cast<unsigned char>(name[0])))) + name.substr(1);
    sameLineIfItFits(caption.c_str(), ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    if (checkbox((caption + "##label").c_str(), &labelled)) context.commands.sceneChanged();
    recordLastItem(state, "label_layer_" + name);
  }
  int peel = sliderPositionForPeel(display.peel);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::SliderInt("##peel", &peel, 0, 4, kPeelLabels[std::clamp(peel, 0, 4)])) {
    display.peel = peelForSliderPosition(peel);
    changed = true;
  }
  recordLastItem(state, "peel_slider");
  changed |= checkbox("X-ray what lies over the selection (X)", &display.xray);

  int side = static_cast<int>(display.side);
  changed |= radioRow({"Both sides", "Left", "Right"}, side);
  display.side = static_cast<atlas::SideFilter>(side);
  int focus = static_cast<int>(display.focus);
  changed |= radioRow({"All", "Isolate (I)", "Hide (H)"}, focus);
  display.focus = static_cast<atlas::FocusMode>(focus);
  changed |= checkbox("Dim the others", &display.dimOthers);

  if (ImGui::Button("Reset layers")) {
    const std::vector<atlas::StructureRef> selection = display.selection;
    display = atlas::DisplayState{};
    display.selection = selection;
    state.skinShownForHeat = false;
    changed = true;
  }
  if (changed) context.commands.sceneChanged();
}

}  // namespace myo::ui
