// What `myoatlas measure` reads off a body: a tape round the skin, and each muscle's volume beside
// the published figure it must match. The built-in body is checked against its targets here, so a
// muscle that drifts out of its range fails the build.
#include <cmath>
#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <glm/gtc/constants.hpp>
#include <gtest/gtest.h>

#include "atlas_fixture.hpp"
#include "knowledge_fixture.hpp"
#include "myo/atlas/body_measures.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/muscle_list.hpp"
#include "myo/engine/mesh_slice.hpp"
#include "myo/engine/primitives.hpp"

namespace {

using myo::atlas::MuscleMeasure;
using myo::atlas::Side;

TEST(Girth, ATapeRoundALimbReadsItsCircumferenceAndNotItsNeighbours) {
  // Two upright capsules side by side, like a thigh beside the other: one outline each.
  myo::Mesh legs = myo::makeCapsule({0.1f, 0.2f, 0.0f}, 0.08f, {0.1f, 0.9f, 0.0f}, 0.08f, 64, 16);
  myo::appendMesh(legs, myo::makeCapsule({-0.1f, 0.2f, 0.0f}, 0.06f, {-0.1f, 0.9f, 0.0f}, 0.06f, 64, 16));
  EXPECT_EQ(myo::sliceAtHeight(legs, 0.5f).size(), 2u);
  const std::optional<float> left = myo::atlas::girthAt(legs, 0.5f, 0.1f, 0.0f);
  const std::optional<float> right = myo::atlas::girthAt(legs, 0.5f, -0.1f, 0.0f);
  ASSERT_TRUE(left && right);
  EXPECT_NEAR(*left, 2.0f * glm::pi<float>() * 0.08f, 0.005f);
  EXPECT_NEAR(*right, 2.0f * glm::pi<float>() * 0.06f, 0.004f);
  EXPECT_FALSE(myo::atlas::girthAt(legs, 0.5f, 0.0f, 0.0f)) << "nothing surrounds the gap between them";
}

// An upright box from (x0, z0) to (x1, z1), 1 high: eight corners, twelve triangles.
void appendBox(myo::Mesh& mesh, float x0, float z0, float x1, float z1) {
  const auto first = static_cast<std::uint32_t>(mesh.positions.size());
  for (float y : {0.0f, 1.0f})
    for (const glm::vec2& c : {glm::vec2(x0, z0), glm::vec2(x1, z0), glm::vec2(x1, z1), glm::vec2(x0, z1)}) mesh.positions.push_back({c.x, y, c.y});
  const std::uint32_t faces[] = {0, 2, 1, 0, 3, 2, 4, 5, 6, 4, 6, 7, 0, 1, 5, 0, 5, 4, 1, 2, 6, 1, 6, 5, 2, 3, 7, 2, 7, 6, 3, 0, 4, 3, 4, 7};
  for (std::uint32_t f : faces) mesh.indices.push_back(first + f);
}

TEST(Girth, AnOutlineThatTouchesItselfIsStillOneTape) {
  // Two boxes meeting along one upright edge (the skin folded onto itself where an arm presses on
  // the trunk): four triangles share that edge, and the outline passes its crossing twice.
  myo::Mesh touching;
  appendBox(touching, 0.0f, 0.0f, 1.0f, 1.0f);
  appendBox(touching, 1.0f, 1.0f, 2.0f, 2.0f);
  const std::vector<myo::Outline> outlines = myo::sliceAtHeight(touching, 0.5f);
  ASSERT_EQ(outlines.size(), 1u) << "one outline round both";
  EXPECT_TRUE(myo::encloses(outlines[0], {0.5f, 0.5f}));
  EXPECT_TRUE(myo::encloses(outlines[0], {1.5f, 1.5f}));
  const std::optional<float> tape = myo::atlas::girthAt(touching, 0.5f, 0.5f, 0.5f);
  ASSERT_TRUE(tape);
  EXPECT_NEAR(*tape, 4.0f + 2.0f * std::sqrt(2.0f), 1e-3f) << "the tape goes round both boxes";
}

TEST(Girth, ATapeBridgesAHollow) {
  // A C-shaped outline reads as its convex hull: a tape does not follow the hollow.
  const myo::Outline c = {{0, 0}, {2, 0}, {2, 0.5f}, {0.5f, 0.5f}, {0.5f, 1.5f}, {2, 1.5f}, {2, 2}, {0, 2}};
  EXPECT_NEAR(myo::tapeLength(c), 8.0f, 1e-4f);
}

// The built-in body measured against its own description; none (with a failure) if either is missing.
std::optional<myo::atlas::BodyMeasures> measuredBuiltInBody() {
  const myo::test::LoadedAtlas& atlas = myo::test::builtInAtlas();
  const auto description = myo::atlas::loadAnatomy(myo::atlas::defaultAnatomyFolder());
  if (!atlas.error.empty() || !description) {
    ADD_FAILURE() << atlas.error << (description ? "" : description.error().message);
    return std::nullopt;
  }
  return myo::atlas::measureBody(atlas.scene->scene, *description);
}

std::vector<std::string> listedMuscles() {
  const myo::atlas::KnowledgeFiles files = myo::atlas::KnowledgeFiles::in(myo::test::sourceAssetsDir());
  const auto list = myo::atlas::loadMuscleList(files.muscleList);
  std::vector<std::string> ids;
  if (list)
    for (const auto& m : *list) ids.push_back(m.id);
  return ids;
}

// Muscles whose description cannot yet be brought within a quarter of its target by rescaling its
// cross-section (their stations need redrawing; docs/anatomy-model.md, "Muscle volumes"). The list
// may only shrink: a muscle on it that comes within range must leave it, and any other muscle out of
// range fails.
// Empty since 2026-12-08: the foot's lumbricals, the last on it, came to 2.5 of their estimated 3.0 cm3
// once the muscles were stamped as plates that thin toward their edges.
const std::set<std::string> kNotYetSized = {};

TEST(BodyMeasures, EveryListedMuscleHasASourcedTargetAndIsWithinAQuarterOfItOnBothSides) {
  const std::optional<myo::atlas::BodyMeasures> measured = measuredBuiltInBody();
  ASSERT_TRUE(measured);
  const myo::atlas::BodyMeasures& measures = *measured;
  const std::vector<std::string> listed = listedMuscles();
  ASSERT_FALSE(listed.empty());
  for (const std::string& id : listed) {
    std::set<Side> sides;
    for (const MuscleMeasure& m : measures.muscles) {
      if (m.id != id) continue;
      sides.insert(m.side);
      ASSERT_TRUE(m.target) << id << " has no target volume in assets/anatomy/volumes/";
      EXPECT_TRUE(!m.target->citation.empty() || (m.target->estimate && !m.target->note.empty()))
          << id << ": a target needs its source, or a note saying how it was estimated";
      const bool inRange = std::abs(m.deviation()) <= 0.25;
      if (kNotYetSized.count(id)) {
        EXPECT_FALSE(inRange) << id << " is now within a quarter of its target: take it off kNotYetSized";
      } else {
        EXPECT_TRUE(inRange) << id << " (" << myo::atlas::toString(m.side) << ") measures " << m.volumeCm3
                             << " cm3, its target is " << m.target->cm3 << " cm3 (" << m.target->source << ")";
      }
      EXPECT_GT(m.lengthM, 0.01f) << id << " has no fibre length";
    }
    EXPECT_EQ(sides, (std::set<Side>{Side::Left, Side::Right})) << id << " is not in the body on both sides";
  }
}

// The arms hang free of the trunk below the armpit (issue 16): a horizontal slice at the waist (the
// third lumbar vertebra, where `measure` takes its tape) cuts the trunk and each forearm apart, so
// the waist's tape goes round the trunk alone.
TEST(BodyMeasures, AtTheWaistTheTrunkAndEachForearmAreSeparateOutlines) {
  const myo::test::LoadedAtlas& atlas = myo::test::builtInAtlas();
  const auto description = myo::atlas::loadAnatomy(myo::atlas::defaultAnatomyFolder());
  ASSERT_TRUE(atlas.error.empty() && description) << atlas.error;
  const myo::Mesh* skin = nullptr;
  for (const myo::Node& node : atlas.scene->scene.nodes)
    if (node.name == "skin.body" && !node.parts.empty()) skin = &atlas.scene->scene.parts[std::size_t(node.parts.front())].mesh;
  ASSERT_TRUE(skin);
  const auto& landmarks = description->landmarks;
  const float waist = landmarks.at("l3_body").y;
  // The forearm's axis at that height: from between the epicondyles to the wrist.
  const glm::vec3 elbow = 0.5f * (landmarks.at("lateral_epicondyle") + landmarks.at("medial_epicondyle"));
  const glm::vec3 wrist = landmarks.at("wrist");
  const glm::vec3 forearm = glm::mix(elbow, wrist, (waist - elbow.y) / (wrist.y - elbow.y));

  // A tape round each: were a forearm still inside the trunk's outline, its tape would be the trunk's.
  const std::optional<float> trunk = myo::atlas::girthAt(*skin, waist, 0.0f, landmarks.at("l3_body").z);
  const std::optional<float> left = myo::atlas::girthAt(*skin, waist, forearm.x, forearm.z);
  const std::optional<float> right = myo::atlas::girthAt(*skin, waist, -forearm.x, forearm.z);
  ASSERT_TRUE(trunk && left && right) << "no outline round the trunk or a forearm at y = " << waist;
  EXPECT_LT(*trunk, 1.0f) << "the waist's tape still goes round more than the trunk";
  EXPECT_LT(*left, 0.45f) << "the left forearm is inside the trunk's outline";
  EXPECT_LT(*right, 0.45f) << "the right forearm is inside the trunk's outline";
}

TEST(BodyMeasures, TheBodyIsAnAdultsHeightAndItsSegmentsAreInProportion) {
  const std::optional<myo::atlas::BodyMeasures> measured = measuredBuiltInBody();
  ASSERT_TRUE(measured);
  const myo::atlas::BodyMeasures& m = *measured;
  EXPECT_NEAR(m.statureM, 1.75f, 0.02f);
  // Drillis & Contini: segment lengths as shares of stature (upper arm 0.186, forearm 0.146,
  // thigh 0.245, leg 0.246), within 15%.
  const std::map<std::string, float> shares{{"upper_arm", 0.186f}, {"forearm", 0.146f}, {"thigh", 0.245f}, {"leg", 0.246f}};
  for (const auto& [name, length] : m.segments) {
    if (const auto share = shares.find(name); share != shares.end()) {
      EXPECT_NEAR(length / 1.75f, share->second, 0.15f * share->second) << name << " is " << length << " m";
    }
  }
  EXPECT_EQ(m.girths.size(), 8u);
  // Every girth has its tape, the limbs' too: an arm hanging free has an outline of its own.
  for (const auto& [name, girth] : m.girths) EXPECT_GT(girth, 0.2f) << "no tape round the " << name;
}

// The girths and breadths not yet within 8% of their survey figures (assets/anatomy/anthropometry.json;
// issue 16). Measured 2026-12-08: the neck +46% (its front lies 4-5 cm forward under the chin, and
// its side muscles too far out), the chest +25% (the tape at the fourth rib still goes round the
// arms), the forearm +21% (its flexors and extensors fan out 11 cm wide below the elbow). The upper
// arm left the list that day (+7%: the triceps' heads laid flat behind the humerus, the biceps and
// brachialis flatter, and the muscles stamped at their true thickness). The list may only shrink:
// one that comes within range must leave it, and any other out of range fails.
const std::set<std::string> kNotYetInProportion = {"neck", "chest", "forearm"};

TEST(BodyMeasures, EveryGirthAndBreadthIsWithinEightPercentOfItsSurveyFigure) {
  const std::optional<myo::atlas::BodyMeasures> measured = measuredBuiltInBody();
  ASSERT_TRUE(measured);
  const myo::atlas::BodyMeasures& m = *measured;
  std::vector<std::pair<std::string, float>> all = m.girths;
  all.insert(all.end(), m.breadths.begin(), m.breadths.end());
  ASSERT_EQ(all.size(), 10u);
  for (const auto& [name, metres] : all) {
    const auto target = m.targets.find(name);
    ASSERT_NE(target, m.targets.end()) << name << " has no survey figure in assets/anatomy/anthropometry.json";
    EXPECT_FALSE(target->second.citation.empty()) << name << ": a figure needs its source";
    const std::optional<double> off = m.deviation(name);
    const bool inRange = off && std::abs(*off) <= 0.08;
    if (kNotYetInProportion.count(name)) {
      EXPECT_FALSE(inRange) << name << " is now within 8% of its survey figure: take it off kNotYetInProportion";
    } else {
      EXPECT_TRUE(inRange) << name << " measures " << metres << " m, the survey's figure is " << target->second.metres << " m ("
                           << target->second.source << ")";
    }
  }
}

class VolumeTargets : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() / ("myo-volumes-" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir_);
    std::filesystem::copy(myo::atlas::defaultAnatomyFolder(), dir_, std::filesystem::copy_options::recursive);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void write(const std::string& name, const std::string& text) { std::ofstream(dir_ / "volumes" / name) << text; }
  std::filesystem::path dir_;
};

TEST_F(VolumeTargets, AFigureWithoutASourceIsRefusedWithItsPlace) {
  write("zz_extra.json", R"({"volumes": [{"id": "plantaris", "target_cm3": 5}]})");
  const auto loaded = myo::atlas::loadAnatomy(dir_);
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("zz_extra.json: /volumes/0"), std::string::npos) << loaded.error().message;
  EXPECT_NE(loaded.error().message.find("\"source\""), std::string::npos) << loaded.error().message;
}

TEST_F(VolumeTargets, AnUnknownSourceKeyAndATwiceGivenMuscleAreRefused) {
  write("zz_extra.json", R"({"sources": {}, "volumes": [{"id": "plantaris", "target_cm3": 5, "source": "nobody2020"}]})");
  auto loaded = myo::atlas::loadAnatomy(dir_);
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("\"nobody2020\" is not among"), std::string::npos) << loaded.error().message;
  write("zz_extra.json", R"({"volumes": [{"id": "biceps_brachii", "target_cm3": 5, "estimate": true, "note": "a guess"}]})");
  loaded = myo::atlas::loadAnatomy(dir_);
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("given twice"), std::string::npos) << loaded.error().message;
}

TEST_F(VolumeTargets, AFigureForSomethingMeasureDoesNotTakeIsRefusedWithItsPlace) {
  std::ofstream(dir_ / "anthropometry.json")
      << R"({"sources": {"s": "A survey"}, "measures": [{"id": "neck", "target_m": 0.36, "source": "s"},
                                                      {"id": "wrist", "target_m": 0.17, "source": "s"}]})";
  auto loaded = myo::atlas::loadAnatomy(dir_);
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("anthropometry.json: /measures/1/id"), std::string::npos) << loaded.error().message;
  EXPECT_NE(loaded.error().message.find("\"wrist\" is not a girth or breadth"), std::string::npos) << loaded.error().message;
  std::ofstream(dir_ / "anthropometry.json") << R"({"sources": {}, "measures": [{"id": "neck", "target_m": 0.36, "source": "s"}]})";
  loaded = myo::atlas::loadAnatomy(dir_);
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("\"s\" is not among"), std::string::npos) << loaded.error().message;
}

}  // namespace
