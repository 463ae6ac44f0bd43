// The zone editor's logic without a window: picked points become anchors that paint back where
// they were picked; a stroke drawn with the mouse paints the heat the atlas shows along its path
// and nowhere else; a right trigger point's edit is stored on the left, as the cards are; undo,
// revert; and a save writes the card's referral with its region lists, or nothing at all.
#include <gtest/gtest.h>

#include <filesystem>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <nlohmann/json.hpp>

#include "atlas_fixture.hpp"
#include "heat_patterns.hpp"
#include "knowledge_fixture.hpp"
#include "myo/atlas/skin_anchor.hpp"
#include "zone_editor.hpp"

namespace {

using namespace myo::ui;
namespace atlas = myo::atlas;

constexpr float kCm = 0.01f;
const std::string kPoint = "pectoralis_major/tp1";

class ZoneEditorTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (myo::test::builtInAtlas().scene == nullptr) GTEST_FAIL() << "built-in atlas: " << myo::test::builtInAtlas().error;
    ASSERT_TRUE(myo::test::builtInAtlas().scene->skin);
    ASSERT_NE(kb().findTriggerPoint(kPoint), nullptr);
  }
  const atlas::KnowledgeBase& kb() { return *myo::test::builtInAtlas().kb; }
  const atlas::AtlasScene& scene() { return *myo::test::builtInAtlas().scene; }
  const atlas::SkinMap& skin() { return *scene().skin; }

  // A point of the skin over a landmark, moved `forwardCm` towards the front first; on the
  // right side of the body when asked.
  glm::vec3 skinNear(const std::string& landmark, float forwardCm, bool right = false) {
    glm::vec3 at = skin().patches().landmarks().at(landmark) + glm::vec3(0.0f, 0.0f, forwardCm * kCm);
    if (right) at.x = -at.x;
    return skin().surface().closestPoint(at);
  }

  // Edits the trigger point on a side as the window would show it, from an empty drawing.
  void startEditing(atlas::Side side) {
    state.view.display.selection.assign(1, {"pectoralis_major", side});
    state.chosenTriggerPoint = kPoint;
    editor.edit(state.zoneEdit, *kb().findTriggerPoint(kPoint), side);
    state.zoneEdit.drawing = {};
  }

  // A drag from a to b: the mouse picks the skin under it at every step, then lets go at b.
  void drawStroke(const glm::vec3& a, const glm::vec3& b, int steps = 30) {
    editor.press(state.zoneEdit, a);
    for (int i = 1; i <= steps; ++i)
      editor.drag(state.zoneEdit, skin().surface().closestPoint(glm::mix(a, b, float(i) / float(steps))));
    editor.release(state.zoneEdit);
  }

  void drawArea(const std::vector<glm::vec3>& outline) {
    state.zoneEdit.tool = ShapeTool::Area;
    for (const glm::vec3& p : outline) editor.press(state.zoneEdit, p);
    editor.closeArea(state.zoneEdit);
    state.zoneEdit.tool = ShapeTool::Stroke;
  }

  // The skin heat the window paints now (x essential, y spillover) at a point: the most of the
  // vertices within 2 cm of it, since the skin's vertices are a centimetre or two apart.
  glm::vec2 heatAt(const std::vector<glm::vec2>& heat, const glm::vec3& point) {
    const std::vector<glm::vec3>& vertices = skin().mesh().positions;
    glm::vec2 most = heat[skin().surface().nearestVertex(point)];
    for (std::size_t v = 0; v < vertices.size(); ++v)
      if (glm::distance(vertices[v], point) < 2.0f * kCm) most = glm::max(most, heat[v]);
    return most;
  }
  std::vector<glm::vec2> shownHeat() {
    updateHeatPatterns(state, &kb());
    return atlas::skinHeat(scene(), state.view);
  }

  ZoneEditor editor{myo::test::builtInAtlas().scene->skin.value()};
  AppState state;
};

TEST_F(ZoneEditorTest, AnchoringPutsThePointBackWhereItWasPickedWithinACentimetre) {
  const std::vector<glm::vec3>& vertices = skin().mesh().positions;
  int checked = 0;
  for (atlas::Side side : atlas::kBothSides) {
    state.zoneEdit.side = side;
    for (std::size_t v = 0; v < vertices.size(); v += 997) {
      const atlas::SkinAnchor anchor = editor.anchorFor(state.zoneEdit, vertices[v]);
      const std::optional<glm::vec3> back = editor.shownAt(state.zoneEdit, anchor);
      ASSERT_TRUE(back) << anchor.base;
      EXPECT_LT(glm::distance(*back, vertices[v]), 1.0f * kCm)
          << "vertex " << v << " on the " << atlas::toString(side) << " anchored to " << anchor.base << " + (" << anchor.offsetCm[0]
          << ", " << anchor.offsetCm[1] << ", " << anchor.offsetCm[2] << ")";
      ++checked;
    }
  }
  EXPECT_GT(checked, 20);
}

TEST_F(ZoneEditorTest, TheNearestLandmarkOrRegionCentreIsTheAnchorWithOffsetsInTenthsOfACentimetre) {
  const glm::vec3 notch = skin().patches().landmarks().at("jugular_notch");
  const atlas::SkinAnchor anchor = atlas::anchorNear(skin().patches(), notch + glm::vec3(0.0f, 0.0f, 0.01234f));
  EXPECT_EQ(anchor.base, "jugular_notch");
  EXPECT_DOUBLE_EQ(anchor.offsetCm[0], 0.0);
  EXPECT_DOUBLE_EQ(anchor.offsetCm[2], 1.2);
}

TEST_F(ZoneEditorTest, AStrokeFromAToBPaintsHeatAtATheMidpointAndBAndNotFarAway) {
  startEditing(atlas::Side::Left);
  const glm::vec3 a = skinNear("rib2_front", 3.0f), b = skinNear("rib6_front", 3.0f);
  ASSERT_GT(glm::distance(a, b), 8.0f * kCm) << "the test's points are too close to tell a stroke from a dab";
  // Wider than the skin's vertices are apart (up to 2 cm on the chest), so that its ends hold one.
  state.zoneEdit.widthCm = 5.0f;
  drawStroke(a, b);
  ASSERT_EQ(state.zoneEdit.drawing.essential.size(), 1u);
  const atlas::DrawnShape& stroke = state.zoneEdit.drawing.essential.front();
  EXPECT_EQ(stroke.kind, atlas::ShapeKind::Stroke);
  EXPECT_DOUBLE_EQ(stroke.widthCm, 5.0);
  EXPECT_TRUE(state.zoneEdit.problems.empty()) << state.zoneEdit.problems.front().text;
  // A point every 2 cm or so of travel, the first at A and the last at B.
  EXPECT_GE(stroke.points.size(), std::size_t(glm::distance(a, b) / (2.5f * kCm)));
  EXPECT_LT(stroke.points.size(), std::size_t(glm::distance(a, b) / (1.5f * kCm)) + 2);

  const std::vector<glm::vec2> heat = shownHeat();
  ASSERT_EQ(heat.size(), skin().mesh().vertexCount());
  EXPECT_GT(heatAt(heat, a).x, 0.9f);
  EXPECT_GT(heatAt(heat, skin().surface().closestPoint((a + b) * 0.5f)).x, 0.9f);
  EXPECT_GT(heatAt(heat, b).x, 0.9f);
  EXPECT_EQ(heatAt(heat, skinNear("t7_spinous", -3.0f)).x, 0.0f) << "the back";
  EXPECT_EQ(heatAt(heat, skinNear("rib4_front", 3.0f, /*right=*/true)).x, 0.0f) << "the other side of the chest";
  EXPECT_EQ(heatAt(heat, a).y, 0.0f) << "nothing was drawn into the spillover zone";
}

TEST_F(ZoneEditorTest, TheHeatShowsTheDrawingAsItIsNowNotTheCardsAndAnAreaFillsItsOutline) {
  startEditing(atlas::Side::Left);
  const std::vector<glm::vec2> empty = shownHeat();
  EXPECT_TRUE(std::all_of(empty.begin(), empty.end(), [](const glm::vec2& h) { return h.x == 0.0f && h.y == 0.0f; }))
      << "with every shape taken away, nothing of the card shows";
  state.zoneEdit.zone = EditedZone::Spillover;
  drawArea({skinNear("rib2_front", 3.0f), skinNear("rib4_front", 3.0f) + glm::vec3(0.04f, 0.0f, 0.0f),
            skinNear("rib6_front", 3.0f), skinNear("sternal_angle", 2.0f) + glm::vec3(0.02f, -0.03f, 0.0f)});
  ASSERT_EQ(state.zoneEdit.drawing.spillover.size(), 1u);
  EXPECT_EQ(state.zoneEdit.drawing.spillover.front().kind, atlas::ShapeKind::Area);
  const std::vector<glm::vec2> heat = shownHeat();
  EXPECT_TRUE(state.zoneEdit.problems.empty()) << state.zoneEdit.problems.front().text;
  EXPECT_GT(heatAt(heat, skinNear("rib4_front", 3.0f)).y, 0.9f) << "inside the outline";
  EXPECT_EQ(heatAt(heat, skinNear("rib4_front", 3.0f)).x, 0.0f);
}

TEST_F(ZoneEditorTest, AnOutlineClickedAcrossASharpBendOfTheSkinGetsPointsOnTheSkinBetweenTheClicks) {
  startEditing(atlas::Side::Left);
  // The front of the upper abdomen turns to the side over a centimetre or two: the straight line
  // between these clicks, 7 cm apart, cuts through the body there.
  const auto at = [&](const std::string& base, double x, double y, double z) {
    return skin().surface().closestPoint(*atlas::anchorPosition(skin().patches(), {base, {x, y, z}}));
  };
  const glm::vec3 front = at("region:upper_abdomen", -1.2, 3.5, -0.3), side = at("region:lower_ribs", 2.5, -1.5, -2.8);
  const atlas::DrawnShape straight{atlas::ShapeKind::Stroke, {editor.anchorFor(state.zoneEdit, front), editor.anchorFor(state.zoneEdit, side)}, 1.0};
  ASSERT_FALSE(skin().paint(straight, false).problems.empty()) << "the body changed: the test needs two points across a bend";
  // Two clicks of an outline, then the line between them drawn as a band.
  state.zoneEdit.tool = ShapeTool::Area;
  editor.press(state.zoneEdit, front);
  editor.press(state.zoneEdit, side);
  ASSERT_TRUE(state.zoneEdit.inProgress);
  atlas::DrawnShape line = state.zoneEdit.inProgress->shape;
  EXPECT_GT(line.points.size(), 2u) << "points were added over the bend";
  line.kind = atlas::ShapeKind::Stroke;
  line.widthCm = 1.0;
  EXPECT_TRUE(skin().paint(line, false).problems.empty()) << skin().paint(line, false).problems.front();
  EXPECT_TRUE(skin().paint(line, true).problems.empty()) << "mirrored: " << skin().paint(line, true).problems.front();

  // Undo takes back the last click with the points put before it: the outline is its first click.
  editor.undo(state.zoneEdit);
  ASSERT_TRUE(state.zoneEdit.inProgress);
  EXPECT_EQ(state.zoneEdit.inProgress->shape.points.size(), 1u);
  editor.undo(state.zoneEdit);
  EXPECT_FALSE(state.zoneEdit.inProgress) << "undoing the first click drops the outline";
}

TEST_F(ZoneEditorTest, AMirroredEditOfARightTriggerPointStoresLeftSidePointsAndPaintsTheRight) {
  startEditing(atlas::Side::Right);
  const glm::vec3 a = skinNear("rib2_front", 3.0f, /*right=*/true), b = skinNear("rib6_front", 3.0f, /*right=*/true);
  ASSERT_LT(a.x, 0.0f) << "the person's right is x < 0";
  state.zoneEdit.widthCm = 5.0f;
  drawStroke(a, b);
  ASSERT_EQ(state.zoneEdit.drawing.essential.size(), 1u);
  for (const atlas::SkinAnchor& point : state.zoneEdit.drawing.essential.front().points) {
    const std::optional<glm::vec3> stored = atlas::anchorPosition(skin().patches(), point);
    ASSERT_TRUE(stored);
    EXPECT_GT(stored->x, 0.02f) << point.base << ": the card draws the left trigger point's pattern";
  }
  const atlas::SkinAnchor first = state.zoneEdit.drawing.essential.front().points.front();
  const glm::vec3 firstOnTheLeft = skin().surface().closestPoint(*atlas::anchorPosition(skin().patches(), first));
  EXPECT_LT(glm::distance(firstOnTheLeft, glm::vec3(-a.x, a.y, a.z)), 1.0f * kCm);

  const std::vector<glm::vec2> heat = shownHeat();
  EXPECT_GT(heatAt(heat, a).x, 0.9f) << "the right trigger point's pattern is where it was drawn";
  EXPECT_GT(heatAt(heat, b).x, 0.9f);
  EXPECT_EQ(heatAt(heat, glm::vec3(-a.x, a.y, a.z)).x, 0.0f) << "and not on the left";
}

TEST_F(ZoneEditorTest, UndoTakesBackShapesAndRemovalsAndAnOutlinesPointsAndRevertGoesBackToTheCard) {
  state.view.display.selection.assign(1, {"pectoralis_major", atlas::Side::Left});
  state.chosenTriggerPoint = kPoint;
  editor.edit(state.zoneEdit, *kb().findTriggerPoint(kPoint), atlas::Side::Left);
  const atlas::ZoneDrawing card = kb().findTriggerPoint(kPoint)->referral.drawing;
  EXPECT_FALSE(state.zoneEdit.unsaved());
  const std::size_t before = card.essential.size();

  drawStroke(skinNear("rib2_front", 3.0f), skinNear("rib6_front", 3.0f));
  EXPECT_EQ(state.zoneEdit.drawing.essential.size(), before + 1);
  EXPECT_TRUE(state.zoneEdit.unsaved());
  editor.removeShape(state.zoneEdit, EditedZone::Essential, 0);
  EXPECT_EQ(state.zoneEdit.drawing.essential.size(), before);
  editor.undo(state.zoneEdit);
  EXPECT_EQ(state.zoneEdit.drawing.essential.size(), before + 1) << "the removal is undone";
  editor.undo(state.zoneEdit);
  EXPECT_EQ(state.zoneEdit.drawing.essential.size(), before) << "the stroke is undone";
  EXPECT_FALSE(state.zoneEdit.unsaved());

  state.zoneEdit.tool = ShapeTool::Area;
  editor.press(state.zoneEdit, skinNear("rib2_front", 3.0f));
  editor.press(state.zoneEdit, skinNear("rib6_front", 3.0f));
  ASSERT_TRUE(state.zoneEdit.inProgress);
  EXPECT_EQ(state.zoneEdit.inProgress->shape.points.size(), 2u);
  EXPECT_EQ(shownDrawing(state.zoneEdit).essential.size(), before + 1) << "an open outline shows as a line";
  editor.undo(state.zoneEdit);
  EXPECT_EQ(state.zoneEdit.inProgress->shape.points.size(), 1u) << "undo takes the outline's last point";
  editor.closeArea(state.zoneEdit);
  EXPECT_EQ(state.zoneEdit.drawing.essential.size(), before) << "one point does not close into an area";

  editor.cancelShape(state.zoneEdit);
  state.zoneEdit.tool = ShapeTool::Stroke;
  drawStroke(skinNear("rib2_front", 3.0f), skinNear("rib6_front", 3.0f));
  editor.revert(state.zoneEdit);
  EXPECT_EQ(state.zoneEdit.drawing.essential.size(), before);
  EXPECT_FALSE(state.zoneEdit.unsaved()) << "back to the card's drawing";
}

class ZoneEditorSaveTest : public ZoneEditorTest {
 protected:
  void SetUp() override {
    ZoneEditorTest::SetUp();
    // One folder per test: ctest runs the tests of this fixture side by side, and a shared folder
    // was removed under the other test's save.
    folder_ = std::filesystem::path(myo::test::testOutputDir()) / "zone-editor-save" /
              ::testing::UnitTest::GetInstance()->current_test_info()->name();
    std::filesystem::remove_all(folder_);
    std::filesystem::create_directories(folder_);
    muscle_ = *kb().findMuscle("pectoralis_major");
    muscle_.file = folder_ / "pectoralis_major.json";
    std::filesystem::copy_file(myo::test::sourceAssetsDir() / "knowledge" / "muscles" / "pectoralis_major.json", muscle_.file);
  }
  void TearDown() override { std::filesystem::remove_all(folder_); }
  std::filesystem::path folder_;
  atlas::Muscle muscle_;
};

TEST_F(ZoneEditorSaveTest, ASaveWritesTheDrawingAndItsRegionListsIntoTheCardAndNothingElse) {
  startEditing(atlas::Side::Left);
  drawStroke(skinNear("rib2_front", 3.0f), skinNear("rib6_front", 3.0f));
  const std::string before = myo::test::readText(muscle_.file);
  const std::optional<atlas::Referral> saved = editor.save(state.zoneEdit, muscle_);
  ASSERT_TRUE(saved) << state.zoneEdit.message;
  EXPECT_FALSE(state.zoneEdit.messageIsError);
  EXPECT_FALSE(state.zoneEdit.unsaved());
  EXPECT_FALSE(saved->essential.empty());

  const nlohmann::json card = nlohmann::json::parse(myo::test::readText(muscle_.file));
  const nlohmann::json& referral = card.at("trigger_points").at(0).at("referral");
  ASSERT_EQ(card.at("trigger_points").at(0).at("id"), kPoint);
  ASSERT_EQ(referral.at("drawing").at("essential").size(), 1u);
  EXPECT_EQ(referral.at("drawing").at("spillover").size(), 0u);
  EXPECT_EQ(referral.at("essential").size(), saved->essential.size());
  EXPECT_EQ(referral.at("essential").at(0).at("region"), saved->essential.front().region);
  // The other trigger points' blocks are as they were.
  const nlohmann::json original = nlohmann::json::parse(before);
  for (std::size_t t = 1; t < original.at("trigger_points").size(); ++t)
    EXPECT_EQ(card.at("trigger_points").at(t), original.at("trigger_points").at(t));
}

TEST_F(ZoneEditorSaveTest, ADrawingThatCannotBeSavedLeavesTheFileAsItWasAndSaysWhy) {
  startEditing(atlas::Side::Left);
  const std::string before = myo::test::readText(muscle_.file);
  EXPECT_FALSE(editor.save(state.zoneEdit, muscle_)) << "no essential zone";
  EXPECT_TRUE(state.zoneEdit.messageIsError);
  EXPECT_NE(state.zoneEdit.message.find("essential"), std::string::npos) << state.zoneEdit.message;
  EXPECT_EQ(myo::test::readText(muscle_.file), before);

  drawStroke(skinNear("rib2_front", 3.0f), skinNear("rib6_front", 3.0f));
  muscle_.file = folder_ / "gone" / "pectoralis_major.json";
  EXPECT_FALSE(editor.save(state.zoneEdit, muscle_));
  EXPECT_TRUE(state.zoneEdit.messageIsError);
  EXPECT_NE(state.zoneEdit.message.find("gone"), std::string::npos) << state.zoneEdit.message;
  EXPECT_TRUE(state.zoneEdit.unsaved());
}

}  // namespace
