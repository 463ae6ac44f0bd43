// The palpation probe under a line of sight (atlas::TissueProbe::underSight), as the window's D key uses it: the
// fingers press where the ray first enters the skin and go straight in along its normal, so the list
// is probeToward's for that skin point, the one `myoatlas probe --at X,Y,Z` prints.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "atlas_fixture.hpp"
#include "myo/atlas/tissue_probe.hpp"

namespace {

std::vector<std::string> sightProbeIds(const myo::atlas::ProbeResult& result) {
  std::vector<std::string> ids;
  for (const myo::atlas::ProbeLayer& layer : result.layers) ids.push_back(layer.structure.id);
  return ids;
}

TEST(SightProbe, ALineOfSightToTheTempleFromTheLeftPressesInWhereItMeetsTheSkin) {
  const myo::test::LoadedAtlas& loaded = myo::test::builtInAtlas();
  ASSERT_TRUE(loaded.scene) << loaded.error;
  const myo::atlas::AtlasScene& body = *loaded.scene;
  const glm::vec3 temple = body.skin->patches().landmarks().at("temporal_fossa");  // on the skull
  const glm::vec3 eye = temple + glm::vec3(1.5f, 0.0f, 0.0f);                      // looking from the left
  myo::atlas::TissueProbe sight(body);
  const std::optional<glm::vec3> onSkin = sight.skinPointUnder(eye, temple - eye);
  ASSERT_TRUE(onSkin.has_value());
  EXPECT_GT(onSkin->x, temple.x);           // the skin lies outside the bone
  EXPECT_LT(onSkin->x - temple.x, 0.03f);   // by the temporalis and the skin, not more

  const std::optional<myo::atlas::ProbeResult> seen = sight.underSight(eye, temple - eye);
  ASSERT_TRUE(seen.has_value());
  EXPECT_EQ(sightProbeIds(*seen), (std::vector<std::string>{"skin", "temporalis", "skull"}));
  EXPECT_LT(seen->direction.x, -0.5f);  // in along the skin's normal, toward the midline
  const std::optional<myo::atlas::ProbeResult> pressed = myo::atlas::probeToward(body, *onSkin);
  ASSERT_TRUE(pressed.has_value());
  EXPECT_EQ(sightProbeIds(*seen), sightProbeIds(*pressed));
  ASSERT_EQ(seen->layers.size(), pressed->layers.size());
  for (std::size_t i = 0; i < seen->layers.size(); ++i) EXPECT_DOUBLE_EQ(seen->layers[i].fromMm, pressed->layers[i].fromMm);

  EXPECT_EQ(myo::atlas::probeLayerName(seen->layers.front(), loaded.kb.get()), "skin and fat");
  EXPECT_EQ(myo::atlas::probeLayerName(seen->layers.back(), loaded.kb.get()), "bone: skull");
}

TEST(SightProbe, ALineOfSightThatMissesTheBodyFindsNoSkin) {
  const myo::test::LoadedAtlas& loaded = myo::test::builtInAtlas();
  ASSERT_TRUE(loaded.scene) << loaded.error;
  myo::atlas::TissueProbe sight(*loaded.scene);
  EXPECT_FALSE(sight.underSight(glm::vec3(2.0f, 5.0f, 0.0f), glm::vec3(-1.0f, 0.0f, 0.0f)).has_value());  // over the head
  EXPECT_FALSE(sight.skinPointUnder(glm::vec3(2.0f, 1.0f, 0.0f), glm::vec3(0.0f)).has_value());       // no direction
}

}  // namespace
