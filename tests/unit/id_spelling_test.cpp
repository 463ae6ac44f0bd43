// How ids are written in text: a side, a trigger point "<muscle>/tpN" (or a muscle for all of its
// points), and the "did you mean" tail that offers the nearest ids.
#include <gtest/gtest.h>

#include "myo/atlas/did_you_mean.hpp"
#include "myo/atlas/side.hpp"
#include "myo/atlas/trigger_point_ref.hpp"

namespace {

using namespace myo::atlas;

TEST(SideTest, IsSpelledLeftOrRight) {
  for (Side side : kBothSides) EXPECT_EQ(parseSide(toString(side)), side);
  EXPECT_EQ(toString(Side::Left), "left");
  EXPECT_FALSE(parseSide("both"));
  EXPECT_FALSE(parseSide("midline"));
  EXPECT_FALSE(parseSide(""));
  EXPECT_EQ(opposite(Side::Left), Side::Right);
}

TEST(SideTest, AFilterShowsOneSideOrBoth) {
  EXPECT_EQ(sidesShown(SideFilter::Both), (std::vector<Side>{Side::Left, Side::Right}));
  EXPECT_EQ(sidesShown(showing(Side::Right)), (std::vector<Side>{Side::Right}));
  EXPECT_EQ(showing(std::nullopt), SideFilter::Both);
  EXPECT_TRUE(shows(SideFilter::Both, Side::Left));
  EXPECT_FALSE(shows(SideFilter::Right, Side::Left));
}

TEST(TriggerPointRefTest, ReadsOnePointOrAllOfAMuscle) {
  EXPECT_EQ(parseTriggerPointRef("trapezius/tp2"), (TriggerPointRef{"trapezius", 2}));
  EXPECT_EQ(parseTriggerPointRef("trapezius"), (TriggerPointRef{"trapezius", std::nullopt}));
  EXPECT_TRUE(parseTriggerPointRef("trapezius")->allOfMuscle());
}

TEST(TriggerPointRefTest, RefusesWhatIsNotTpN) {
  for (const char* text : {"trapezius/", "trapezius/tp", "trapezius/tp0", "trapezius/tp-1", "trapezius/upper",
                           "trapezius/tp1x", "trapezius/tp1/tp2"})
    EXPECT_FALSE(parseTriggerPointRef(text)) << text;
}

TEST(TriggerPointRefTest, WritesWhatItReads) {
  for (const char* text : {"levator_scapulae/tp1", "gluteus_minimus/tp12", "infraspinatus"})
    EXPECT_EQ(toString(*parseTriggerPointRef(text)), text);
}

TEST(TriggerPointRefTest, NamesTheMuscleOfTextThatDoesNotParse) {
  EXPECT_EQ(muscleIdIn("trapezius/upper"), "trapezius");
  EXPECT_EQ(muscleIdIn("trapezius"), "trapezius");
}

TEST(DidYouMeanTest, OffersTheNearestIdsOrNothing) {
  EXPECT_EQ(didYouMean({}), "");
  EXPECT_EQ(didYouMean({"trapezius"}), "; did you mean: trapezius");
  EXPECT_EQ(didYouMean({"left_temple", "right_temple"}), "; did you mean: left_temple, right_temple");
}

}  // namespace
