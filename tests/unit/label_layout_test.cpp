// The label layout (label_layout.hpp) on made-up pictures: boxes beside the body, never on each
// other, in the order of their anchors, leaders ending on the anchors given.
#include <gtest/gtest.h>

#include <string>

#include "myo/atlas/label_layout.hpp"

namespace {

using namespace myo::atlas;

// 7 px a character, 12 px high: a monospaced stand-in for the font.
LabelSize monospaced(std::string_view text) { return {7.0f * float(text.size()), 12.0f}; }

LabelLayoutInput pictureWithBody() {
  LabelLayoutInput input;
  input.viewport = {0, 0, 800, 600};
  input.body = {330, 20, 140, 560};
  input.measure = monospaced;
  return input;
}

// Whether segments ab and cd cross (touching ends do not count).
bool segmentsCross(glm::vec2 a, glm::vec2 b, glm::vec2 c, glm::vec2 d) {
  auto turn = [](glm::vec2 p, glm::vec2 q, glm::vec2 r) { return (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x); };
  const float d1 = turn(c, d, a), d2 = turn(c, d, b), d3 = turn(a, b, c), d4 = turn(a, b, d);
  return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0));
}

TEST(LabelLayout, BoxesStandBesideTheBodyAndLeadersEndOnTheirAnchors) {
  LabelLayoutInput input = pictureWithBody();
  input.labels = {{"Trapezius", {{360, 100}}}, {"Deltoid", {{450, 140}}}, {"Gluteus maximus", {{380, 320}}}};
  const std::vector<PlacedLabel> placed = layoutLabels(input);
  ASSERT_EQ(placed.size(), 3u);
  for (const PlacedLabel& label : placed) {
    SCOPED_TRACE(label.text);
    EXPECT_FALSE(label.box.overlaps(input.body)) << "box at x " << label.box.x;
    EXPECT_GE(label.box.x, input.viewport.x);
    EXPECT_LE(label.box.right(), input.viewport.right());
    EXPECT_EQ(label.anchor, input.labels[label.request].anchors.front());
    EXPECT_EQ(label.text, input.labels[label.request].text);
    EXPECT_GE(label.box.width, monospaced(label.text).width);
    // The leader leaves from the side of the box that faces the body.
    EXPECT_FLOAT_EQ(label.lineStart.x, label.leftOfBody ? label.box.right() : label.box.x);
  }
  // Each goes to the side its anchor is nearer.
  EXPECT_TRUE(placed[0].leftOfBody);
  EXPECT_FALSE(placed[1].leftOfBody);
  EXPECT_TRUE(placed[2].leftOfBody);
}

TEST(LabelLayout, AnchorsCrowdedAtOneHeightGiveBoxesThatDoNotOverlap) {
  LabelLayoutInput input = pictureWithBody();
  for (int i = 0; i < 12; ++i)
    input.labels.push_back({"muscle number " + std::to_string(i), {{340.0f + float(i % 3), 200.0f + float(i)}}});
  const std::vector<PlacedLabel> placed = layoutLabels(input);
  ASSERT_EQ(placed.size(), input.labels.size());
  for (std::size_t i = 0; i < placed.size(); ++i)
    for (std::size_t j = i + 1; j < placed.size(); ++j)
      EXPECT_FALSE(placed[i].box.overlaps(placed[j].box)) << placed[i].text << " and " << placed[j].text;
}

void expectNoLeadersCross(const std::vector<PlacedLabel>& placed) {
  for (std::size_t i = 0; i < placed.size(); ++i)
    for (std::size_t j = i + 1; j < placed.size(); ++j)
      EXPECT_FALSE(segmentsCross(placed[i].lineStart, placed[i].anchor, placed[j].lineStart, placed[j].anchor))
          << placed[i].text << " and " << placed[j].text;
}

TEST(LabelLayout, BoxesOfAColumnKeepTheOrderOfTheirAnchorsHeights) {
  LabelLayoutInput input = pictureWithBody();
  // Anchors at one depth on the left half, given out of order of height, all wanting the same rows.
  input.labels = {{"c", {{345, 305}}}, {"a", {{345, 300}}}, {"e", {{345, 312}}}, {"b", {{345, 302}}},
                  {"d", {{345, 309}}}};
  const std::vector<PlacedLabel> placed = layoutLabels(input);
  ASSERT_EQ(placed.size(), 5u);
  for (const PlacedLabel& label : placed) EXPECT_TRUE(label.leftOfBody) << label.text;
  for (std::size_t i = 0; i < placed.size(); ++i)
    for (std::size_t j = 0; j < placed.size(); ++j)
      if (placed[i].anchor.y < placed[j].anchor.y) {
        EXPECT_LT(placed[i].box.y, placed[j].box.y) << placed[i].text << " above " << placed[j].text;
      }
  expectNoLeadersCross(placed);
}

TEST(LabelLayout, LeadersToAnchorsAtDifferentDepthsDoNotCross) {
  LabelLayoutInput input = pictureWithBody();
  // Near one height, some anchors deep into the body's box, some near its edge: sorted by height
  // alone, the deep ones' leaders would cross the shallow ones'.
  input.labels = {{"c", {{350, 305}}}, {"a", {{345, 300}}}, {"e", {{355, 312}}}, {"b", {{392, 302}}},
                  {"d", {{348, 309}}}, {"f", {{380, 298}}}};
  const std::vector<PlacedLabel> placed = layoutLabels(input);
  ASSERT_EQ(placed.size(), 6u);
  expectNoLeadersCross(placed);
}

TEST(LabelLayout, AColumnTallerThanThePictureSpillsToTheOtherSideAndOutward) {
  LabelLayoutInput input = pictureWithBody();
  input.viewport = {0, 0, 800, 200};
  input.body = {330, 10, 140, 180};
  for (int i = 0; i < 30; ++i) input.labels.push_back({"m" + std::to_string(i), {{335.0f, 100.0f}}});
  const std::vector<PlacedLabel> placed = layoutLabels(input);
  ASSERT_EQ(placed.size(), 30u);
  int left = 0;
  for (const PlacedLabel& label : placed) {
    left += label.leftOfBody ? 1 : 0;
    EXPECT_FALSE(label.box.overlaps(input.body)) << label.text;
    EXPECT_GE(label.box.y, input.viewport.y) << label.text;
    EXPECT_LE(label.box.bottom(), input.viewport.bottom()) << label.text;
  }
  EXPECT_GT(left, 0);
  EXPECT_LT(left, 30);
  for (std::size_t i = 0; i < placed.size(); ++i)
    for (std::size_t j = i + 1; j < placed.size(); ++j)
      EXPECT_FALSE(placed[i].box.overlaps(placed[j].box)) << placed[i].text << " and " << placed[j].text;
}

TEST(LabelLayout, WithSeveralAnchorsTheLeaderGoesToTheOneNearestItsSide) {
  LabelLayoutInput input = pictureWithBody();
  // A muscle on both sides: its left part near the left edge, its right part far from the right edge.
  input.labels = {{"Rhomboid major", {{440, 200}, {345, 210}}}};
  const std::vector<PlacedLabel> placed = layoutLabels(input);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_TRUE(placed[0].leftOfBody);
  EXPECT_EQ(placed[0].anchor, glm::vec2(345, 210));
}

TEST(LabelLayout, ALabelWithoutAnAnchorIsLeftOut) {
  LabelLayoutInput input = pictureWithBody();
  input.labels = {{"hidden", {}}, {"seen", {{400, 300}}}};
  const std::vector<PlacedLabel> placed = layoutLabels(input);
  ASSERT_EQ(placed.size(), 1u);
  EXPECT_EQ(placed[0].text, "seen");
  EXPECT_EQ(placed[0].request, 1u);
}

}  // namespace
