// The file names `render --tour` gives its slides: numbered in step order, then the title.
#include <gtest/gtest.h>

#include "render_tour.hpp"

namespace {

using myo::cli::slideFileName;
using myo::cli::slideSlug;

TEST(SlideNames, TitlesBecomeLowerCaseWordsJoinedByDashes) {
  EXPECT_EQ(slideSlug("Temple headache: upper trapezius"), "temple-headache-upper-trapezius");
  EXPECT_EQ(slideSlug("  L4/L5 -- Quadratus   lumborum!  "), "l4-l5-quadratus-lumborum");
  EXPECT_EQ(slideSlug("Épaule"), "paule");
  EXPECT_EQ(slideSlug("???"), "step");
  EXPECT_EQ(slideSlug(""), "step");
  EXPECT_LE(slideSlug(std::string(200, 'a')).size(), 48u);
  EXPECT_EQ(slideSlug("a b c d e f g h i j k l m n o p q r s t u v w x y z a b c"),
            "a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t-u-v-w-x-y");
}

TEST(SlideNames, NumbersAreZeroPaddedSoTheySortInStepOrder) {
  EXPECT_EQ(slideFileName(0, 7, "The temple"), "01-the-temple.png");
  EXPECT_EQ(slideFileName(9, 12, "Ten"), "10-ten.png");
  EXPECT_EQ(slideFileName(4, 120, "Five"), "005-five.png");
}

}  // namespace
