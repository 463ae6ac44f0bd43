// The captioned slide on its own, from a made-up picture: where the caption goes for the slide's
// shape, and that a caption far too long for it is shrunk, then cut short with "…", never drawn
// past the slide.
#include <gtest/gtest.h>

#include <string>

#include "myo/atlas/captioned_slide.hpp"

namespace {

using myo::atlas::SlideCaption;

myo::Image grey(int width, int height) {
  myo::Image image(width, height);
  for (std::size_t i = 0; i < image.pixels.size(); i += 4)
    image.pixels[i] = image.pixels[i + 1] = image.pixels[i + 2] = 128, image.pixels[i + 3] = 255;
  return image;
}

SlideCaption shortCaption() { return {"Head and neck pain", "3 / 8", "Upper trapezius", "Pain up the neck to the temple."}; }

SlideCaption endlessCaption() {
  std::string text;
  for (int i = 0; i < 120; ++i) text += "The pain climbs the side of the neck behind the ear to the temple. ";
  return {"A tour with a rather long title that goes on", "12 / 12", "A step title long enough to wrap over lines", text};
}

bool endsWithEllipsis(const std::string& line) { return line.size() >= 3 && line.substr(line.size() - 3) == "\u2026"; }

TEST(CaptionedSlide, AWideSlideHasTheCaptionInAColumnOnTheRight) {
  const auto layout = myo::atlas::slideLayout(1280, 720, {shortCaption()});
  EXPECT_EQ(layout.caption.width, 460);  // 36% of the width
  EXPECT_EQ(layout.caption.x, 1280 - 460);
  EXPECT_EQ(layout.caption.height, 720);
  EXPECT_EQ(layout.picture.width, 1280 - 460);
  EXPECT_EQ(layout.picture.height, 720);
}

TEST(CaptionedSlide, ASquareSlideHasABandAsTallAsTheCaptionNeedsBelow) {
  const auto layout = myo::atlas::slideLayout(800, 800, {shortCaption()});
  EXPECT_EQ(layout.caption.x, 0);
  EXPECT_EQ(layout.caption.width, 800);
  EXPECT_EQ(layout.picture.height + layout.caption.height, 800);
  EXPECT_EQ(layout.caption.y, layout.picture.height);
  EXPECT_GT(layout.caption.height, 100);
  EXPECT_LT(layout.caption.height, 300);
  // The longest caption of the deck decides, up to 45% of the slide.
  const auto tall = myo::atlas::slideLayout(800, 800, {shortCaption(), endlessCaption()});
  EXPECT_EQ(tall.caption.height, 360);
}

TEST(CaptionedSlide, AShortCaptionFitsAtFullSize) {
  const auto layout = myo::atlas::slideLayout(1280, 720, {shortCaption()});
  const auto fitted = myo::atlas::fitCaption(shortCaption(), layout);
  EXPECT_DOUBLE_EQ(fitted.scale, 1.0);
  EXPECT_FALSE(fitted.shortened);
  EXPECT_EQ(fitted.title.size(), 1u);
  EXPECT_GE(fitted.text.size(), 1u);
}

TEST(CaptionedSlide, AnEndlessCaptionShrinksToTheFloorThenEndsInAnEllipsisWithinTheSlide) {
  for (const auto& [width, height] : {std::pair{1280, 720}, std::pair{800, 800}, std::pair{320, 180}}) {
    SCOPED_TRACE(std::to_string(width) + "x" + std::to_string(height));
    const auto layout = myo::atlas::slideLayout(width, height, {endlessCaption()});
    const auto fitted = myo::atlas::fitCaption(endlessCaption(), layout);
    EXPECT_NEAR(fitted.scale, 0.6, 1e-6);
    EXPECT_TRUE(fitted.shortened);
    ASSERT_FALSE(fitted.text.empty());
    EXPECT_TRUE(endsWithEllipsis(fitted.text.back())) << fitted.text.back();
    EXPECT_LE(fitted.bottom, layout.caption.y + layout.caption.height);
  }
}

TEST(CaptionedSlide, ATitleWordTooWideForTheColumnIsSetSmallerNotCutShort) {
  myo::atlas::SlideCaption caption = shortCaption();
  caption.title = "Sternocleidomastoid";
  const auto layout = myo::atlas::slideLayout(1280, 720, {caption});
  const auto fitted = myo::atlas::fitCaption(caption, layout);
  ASSERT_EQ(fitted.title.size(), 1u);
  EXPECT_EQ(fitted.title.front(), "Sternocleidomastoid");
  EXPECT_FALSE(fitted.shortened);
}

TEST(CaptionedSlide, TheSlideIsThePictureAndADarkCaptionWithLightTextWhoseBottomStaysEmpty) {
  const auto layout = myo::atlas::slideLayout(1280, 720, {endlessCaption()});
  const auto slide = myo::atlas::composeSlide(grey(layout.picture.width, layout.picture.height), endlessCaption(), layout);
  ASSERT_TRUE(slide) << slide.error().message;
  ASSERT_EQ(slide->width, 1280);
  ASSERT_EQ(slide->height, 720);
  EXPECT_EQ(slide->at(10, 10)[0], 128);  // the picture, untouched
  std::size_t light = 0;
  std::size_t dark = 0;
  const auto& area = layout.caption;
  for (int y = area.y; y < area.y + area.height; ++y)
    for (int x = area.x + 4; x < area.x + area.width; ++x) {
      const std::uint8_t* p = slide->at(x, y);
      if (p[0] > 180 && p[1] > 180 && p[2] > 180) ++light;
      if (p[0] < 30 && p[1] < 30 && p[2] < 30) ++dark;
    }
  const double pixels = double(area.width - 4) * area.height;
  EXPECT_GT(double(dark) / pixels, 0.6);
  EXPECT_GT(double(light) / pixels, 0.01);
  // Below where the fitted text ends, only background.
  const auto fitted = myo::atlas::fitCaption(endlessCaption(), layout);
  for (int y = int(fitted.bottom) + 3; y < area.y + area.height; ++y)
    for (int x = area.x + 4; x < area.x + area.width; ++x) ASSERT_LT(slide->at(x, y)[0], 30) << x << "," << y;
  EXPECT_LT(fitted.bottom, area.y + area.height - 3);
}

}  // namespace
