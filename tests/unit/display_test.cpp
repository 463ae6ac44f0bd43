// The display rules: what a student sees when peeling layers, selecting, x-raying and isolating.
#include <gtest/gtest.h>

#include "myo/atlas/display.hpp"

namespace {

using namespace myo::atlas;

// A tiny body: skin, a superficial and a deep muscle on both sides, a bone.
struct TinyBody {
  myo::Scene scene;
  StructureIndex index;
  std::vector<myo::SceneItem> items;
  std::vector<myo::ItemStyle> styles;

  TinyBody() {
    auto add = [&](const char* kind, const char* id, const char* side, const char* layer) {
      myo::Node node;
      node.name = std::string(kind) + "." + id + "." + side;
      node.metadata = {{"kind", kind}, {"id", id}, {"side", side}, {"layer", layer}};
      scene.nodes.push_back(node);
      items.push_back({int(scene.nodes.size()) - 1, 0});
      styles.emplace_back();
    };
    add("skin", "body", "midline", "skin");
    add("muscle", "trapezius", "left", "superficial");
    add("muscle", "trapezius", "right", "superficial");
    add("muscle", "levator_scapulae", "left", "intermediate");
    add("muscle", "rhomboids", "left", "intermediate");
    add("muscle", "multifidus", "left", "deep");
    add("bone", "scapula", "left", "bone");
    index = StructureIndex::fromScene(scene);
  }
  // The item of a structure on a side, or on the midline.
  const myo::ItemStyle& style(const char* id, Side side = Side::Left) {
    for (std::size_t i = 0; i < items.size(); ++i)
      if (index.node(items[i].node).id == id && (index.node(items[i].node).side.value_or(side) == side))
        return styles[i];
    throw std::runtime_error("no such item");
  }
  void apply(const DisplayState& state) { applyDisplay(index, state, items, styles); }
};

bool shown(const myo::ItemStyle& s) { return s.opacity > 0.0f; }

TEST(Display, ByDefaultTheSkinIsHiddenAndTheMusclesShow) {
  TinyBody body;
  body.apply({});
  EXPECT_FALSE(shown(body.style("body")));
  EXPECT_TRUE(shown(body.style("trapezius")));
  EXPECT_TRUE(shown(body.style("scapula")));
  EXPECT_EQ(body.style("trapezius").look, myo::SurfaceLook::Muscle);
  EXPECT_EQ(body.style("scapula").look, myo::SurfaceLook::Bone);
}

TEST(Display, PeelHidesEveryLayerAboveTheChosenOne) {
  TinyBody body;
  DisplayState state;
  state.layers[0].visible = true;
  state.peel = Layer::Intermediate;
  body.apply(state);
  EXPECT_FALSE(shown(body.style("body")));
  EXPECT_FALSE(shown(body.style("trapezius")));
  EXPECT_TRUE(shown(body.style("levator_scapulae")));
  EXPECT_TRUE(shown(body.style("multifidus")));
  EXPECT_TRUE(shown(body.style("scapula")));
}

TEST(Display, XrayGhostsOnlyTheLayersAboveTheSelectionAndLetsClicksThrough) {
  TinyBody body;
  DisplayState state;
  state.selection.push_back({"multifidus", Side::Left});
  state.xray = true;
  body.apply(state);
  const auto& trapezius = body.style("trapezius");
  EXPECT_GT(trapezius.opacity, 0.0f);
  EXPECT_LT(trapezius.opacity, 0.5f);
  EXPECT_FALSE(trapezius.pickable);
  EXPECT_LT(body.style("levator_scapulae").opacity, 0.5f);
  EXPECT_FLOAT_EQ(body.style("multifidus").opacity, 1.0f);
  EXPECT_TRUE(body.style("multifidus").outlined);
  EXPECT_TRUE(body.style("multifidus").pickable);
  EXPECT_FLOAT_EQ(body.style("scapula").opacity, 1.0f) << "bone lies below the selection: not ghosted";
}

TEST(Display, SelectionIsTintedAndOutlinedOnItsSideOnly) {
  TinyBody body;
  DisplayState state;
  state.selection.push_back({"trapezius", Side::Left});
  body.apply(state);
  EXPECT_TRUE(body.style("trapezius", Side::Left).outlined);
  EXPECT_GT(body.style("trapezius", Side::Left).tintAmount, 0.0f);
  EXPECT_FALSE(body.style("trapezius", Side::Right).outlined);
}

TEST(Display, SelectionWithoutSideTakesBothSides) {
  TinyBody body;
  DisplayState state;
  state.selection.push_back(*parseStructureRef("trapezius"));
  body.apply(state);
  EXPECT_TRUE(body.style("trapezius", Side::Left).outlined);
  EXPECT_TRUE(body.style("trapezius", Side::Right).outlined);
}

TEST(Display, IsolateShowsOnlyTheSelectionAndHideHidesIt) {
  TinyBody body;
  DisplayState state;
  state.selection.push_back({"levator_scapulae", Side::Left});
  state.focus = FocusMode::Isolate;
  body.apply(state);
  EXPECT_TRUE(shown(body.style("levator_scapulae")));
  EXPECT_FALSE(shown(body.style("rhomboids")));
  EXPECT_FALSE(shown(body.style("scapula")));
  state.focus = FocusMode::Hide;
  body.apply(state);
  EXPECT_FALSE(shown(body.style("levator_scapulae")));
  EXPECT_TRUE(shown(body.style("rhomboids")));
}

TEST(Display, SideFilterKeepsTheMidline) {
  TinyBody body;
  DisplayState state;
  state.layers[0].visible = true;
  state.side = SideFilter::Right;
  body.apply(state);
  EXPECT_TRUE(shown(body.style("trapezius", Side::Right)));
  EXPECT_FALSE(shown(body.style("trapezius", Side::Left)));
  EXPECT_TRUE(shown(body.style("body")));
}

TEST(Display, HiddenLayersAreNotPickable) {
  TinyBody body;
  DisplayState state;
  state.layers[1].visible = false;
  body.apply(state);
  EXPECT_FALSE(body.style("trapezius").pickable);
  EXPECT_TRUE(body.style("levator_scapulae").pickable);
}

TEST(Display, StructureRefsParse) {
  EXPECT_EQ(parseStructureRef("trapezius.left")->side, Side::Left);
  EXPECT_EQ(parseStructureRef("trapezius")->side, std::nullopt);
  EXPECT_FALSE(parseStructureRef("trapezius.top").has_value());
  for (const char* text : {"trapezius", "trapezius.left", "trapezius.right"})
    EXPECT_EQ(toString(*parseStructureRef(text)), text) << "spelt back as it was read";
}

}  // namespace
