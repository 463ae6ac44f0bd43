#include "myo/atlas/body_labels.hpp"

#include <algorithm>
#include <limits>
#include <map>

#include "myo/atlas/label_anchor.hpp"

namespace myo::atlas {

namespace {

std::string labelText(const KnowledgeBase* kb, const std::string& id) {
  if (kb != nullptr)
    if (const Muscle* muscle = kb->findMuscle(id); muscle != nullptr && !muscle->names.common.empty())
      return muscle->names.common;
  std::string text = id;
  std::replace(text.begin(), text.end(), '_', ' ');
  return text;
}

// The screen box of everything the picture shows.
LabelRect shownBox(const IdImage& ids) {
  glm::ivec2 lowest(std::numeric_limits<int>::max()), highest(-1);
  for (int y = 0; y < ids.height; ++y)
    for (int x = 0; x < ids.width; ++x)
      if (ids.at(x, y) != 0) {
        lowest = glm::min(lowest, glm::ivec2(x, y));
        highest = glm::max(highest, glm::ivec2(x, y));
      }
  if (highest.x < 0) return {float(ids.width) * 0.5f, float(ids.height) * 0.5f, 0.0f, 0.0f};
  return {float(lowest.x), float(lowest.y), float(highest.x - lowest.x + 1), float(highest.y - lowest.y + 1)};
}

}  // namespace

std::vector<BodyLabel> labelBody(const AtlasScene& atlas, const KnowledgeBase* kb, const IdImage& ids,
                                 const std::vector<StructureRef>& muscles,
                                 const std::function<LabelSize(std::string_view)>& measure,
                                 std::optional<LabelRect> viewport, const IdImage* withEveryLayer) {
  const std::vector<SceneItem> items = sceneItems(atlas.scene);
  // Each muscle's item ids, by side (a missing side: on the midline), in order of first id.
  std::map<std::string, std::map<int, std::vector<std::uint32_t>>> idsOf;
  std::vector<std::string> order;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const StructureInfo& info = atlas.index.node(items[i].node);
    if (info.kind != StructureKind::Muscle) continue;
    const bool wanted = muscles.empty() || std::any_of(muscles.begin(), muscles.end(), [&](const StructureRef& ref) {
      return ref.id == info.id && (!ref.side || ref.side == info.side);
    });
    if (!wanted) continue;
    if (!idsOf.contains(info.id)) order.push_back(info.id);
    const int side = info.side ? static_cast<int>(*info.side) : -1;
    idsOf[info.id][side].push_back(static_cast<std::uint32_t>(i + 1));
  }
  // Where each muscle shows from the outside: `ids` without the pixels seen from the inside.
  IdImage outside = ids;
  if (withEveryLayer != nullptr && withEveryLayer->width == ids.width && withEveryLayer->height == ids.height) {
    const auto infoOf = [&](std::uint32_t id) -> const StructureInfo* {
      return id == 0 || id > items.size() ? nullptr : &atlas.index.node(items[id - 1].node);
    };
    for (std::size_t i = 0; i < outside.ids.size() && i < withEveryLayer->ids.size(); ++i) {
      const StructureInfo* shown = infoOf(ids.ids[i]);
      const StructureInfo* every = infoOf(withEveryLayer->ids[i]);
      if (shown != nullptr && every != nullptr && seenFromInside(*shown, *every)) outside.ids[i] = 0;
    }
  }
  LabelLayoutInput input;
  input.viewport = viewport.value_or(LabelRect{0.0f, 0.0f, float(ids.width), float(ids.height)});
  input.body = shownBox(ids);
  input.measure = measure;
  std::vector<std::string> labelled;
  for (const std::string& id : order) {
    LabelRequest request{labelText(kb, id), {}};
    for (const auto& [side, sideIds] : idsOf[id]) {
      const std::optional<VisibleRegion> region = visibleRegion(outside, sideIds);
      if (region && showsEnoughToLabel(region->pixels, region->depth, ids)) request.anchors.push_back(glm::vec2(region->centre) + 0.5f);
    }
    if (request.anchors.empty()) continue;
    input.labels.push_back(std::move(request));
    labelled.push_back(id);
  }
  std::vector<BodyLabel> out;
  for (PlacedLabel& placed : layoutLabels(input)) {
    BodyLabel label;
    label.muscle = labelled[placed.request];
    if (const StructureInfo* info = structureAt(atlas, ids, glm::ivec2(placed.anchor))) label.anchorSide = info->side;
    label.placed = std::move(placed);
    out.push_back(std::move(label));
  }
  return out;
}

const StructureInfo* structureAt(const AtlasScene& atlas, const IdImage& ids, glm::ivec2 pixel) {
  if (!ids.contains(pixel.x, pixel.y)) return nullptr;
  const std::uint32_t id = ids.at(pixel.x, pixel.y);
  const std::vector<SceneItem> items = sceneItems(atlas.scene);
  if (id == 0 || id > items.size()) return nullptr;
  return &atlas.index.node(items[id - 1].node);
}

std::optional<AtlasView> everyLayerView(const AtlasView& view) {
  const DisplayState& display = view.display;
  bool everyShown = true;
  for (Layer layer : {Layer::Superficial, Layer::Intermediate, Layer::Deep, Layer::Bone})
    everyShown = everyShown && display.layers[static_cast<std::size_t>(layer)].visible && !isPeeled(display, layer);
  if (everyShown) return std::nullopt;
  AtlasView every;
  every.display.side = display.side;
  every.display.selection = display.selection;
  for (LayerSetting& setting : every.display.layers) setting = {true, 1.0f};
  every.display.layers[static_cast<std::size_t>(Layer::Skin)].visible = false;
  return every;
}

bool seenFromInside(const StructureInfo& muscle, const StructureInfo& withEveryLayer) {
  if (muscle.kind != StructureKind::Muscle) return false;
  if (withEveryLayer.kind != StructureKind::Muscle && withEveryLayer.kind != StructureKind::Bone) return false;
  return static_cast<int>(withEveryLayer.layer) > static_cast<int>(muscle.layer);
}

bool showsEnoughToLabel(int pixels, float depth, const IdImage& picture) {
  const float depthNeeded = kLabelledDepth * std::max(1.0f, float(picture.height) / 720.0f);
  return pixels * kLabelledShare >= picture.width * picture.height && depth >= depthNeeded;
}

float labelFontPixels(int pictureHeight) { return std::max(11.0f, float(pictureHeight) / 56.0f); }

}  // namespace myo::atlas
