// Referral patterns drawn like the charts of the Trigger Point Manual: the spillover zone as a
// stipple of even dots, even at any zoom, and the trigger point of the pattern marked with an X.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>

#include <glm/ext/matrix_projection.hpp>

#include "golden.hpp"
#include "atlas_render_fixture.hpp"
#include "myo/atlas/pain_drawing.hpp"
#include "myo/atlas/trigger_point_placement.hpp"
#include "myo/engine/offscreen_target.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/snapshot.hpp"

namespace {

using namespace myo;
using namespace myo::atlas;

constexpr int kWidth = 480;
constexpr int kHeight = 640;

// A stipple dot of the clinical map on the skin: clearly red.
bool isDot(const Image& image, int x, int y) {
  const std::uint8_t* p = image.at(x, y);
  return p[0] > p[1] + 60 && p[0] > p[2] + 60;
}

// Centres of the runs of dot pixels along one row (or column), in pixels.
std::vector<double> dotCentres(const Image& image, int line, bool alongRow) {
  std::vector<double> centres;
  const int length = alongRow ? image.width : image.height;
  int runStart = -1;
  for (int i = 0; i <= length; ++i) {
    const bool dot = i < length && (alongRow ? isDot(image, i, line) : isDot(image, line, i));
    if (dot && runStart < 0) runStart = i;
    if (!dot && runStart >= 0) {
      if (i - runStart >= 2) centres.push_back(0.5 * (runStart + i - 1));
      runStart = -1;
    }
  }
  return centres;
}

struct Spacing {
  double median = 0.0;
  std::size_t measured = 0;   // gaps between neighbouring dots
  std::size_t irregular = 0;  // of those, more than a pixel from the median
  std::string detail;
};

// The spacing of the dots along the rows (or columns) through the middle half of the picture
// that cross the most dots. Gaps wider than 1.6 times the median are where the skin ends (or a
// row misses a dot): not neighbours.
Spacing measureSpacing(const Image& image, bool alongRows) {
  const int lines = alongRows ? image.height : image.width;
  std::vector<double> gaps;
  std::vector<std::pair<std::size_t, int>> busiest;
  for (int line = lines / 4; line < 3 * lines / 4; ++line) busiest.push_back({dotCentres(image, line, alongRows).size(), line});
  std::sort(busiest.rbegin(), busiest.rend());
  Spacing spacing;
  for (std::size_t i = 0; i < std::min<std::size_t>(busiest.size(), 6); ++i) {
    const std::vector<double> centres = dotCentres(image, busiest[i].second, alongRows);
    for (std::size_t c = 1; c < centres.size(); ++c) gaps.push_back(centres[c] - centres[c - 1]);
    spacing.detail += " line " + std::to_string(busiest[i].second) + ": " + std::to_string(centres.size()) + " dots;";
  }
  if (gaps.empty()) return spacing;
  std::vector<double> sorted = gaps;
  std::sort(sorted.begin(), sorted.end());
  spacing.median = sorted[sorted.size() / 2];
  for (double gap : gaps) {
    if (gap > 1.6 * spacing.median) continue;
    ++spacing.measured;
    if (std::abs(gap - spacing.median) > 1.0) {
      ++spacing.irregular;
      spacing.detail += " gap " + std::to_string(gap);
    }
  }
  return spacing;
}

class ChartRender : public test::BuiltInAtlasRender {
 protected:
  OrbitCamera frontCamera(float zoom) const {
    OrbitCamera camera;
    camera.setView(ViewPreset::Anterior);
    camera.frame(atlas->scene.bounds(), float(kWidth) / float(kHeight));
    camera.distance /= zoom;
    return camera;
  }

  Image render(const OrbitCamera& camera, const SceneLook& look, const std::string& name) const {
    SnapshotRequest request{.width = kWidth, .height = kHeight, .camera = camera};
    auto image = renderSnapshot(atlas->scene, request, look);
    EXPECT_TRUE(image) << (image ? "" : image.error().message);
    if (!image) return Image(kWidth, kHeight);
    const std::filesystem::path folder = std::filesystem::path(MYO_TEST_OUTPUT_DIR) / "chart";
    std::filesystem::create_directories(folder);
    EXPECT_TRUE(writePng(*image, folder / (name + ".png")));
    return std::move(*image);
  }

  // The skin shown, carrying a spillover zone everywhere and no essential zone.
  SceneLook spilloverEverywhere() const {
    AtlasView view;
    view.display.layers[0].visible = true;
    SceneLook look = sceneLook(*atlas, kb, view);
    look.heat.assign(atlas->skin->mesh().vertexCount(), glm::vec2(0.0f, 1.0f));
    return look;
  }

};

TEST_F(ChartRender, SpilloverDotsAreEvenlySpacedOnTheScreenAtAnyZoom) {
  const float stipple = FrameSettings{}.stipplePixels;
  const Image whole = render(frontCamera(1.0f), spilloverEverywhere(), "spillover_whole_body");
  const Image near = render(frontCamera(2.5f), spilloverEverywhere(), "spillover_zoomed");
  for (bool rows : {true, false}) {
    const Spacing far = measureSpacing(whole, rows);
    const Spacing close = measureSpacing(near, rows);
    const char* along = rows ? "along rows" : "along columns";
    ASSERT_GE(far.measured, 10u) << along << ", whole body:" << far.detail;
    ASSERT_GE(close.measured, 10u) << along << ", zoomed:" << close.detail;
    EXPECT_NEAR(far.median, close.median, 1.0) << along << ": the dots spread as the camera comes closer";
    EXPECT_NEAR(close.median, stipple, 1.0) << along;
    // Regular: nearly every gap within a pixel of the usual one (a row may graze a dot's rim).
    EXPECT_LE(far.irregular, far.measured / 10) << along << ", whole body:" << far.detail;
    EXPECT_LE(close.irregular, close.measured / 10) << along << ", zoomed:" << close.detail;
  }
}

// The trigger point of the pattern shown is an X, as the Manual draws it: ink along the diagonals
// around it, and the picture untouched along the axes, where a dot would have painted.
TEST_F(ChartRender, ThePatternsTriggerPointIsMarkedWithAnX) {
  AtlasView view;
  auto points = resolveTriggerPoints(*kb, "infraspinatus/tp1", SideFilter::Left);
  ASSERT_TRUE(points) << points.error().message;
  view.patterns = *points;
  view.markers = true;
  view.crossScale = 2.0f;  // the skin stays hidden: the X sits on the muscle, in plain view
  const Muscle* infraspinatus = kb->findMuscle("infraspinatus");
  ASSERT_NE(infraspinatus, nullptr);
  const auto placed = placeTriggerPoint(atlas->scene, atlas->index, *infraspinatus, *view.patterns.front().point, Side::Left,
                                        &atlas->skin->surface());
  ASSERT_TRUE(placed);
  OrbitCamera camera;
  camera.setView(ViewPreset::Posterior);
  camera.frame(atlas->scene.bounds(), float(kWidth) / float(kHeight));
  const Image marked = render(camera, sceneLook(*atlas, kb, view), "cross_infraspinatus_tp1");
  view.markers = false;
  const Image bare = render(camera, sceneLook(*atlas, kb, view), "cross_infraspinatus_tp1_bare");
  const glm::vec3 s = glm::project(placed->position, camera.view(), camera.projection(float(kWidth) / float(kHeight)),
                                   glm::vec4(0, 0, kWidth, kHeight));
  const glm::vec2 projected(s.x, float(kHeight - 1) - s.y);
  // The marker quad spans markerSizePixels across (the shader offsets its corners by half of it).
  const float radius = 0.5f * FrameSettings{}.markerSizePixels * view.crossScale;
  // The X's own centre: the middle of what it changed round the projected point. It must be where
  // the trigger point is; the probes below go from it, since a pixel off toward an arm puts a
  // probe between the arms into the arm's halo (the V between two arms is a few pixels wide).
  glm::vec2 low(1e9f), high(-1e9f);
  for (int y = int(projected.y - 2 * radius); y <= int(projected.y + 2 * radius); ++y)
    for (int x = int(projected.x - 2 * radius); x <= int(projected.x + 2 * radius); ++x) {
      const std::uint8_t* a = marked.at(x, y);
      const std::uint8_t* b = bare.at(x, y);
      if (std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]) < 30) continue;
      low = glm::min(low, glm::vec2(float(x), float(y)));
      high = glm::max(high, glm::vec2(float(x), float(y)));
    }
  ASSERT_LE(low.x, high.x) << "no X near the trigger point's place on the picture";
  const glm::vec2 drawn = 0.5f * (low + high);
  EXPECT_LT(glm::distance(drawn, projected), 2.5f) << "the X is not where the trigger point is";
  const glm::ivec2 centre(glm::round(drawn));
  // Darker than the muscle there (the X may be dimmed where the muscle's own surface hides it).
  // The arms are a pixel or two wide and the centre is rounded to a pixel, so a pixel beside the
  // spot on the diagonal counts.
  const auto ink = [&](glm::vec2 offset) {
    const glm::ivec2 spot = centre + glm::ivec2(offset * radius);
    for (int dy = -1; dy <= 1; ++dy)
      for (int dx = -1; dx <= 1; ++dx) {
        const std::uint8_t* a = marked.at(spot.x + dx, spot.y + dy);
        const std::uint8_t* b = bare.at(spot.x + dx, spot.y + dy);
        if ((b[0] + b[1] + b[2]) - (a[0] + a[1] + a[2]) > 60) return true;
      }
    return false;
  };
  const auto untouched = [&](glm::vec2 offset) {
    const glm::ivec2 at = centre + glm::ivec2(glm::round(offset * radius));
    const std::uint8_t* a = marked.at(at.x, at.y);
    const std::uint8_t* b = bare.at(at.x, at.y);
    return std::abs(a[0] - b[0]) + std::abs(a[1] - b[1]) + std::abs(a[2] - b[2]) < 30;
  };
  // All four arms. The first point, just below the spine of the scapula, lies in the open on the
  // muscle; the one by the scapula's medial border (tp3) has been half hidden since the muscles were
  // packed at their true thickness (2026-12-08): its arms are drawn dimmed through the tendon over
  // it, and their halo reaches between them.
  int inked = 0;
  std::string bare_arms;
  for (glm::vec2 arm : {glm::vec2(1, 1), glm::vec2(-1, 1), glm::vec2(1, -1), glm::vec2(-1, -1)}) {
    if (ink(arm * 0.35f))
      ++inked;
    else
      bare_arms += " toward " + std::to_string(int(arm.x)) + "," + std::to_string(int(arm.y));
  }
  EXPECT_EQ(inked, 4) << "no ink on the arms" << bare_arms << " of the X at " << centre.x << "," << centre.y;
  for (glm::vec2 axis : {glm::vec2(1, 0), glm::vec2(-1, 0), glm::vec2(0, 1), glm::vec2(0, -1)})
    EXPECT_TRUE(untouched(axis * 0.65f)) << "painted between the arms, toward " << axis.x << "," << axis.y;
}

// The window keeps one GPU copy of the body and restyles it: a pattern and a pain drawing taken
// away must leave the skin as a fresh copy shows it, not with their heat still drawn.
TEST_F(ChartRender, TakingThePatternAndTheDrawingAwayLeavesNoHeatOnTheSkin) {
  auto renderer = FrameRenderer::create();
  ASSERT_TRUE(renderer) << renderer.error().message;
  auto target = OffscreenTarget::create(kWidth, kHeight);
  ASSERT_TRUE(target) << target.error().message;
  OrbitCamera camera;
  camera.setView(ViewPreset::Left);
  camera.frame(atlas->scene.bounds(), float(kWidth) / float(kHeight));
  const auto draw = [&](GpuScene& gpu, const AtlasView& view) {
    std::vector<FrameItem> items = gpu.items();
    const SceneLook look = sceneLook(*atlas, kb, view);
    gpu.applyLook(look, items);
    renderer->draw(*target, camera, items, look.markers, FrameSettings{});
    return target->read();
  };
  AtlasView bare;
  bare.display.layers[0].visible = true;
  AtlasView painted = bare;
  auto points = resolveTriggerPoints(*kb, "trapezius/tp1", SideFilter::Left);
  ASSERT_TRUE(points) << points.error().message;
  painted.patterns = *points;
  PainDrawing drawing;
  drawing.regions = {"left_lateral_hip"};
  painted.pain = rasterisePain(*atlas->skin, drawing);

  GpuScene gpu = GpuScene::upload(atlas->scene);
  const Image withHeat = draw(gpu, painted);
  const Image cleared = draw(gpu, bare);
  GpuScene fresh = GpuScene::upload(atlas->scene);
  const Image expected = draw(fresh, bare);
  using myo::test::differingPixels;
  ASSERT_GT(differingPixels(withHeat, expected), 500u) << "the pattern and the drawing did not show in the first place";
  EXPECT_EQ(differingPixels(cleared, expected), 0u) << "heat stayed on the skin after the pattern and the drawing went";
  const std::filesystem::path folder = std::filesystem::path(MYO_TEST_OUTPUT_DIR) / "chart";
  std::filesystem::create_directories(folder);
  EXPECT_TRUE(writePng(cleared, folder / "cleared.png"));
  EXPECT_TRUE(writePng(withHeat, folder / "with_heat.png"));
}

// For a client: the muscle shown through a window in an opaque skin. Where the muscle lies under
// the skin the picture is the muscle's, as with the skin taken off; away from it, the skin's.
TEST_F(ChartRender, AWindowInTheSkinShowsTheMuscleUnderIt) {
  OrbitCamera camera = frontCamera(1.0f);
  AtlasView skin;
  skin.display.layers[0].visible = true;
  AtlasView windowed = skin;
  windowed.throughSkin.push_back({"pectoralis_major", Side::Left});
  AtlasView noSkin;
  const Image withWindow = render(camera, sceneLook(*atlas, kb, windowed), "window_pectoralis_major_left");
  const Image closed = render(camera, sceneLook(*atlas, kb, skin), "window_closed");
  const Image open = render(camera, sceneLook(*atlas, kb, noSkin), "window_no_skin");
  const auto same = [](const Image& a, const Image& b, glm::ivec2 at) {
    const std::uint8_t* p = a.at(at.x, at.y);
    const std::uint8_t* q = b.at(at.x, at.y);
    return std::abs(p[0] - q[0]) + std::abs(p[1] - q[1]) + std::abs(p[2] - q[2]) < 24;
  };
  // The left pectoralis (on the viewer's right) and the same place on the other side.
  const std::vector<int> nodes = atlas->index.find("pectoralis_major", Side::Left);
  ASSERT_FALSE(nodes.empty());
  glm::vec3 centre(0.0f);
  std::size_t count = 0;
  for (int n : nodes)
    for (int part : atlas->scene.nodes[n].parts)
      for (const glm::vec3& p : atlas->scene.parts[part].mesh.positions) {
        centre += glm::vec3(atlas->scene.nodes[n].world * glm::vec4(p, 1.0f));
        ++count;
      }
  centre /= float(count);
  const glm::vec3 s = glm::project(centre, camera.view(), camera.projection(float(kWidth) / float(kHeight)),
                                   glm::vec4(0, 0, kWidth, kHeight));
  const glm::ivec2 muscle(int(s.x), kHeight - 1 - int(s.y));
  const glm::ivec2 otherSide(kWidth - 1 - muscle.x, muscle.y);
  ASSERT_FALSE(same(closed, open, muscle)) << "skin and muscle look alike there: the test shows nothing";
  EXPECT_TRUE(same(withWindow, open, muscle)) << "no window over the muscle";
  EXPECT_TRUE(same(withWindow, closed, otherSide)) << "the window reaches the other side of the chest";
}

}  // namespace
