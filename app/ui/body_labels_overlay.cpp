#include "body_labels_overlay.hpp"

#include <imgui.h>

#include <algorithm>
#include <optional>

#include "myo/atlas/body_labels.hpp"

namespace myo::ui {

namespace {

bool layerShows(const atlas::DisplayState& display, atlas::Layer layer) {
  return display.layers[static_cast<std::size_t>(layer)].visible && !atlas::isPeeled(display, layer);
}

// A muscle on both sides replaces the same muscle on one side; one side is added unless the
// muscle is there already.
void addOnce(std::vector<atlas::StructureRef>& refs, const atlas::StructureRef& ref) {
  for (atlas::StructureRef& known : refs)
    if (known.id == ref.id) {
      if (known.side != ref.side) known.side.reset();
      return;
    }
  refs.push_back(ref);
}

}  // namespace

std::vector<atlas::StructureRef> musclesToLabel(const AppState& state, const atlas::AtlasScene& atlas) {
  const atlas::DisplayState& display = state.view.display;
  std::vector<atlas::StructureRef> ids;
  for (const atlas::StructureRef& ref : display.selection) addOnce(ids, ref);
  for (const atlas::StructureRef& ref : state.labels.step.muscles) addOnce(ids, ref);
  for (std::size_t i = 0; i < atlas.index.size(); ++i) {
    const atlas::StructureInfo& info = atlas.index.node(int(i));
    if (info.kind != atlas::StructureKind::Muscle || !layerShows(display, info.layer)) continue;
    if (state.labels.layers[static_cast<std::size_t>(info.layer)] || state.labels.step.every) addOnce(ids, {info.id, {}});
  }
  return ids;
}

void updateBodyLabels(AppState& state, SceneViewport& viewport, const OrbitCamera& camera,
                      const atlas::AtlasScene& atlas, const atlas::KnowledgeBase* kb, ImFont* font) {
  std::vector<ShownLabel>& shown = state.labels.shown;
  shown.clear();
  if (state.quiz.hidesNames() || !atlas.index.isBody()) return;
  const std::vector<atlas::StructureRef> muscles = musclesToLabel(state, atlas);
  if (muscles.empty()) return;
  const IdImage ids = viewport.pickIds(camera);
  if (ids.width <= 0) return;
  // A second id buffer only when a layer is hidden: the same camera with every layer tells which
  // muscles show from the inside (labelBody).
  std::optional<IdImage> withEveryLayer;
  if (const std::optional<atlas::AtlasView> every = atlas::everyLayerView(state.view))
    withEveryLayer = viewport.pickIds(camera, *every);
  // Laid out in the picture's pixels, measured in the window's font scaled to them.
  const glm::vec2 scale = viewport.framebufferScale();
  auto measure = [scale, font](std::string_view text) {
    const ImVec2 size = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, text.data(), text.data() + text.size());
    return atlas::LabelSize{size.x * scale.x, size.y * scale.y};
  };
  const ScreenRect& area = viewport.area();
  auto toWindow = [&](glm::vec2 pixel) { return glm::vec2(area.x, area.y) + pixel / scale; };
  for (const atlas::BodyLabel& label : atlas::labelBody(atlas, kb, ids, muscles, measure, std::nullopt,
                                                                withEveryLayer ? &*withEveryLayer : nullptr)) {
    ShownLabel out;
    out.muscle = label.muscle;
    out.text = label.placed.text;
    if (const atlas::StructureInfo* under = atlas::structureAt(atlas, ids, glm::ivec2(label.placed.anchor)))
      out.under = atlas::toString(atlas::StructureRef{under->id, under->side});
    const glm::vec2 corner = toWindow({label.placed.box.x, label.placed.box.y});
    out.box = {corner.x, corner.y, label.placed.box.width / scale.x, label.placed.box.height / scale.y};
    out.lineStart = toWindow(label.placed.lineStart);
    out.anchor = toWindow(label.placed.anchor);
    shown.push_back(std::move(out));
  }
}

void drawBodyLabels(const LabelState& labels, ImDrawList* drawList, ImFont* font) {
  if (labels.shown.empty()) return;
  // The look of the printed labels (label_picture.hpp): dark ink on pale boxes, a light casing
  // under each leader so it shows on the dark background and the red muscles alike.
  const ImU32 ink = IM_COL32(20, 23, 28, 255);
  const ImU32 casing = IM_COL32(235, 235, 230, 180);
  const ImU32 fill = IM_COL32(247, 245, 235, 238);
  const ImU32 border = IM_COL32(64, 69, 77, 230);
  const float line = std::max(1.0f, font->FontSize / 12.0f);
  for (const ShownLabel& label : labels.shown)
    drawList->AddLine({label.lineStart.x, label.lineStart.y}, {label.anchor.x, label.anchor.y}, casing, line * 2.6f);
  for (const ShownLabel& label : labels.shown) {
    drawList->AddLine({label.lineStart.x, label.lineStart.y}, {label.anchor.x, label.anchor.y}, ink, line);
    const float dot = std::max(2.5f, font->FontSize * 0.22f);
    drawList->AddCircleFilled({label.anchor.x, label.anchor.y}, dot + line, IM_COL32(255, 255, 255, 240));
    drawList->AddCircleFilled({label.anchor.x, label.anchor.y}, dot, ink);
  }
  for (const ShownLabel& label : labels.shown) {
    const ImVec2 topLeft(label.box.x, label.box.y), bottomRight(label.box.right(), label.box.bottom());
    drawList->AddRectFilled(topLeft, bottomRight, fill);
    drawList->AddRect(topLeft, bottomRight, border);
    const ImVec2 text = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0.0f, label.text.c_str());
    drawList->AddText(font, font->FontSize,
                      {label.box.x + (label.box.width - text.x) * 0.5f, label.box.y + (label.box.height - text.y) * 0.5f},
                      ink, label.text.c_str());
  }
}

}  // namespace myo::ui
