// The views a printed referral chart shows: those that see the pattern, on the pattern's own side,
// at one scale, and the X only where the trigger point faces the reader.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "atlas_fixture.hpp"
#include "myo/atlas/chart_views.hpp"
#include "myo/atlas/trigger_point_placement.hpp"

namespace {

using namespace myo;
using namespace myo::atlas;

struct Planned {
  std::vector<ChartView> views;
  std::string captions;
};

Planned planFor(const std::string& muscleId, std::size_t tp) {
  const test::LoadedAtlas& loaded = test::builtInAtlas();
  EXPECT_TRUE(loaded.scene) << loaded.error;
  const AtlasScene& body = *loaded.scene;
  const Muscle* muscle = loaded.kb->findMuscle(muscleId);
  EXPECT_NE(muscle, nullptr) << muscleId;
  const TriggerPoint& point = muscle->triggerPoints.at(tp);
  const TriggerPointOnSide left[] = {{&point, Side::Left}};
  const std::vector<glm::vec2> heat = body.skin->referral(left);
  std::vector<glm::vec3> markers;
  if (auto placed = placeTriggerPoint(body.scene, body.index, *muscle, point, Side::Left, &body.skin->surface()))
    markers.push_back(placed->position);
  EXPECT_EQ(markers.size(), 1u) << muscleId << " tp" << tp + 1 << " is not placed";
  Planned planned{planChartViews(*body.skin, heat, markers), ""};
  for (const ChartView& v : planned.views) planned.captions += v.caption + (v.showsTriggerPoints ? " (X), " : ", ");
  return planned;
}

bool has(const Planned& planned, const std::string& caption) {
  return std::any_of(planned.views.begin(), planned.views.end(), [&](const ChartView& v) { return v.caption == caption; });
}

TEST(ChartViews, ALeftPatternIsNeverShownFromTheRight) {
  // The sternal SCM's pain over the breastbone, and the gluteus minimus band down the outer leg.
  for (const auto& [muscle, tp] : {std::pair{"sternocleidomastoid", 0}, std::pair{"gluteus_minimus", 0}}) {
    const Planned planned = planFor(muscle, tp);
    EXPECT_FALSE(has(planned, "Right side")) << muscle << ": " << planned.captions;
  }
  EXPECT_TRUE(has(planFor("gluteus_minimus", 0), "Left side"));
}

TEST(ChartViews, AtMostThreeViewsAtOneScale) {
  const Planned planned = planFor("scalenes", 0);
  ASSERT_GE(planned.views.size(), 2u) << planned.captions;
  EXPECT_LE(planned.views.size(), 3u);
  for (const ChartView& v : planned.views) {
    EXPECT_EQ(v.frame.min, planned.views.front().frame.min);
    EXPECT_EQ(v.frame.max, planned.views.front().frame.max);
  }
}

TEST(ChartViews, TheXIsDrawnOnlyInViewsThatSeeTheTriggerPoint) {
  // Infraspinatus: the trigger point is on the back of the shoulder blade, the pain in front of
  // the shoulder; the front view shows the pain without an X.
  const Planned planned = planFor("infraspinatus", 0);
  const auto front = std::find_if(planned.views.begin(), planned.views.end(), [](const ChartView& v) { return v.caption == "Front"; });
  ASSERT_NE(front, planned.views.end()) << planned.captions;
  EXPECT_FALSE(front->showsTriggerPoints) << planned.captions;
  EXPECT_TRUE(std::any_of(planned.views.begin(), planned.views.end(), [](const ChartView& v) { return v.showsTriggerPoints; }))
      << "no view shows where the trigger point is: " << planned.captions;
}

}  // namespace
