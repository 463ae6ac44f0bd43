#include "myo/atlas/display.hpp"

#include <algorithm>

namespace myo::atlas {

namespace {

constexpr glm::vec3 kSelectionTint{0.98f, 0.78f, 0.18f};
constexpr glm::vec3 kDimTint{0.55f, 0.55f, 0.57f};

int depthOf(Layer layer) { return static_cast<int>(layer); }

bool matches(const StructureRef& ref, const StructureInfo& info) { return ref.id == info.id && isOn(info, ref.side); }

SurfaceLook lookOf(StructureKind kind) {
  switch (kind) {
    case StructureKind::Skin: return SurfaceLook::Skin;
    case StructureKind::Muscle: return SurfaceLook::Muscle;
    case StructureKind::Bone: return SurfaceLook::Bone;
    case StructureKind::Unknown: break;
  }
  return SurfaceLook::Plain;
}

// The midline, and a node of a model that names no side, show whichever side the view shows.
bool sideShown(SideFilter filter, std::optional<Side> side) { return !side || shows(filter, *side); }

}  // namespace

std::optional<StructureRef> parseStructureRef(const std::string& text) {
  const auto dot = text.rfind('.');
  if (dot == std::string::npos) return StructureRef{text, std::nullopt};
  const std::optional<Side> side = parseSide(std::string_view(text).substr(dot + 1));
  if (!side) return std::nullopt;
  return StructureRef{text.substr(0, dot), side};
}

std::string toString(const StructureRef& ref) {
  return ref.side ? ref.id + "." + std::string(toString(*ref.side)) : ref.id;
}

bool isSelected(const DisplayState& state, const StructureInfo& info) {
  return std::any_of(state.selection.begin(), state.selection.end(),
                     [&](const StructureRef& ref) { return matches(ref, info); });
}

void applyDisplay(const StructureIndex& index, const DisplayState& state, std::span<const SceneItem> items,
                  std::span<ItemStyle> styles) {
  // The deepest selected layer decides what x-ray ghosts.
  int selectionDepth = -1;
  for (std::size_t n = 0; n < index.size(); ++n)
    if (isSelected(state, index.node(int(n)))) selectionDepth = std::max(selectionDepth, depthOf(index.node(int(n)).layer));
  const bool anySelected = selectionDepth >= 0;

  for (std::size_t i = 0; i < items.size() && i < styles.size(); ++i) {
    const StructureInfo& info = index.node(items[i].node);
    ItemStyle& style = styles[i];
    if (!sideShown(state.side, info.side)) {
      style.opacity = 0.0f;
      continue;
    }
    if (info.kind == StructureKind::Unknown) continue;

    style.look = lookOf(info.kind);
    style.closedSurface = true;  // the body builder makes every structure a closed, outward-wound mesh
    const LayerSetting& layer = state.layers[depthOf(info.layer)];
    bool visible = layer.visible;
    float opacity = layer.opacity;
    bool pickable = true;
    if (isPeeled(state, info.layer)) visible = false;

    const bool selected = isSelected(state, info);
    if (state.focus == FocusMode::Isolate && anySelected && !selected) visible = false;
    if (state.focus == FocusMode::Hide && selected) visible = false;
    if (state.xray && anySelected && !selected && depthOf(info.layer) < selectionDepth && visible) {
      opacity = std::min(opacity, kXrayOpacity);
      pickable = false;
    }
    // A ghost lets clicks through to what it covers.
    if (opacity < 0.5f) pickable = false;

    style.opacity = visible ? opacity : 0.0f;
    style.pickable = visible && pickable;
    style.outlined = selected && visible;
    style.tintAmount = 0.0f;
    if (selected) {
      style.tint = kSelectionTint;
      style.tintAmount = 0.35f;
    } else if (state.dimOthers && anySelected) {
      style.tint = kDimTint;
      style.tintAmount = 0.65f;
    }
  }
}

}  // namespace myo::atlas
