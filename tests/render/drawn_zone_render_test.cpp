// Referral patterns the Trigger Point Manual draws as one area render as one area: the essential
// zone of each is one connected patch of pixels that reaches the places the Manual names, not a
// chain of islands. Rendered in the viridis map, where the essential zone (yellow) is told apart
// from the spillover stipple (green) and the skin (beige) by colour alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include <glm/ext/matrix_projection.hpp>
#include <glm/trigonometric.hpp>

#include "atlas_render_fixture.hpp"
#include "myo/atlas/picture_frame.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/snapshot.hpp"

namespace {

using namespace myo;
using namespace myo::atlas;

constexpr int kWidth = 480;
constexpr int kHeight = 640;

// Yellow: the top of viridis, shaded or not. The skin's beige has blue nearly as strong as green;
// the spillover's greens have green well above red.
bool isEssential(const Image& image, int x, int y) {
  const std::uint8_t* p = image.at(x, y);
  const int r = p[0], g = p[1], b = p[2];
  return r > 60 && b * 2 < g && r * 10 > g * 8;
}

// The connected patches of essential pixels (8-neighbours), largest first, as pixel lists.
std::vector<std::vector<glm::ivec2>> essentialPatches(const Image& image) {
  std::vector<int> label(std::size_t(image.width) * image.height, -1);
  std::vector<std::vector<glm::ivec2>> patches;
  for (int y = 0; y < image.height; ++y)
    for (int x = 0; x < image.width; ++x) {
      if (label[std::size_t(y) * image.width + x] >= 0 || !isEssential(image, x, y)) continue;
      std::vector<glm::ivec2> patch;
      std::vector<glm::ivec2> stack{{x, y}};
      label[std::size_t(y) * image.width + x] = int(patches.size());
      while (!stack.empty()) {
        const glm::ivec2 p = stack.back();
        stack.pop_back();
        patch.push_back(p);
        for (int dy = -1; dy <= 1; ++dy)
          for (int dx = -1; dx <= 1; ++dx) {
            const glm::ivec2 q = p + glm::ivec2(dx, dy);
            if (q.x < 0 || q.y < 0 || q.x >= image.width || q.y >= image.height) continue;
            int& l = label[std::size_t(q.y) * image.width + q.x];
            if (l >= 0 || !isEssential(image, q.x, q.y)) continue;
            l = int(patches.size());
            stack.push_back(q);
          }
      }
      patches.push_back(std::move(patch));
    }
  std::sort(patches.begin(), patches.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
  return patches;
}

class DrawnZoneRender : public test::BuiltInAtlasRender {
 protected:
  struct Picture {
    Image image{kWidth, kHeight};
    OrbitCamera camera;
  };

  // The left trigger point's pattern alone on the skin, framed on what it paints, from the view
  // turned by `yawDegrees` round the body.
  Picture render(const std::string& spec, ViewPreset view, float yawDegrees = 0.0f) const {
    AtlasView atlasView;
    atlasView.display.side = SideFilter::Both;
    atlasView.display.layers[0].visible = true;
    auto points = resolveTriggerPoints(*kb, spec, SideFilter::Left);
    EXPECT_TRUE(points) << (points ? "" : points.error().message);
    if (points) atlasView.patterns = *points;
    Picture picture;
    picture.camera.setView(view);
    picture.camera.orbit(glm::radians(yawDegrees), 0.0f);
    picture.camera.frame(paintedFrame(*atlas, atlasView), float(kWidth) / float(kHeight));
    SnapshotRequest request{.view = view, .width = kWidth, .height = kHeight};
    request.settings.colormap = Colormap::Viridis;
    request.camera = picture.camera;
    auto image = renderSnapshot(atlas->scene, request, sceneLook(*atlas, kb, atlasView));
    EXPECT_TRUE(image) << (image ? "" : image.error().message);
    if (image) picture.image = std::move(*image);
    return picture;
  }

  // Where the skin nearest a landmark or region centre ("region:temple") lands in the picture.
  glm::ivec2 project(const Picture& picture, const std::string& place, glm::vec3 offsetCm = glm::vec3(0.0f)) const {
    const std::optional<glm::vec3> base = atlas->skin->patches().basePoint(place);
    EXPECT_TRUE(base) << place;
    const glm::vec3 onSkin = atlas->skin->surface().closestPoint(base.value_or(glm::vec3(0.0f)) + offsetCm / 100.0f);
    const glm::vec3 s = glm::project(onSkin, picture.camera.view(),
                                     picture.camera.projection(float(kWidth) / float(kHeight)),
                                     glm::vec4(0, 0, kWidth, kHeight));
    return {int(s.x), kHeight - 1 - int(s.y)};
  }

  // One patch holds nearly all of the essential zone (the rest: a few pixels at silhouette edges),
  // and it passes within a few pixels of each named place.
  // With `spanFrom`, the patch also spans, top to bottom, most of the height between that place and
  // the last of `places` (for a band whose end is hidden behind the hand).
  void expectOneArea(const std::string& spec, ViewPreset view, const std::vector<std::string>& places,
                     const std::string& spanFrom = "", float yawDegrees = 0.0f) const {
    const Picture picture = render(spec, view, yawDegrees);
    const std::vector<std::vector<glm::ivec2>> patches = essentialPatches(picture.image);
    ASSERT_FALSE(patches.empty()) << spec << ": no essential zone in the picture";
    std::size_t total = 0;
    for (const auto& patch : patches) total += patch.size();
    const std::vector<glm::ivec2>& largest = patches.front();
    EXPECT_GE(largest.size(), 500u) << spec << ": the essential zone is too small to see";
    EXPECT_GE(double(largest.size()), 0.97 * double(total))
        << spec << ": the essential zone falls apart: " << patches.size() << " patches, the largest "
        << largest.size() << " of " << total << " pixels, the second " << (patches.size() > 1 ? patches[1].size() : 0);
    for (const std::string& place : places) {
      const glm::ivec2 at = project(picture, place);
      const bool reached = std::any_of(largest.begin(), largest.end(), [&](const glm::ivec2& p) {
        return std::abs(p.x - at.x) <= 8 && std::abs(p.y - at.y) <= 8;
      });
      EXPECT_TRUE(reached) << spec << ": the essential zone does not reach " << place << " (pixel " << at.x << ","
                           << at.y << ")";
    }
    if (!spanFrom.empty()) {
      const int from = project(picture, spanFrom).y, to = project(picture, places.back()).y;
      const auto [top, bottom] = std::minmax_element(largest.begin(), largest.end(),
                                                     [](const glm::ivec2& a, const glm::ivec2& b) { return a.y < b.y; });
      EXPECT_GE(bottom->y - top->y, int(0.8 * std::abs(to - from)))
          << spec << ": the band spans rows " << top->y << " to " << bottom->y << ", not " << from << " to " << to;
    }
    if (HasFailure()) (void)writePng(picture.image, ::testing::TempDir() + "drawn_zone_failure.png");
  }
};

TEST_F(DrawnZoneRender, UpperTrapeziusIsOneBandFromTheNeckToTheTemple) {
  expectOneArea("trapezius/tp1", ViewPreset::Left, {"region:temple", "region:lateral_neck", "mastoid"});
}

TEST_F(DrawnZoneRender, VastusLateralisIsOneBandDownTheOuterThigh) {
  // The hip and the knee: the middle of the outer thigh, and the skin nearest the greater
  // trochanter, are behind the hand from straight beside the body; turned 15 degrees round it, as
  // the thigh slimmed (2026-12-08) left the hanging hand across the band and cut a piece off it.
  expectOneArea("vastus_lateralis/tp4", ViewPreset::Left, {"region:knee_lateral"}, "greater_trochanter", 15.0f);
}

TEST_F(DrawnZoneRender, GluteusMinimusIsOneBandFromTheButtockDownTheOuterLeg) {
  // From a little behind the left side: from straight beside it the hanging wrist hides the
  // greater trochanter, as it would on a person standing with the arms at the sides.
  expectOneArea("gluteus_minimus/tp1", ViewPreset::Left, {"greater_trochanter", "region:knee_lateral", "region:lateral_leg"},
                "", 20.0f);
}

TEST_F(DrawnZoneRender, InfraspinatusIsOneAreaAtTheFrontOfTheShoulder) {
  expectOneArea("infraspinatus/tp1", ViewPreset::Anterior, {"region:anterior_shoulder"});
}

}  // namespace
