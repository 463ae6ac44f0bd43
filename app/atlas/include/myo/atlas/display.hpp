#pragma once
// What the user asked to see, and how that turns into the style of each drawn item: layer
// visibility and opacity, the peel (hide everything above a depth), x-ray (ghost the layers above
// the selection), selection tint and outline, isolate / hide / dim others, and one side only.
// Pure: no GL, so every rule is unit-tested.
//
//   DisplayState state;
//   state.selection.push_back({"levator_scapulae", Side::Left});
//   state.xray = true;
//   std::vector<ItemStyle> styles = materialStyles(scene);
//   applyDisplay(index, state, sceneItems(scene), styles);

#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "myo/atlas/layer.hpp"
#include "myo/atlas/side.hpp"
#include "myo/atlas/structure_index.hpp"
#include "myo/engine/scene_look.hpp"

namespace myo::atlas {

struct LayerSetting {
  bool visible = true;
  float opacity = 1.0f;
};

enum class FocusMode { Normal, Isolate, Hide };

struct StructureRef {
  std::string id;
  std::optional<Side> side;  // missing: the structure on both sides (or on the midline)
};

struct DisplayState {
  // Indexed by Layer: skin, superficial, intermediate, deep, bone. The skin starts hidden so the
  // muscles show; a heat map turns it on.
  std::array<LayerSetting, 5> layers{{{false, 1.0f}, {true, 1.0f}, {true, 1.0f}, {true, 1.0f}, {true, 1.0f}}};
  std::optional<Layer> peel;  // the outermost layer still shown; everything above is hidden
  bool xray = false;          // layers above the selection are ghosted and let clicks through
  std::vector<StructureRef> selection;
  FocusMode focus = FocusMode::Normal;
  bool dimOthers = false;
  SideFilter side = SideFilter::Both;
};

// "trapezius", "trapezius.left" → StructureRef; nullopt when the side part is not left or right.
std::optional<StructureRef> parseStructureRef(const std::string& text);
// The other way: "trapezius", "trapezius.left", as tours, `--select` and the state dump spell it.
std::string toString(const StructureRef& ref);

bool isSelected(const DisplayState& state, const StructureInfo& info);

// Whether the peel takes this layer away (it lies above the outermost layer still shown).
inline bool isPeeled(const DisplayState& state, Layer layer) {
  return state.peel && static_cast<int>(layer) < static_cast<int>(*state.peel);
}

// Restyles the items in place: styles[i] is the style of items[i] (sceneItems order). Items of
// nodes without body metadata are left as they are, except for the side filter.
void applyDisplay(const StructureIndex& index, const DisplayState& state, std::span<const SceneItem> items,
                  std::span<ItemStyle> styles);

// The opacity ghosted layers get in x-ray mode.
inline constexpr float kXrayOpacity = 0.14f;
// A skin peeled away while a pain map is painted on it stays this opaque, to carry the map.
inline constexpr float kPeeledPainOpacity = 0.45f;

}  // namespace myo::atlas
