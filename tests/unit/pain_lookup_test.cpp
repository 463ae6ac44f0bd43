// The pain lookup on the built-in body and the real knowledge base: classic referral patterns of
// the trigger-point literature (Travell & Simons' Trigger Point Manual, Davies' workbook) must put
// the textbook source muscle in the top five, on the side of the pain; and the pain drawing
// (regions, brush dabs, eraser, mirror) must change the ranking the way a therapist expects.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "atlas_fixture.hpp"
#include "myo/atlas/pain_drawing.hpp"
#include "myo/atlas/pain_lookup.hpp"

namespace {

using myo::atlas::LookupResult;
using myo::atlas::PainDrawing;
using myo::atlas::PainLookup;
using myo::atlas::Side;

constexpr std::optional<Side> kEitherSide = std::nullopt;

// Built once per test process: every trigger point's pattern on both sides.
const PainLookup& builtInLookup() {
  static const PainLookup lookup(*myo::test::builtInAtlas().scene->skin, *myo::test::builtInAtlas().kb);
  return lookup;
}

const myo::atlas::SkinMap& skin() { return *myo::test::builtInAtlas().scene->skin; }

std::vector<LookupResult> rankRegions(const std::vector<std::string>& regions, std::size_t top = 10) {
  PainDrawing drawing;
  drawing.regions = regions;
  return builtInLookup().rank(myo::atlas::rasterisePain(skin(), drawing), top);
}

// 1-based rank of a muscle on a side (kEitherSide: on either), or nullopt when it is not listed.
std::optional<std::size_t> rankOf(const std::vector<LookupResult>& results, const std::string& muscle,
                                  std::optional<Side> side) {
  for (std::size_t i = 0; i < results.size(); ++i)
    if (results[i].muscle == muscle && (!side || results[i].side == side)) return i + 1;
  return std::nullopt;
}

std::string describe(const std::vector<LookupResult>& results) {
  std::ostringstream out;
  for (std::size_t i = 0; i < results.size(); ++i)
    out << "\n  " << i + 1 << ". " << results[i].muscle << " (" << myo::atlas::toString(results[i].side) << ") score "
        << results[i].score
        << " coverage " << results[i].coverage;
  return out.str();
}

class PainLookupTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (myo::test::builtInAtlas().scene == nullptr) GTEST_FAIL() << "built-in atlas: " << myo::test::builtInAtlas().error;
    ASSERT_TRUE(myo::test::builtInAtlas().scene->skin) << "the built-in body has no skin map";
  }
};

// One textbook referral: pain in these regions; the source muscle on this side (kEitherSide for a
// midline pain, where either side's muscle is right).
struct ClassicCase {
  const char* why;
  std::vector<std::string> regions;
  const char* muscle;
  std::optional<Side> side;
};

// Each line: the complaint in words, the regions a pain drawing marks, the muscle the literature
// names first (or among the first) for it.
const ClassicCase kClassicCases[] = {
    {"tension headache at the left temple: upper trapezius", {"left_temple"}, "trapezius", Side::Left},
    {"headache at the right temple: temporalis", {"right_temple"}, "temporalis", Side::Right},
    // Not the temple: the Manual's sternal-division pattern does not name it (see the card's notes).
    {"pain across the left cheek and into the eye: sternocleidomastoid, sternal division", {"left_cheek", "left_eye"},
     "sternocleidomastoid", Side::Left},
    {"pain over the left eye: sternocleidomastoid", {"left_eye"}, "sternocleidomastoid", Side::Left},
    {"frontal headache, right: sternocleidomastoid, clavicular division", {"right_forehead"}, "sternocleidomastoid", Side::Right},
    {"pain at the top of the head: splenius capitis", {"vertex"}, "splenius_capitis", kEitherSide},
    {"left occipital headache behind the eye: suboccipitals", {"left_occiput", "left_eye"}, "suboccipitals", Side::Left},
    {"right jaw-joint pain: lateral pterygoid", {"right_tmj"}, "lateral_pterygoid", Side::Right},
    {"left upper toothache: masseter", {"left_upper_teeth"}, "masseter", Side::Left},
    {"right earache without ear disease: deep masseter", {"right_ear"}, "masseter", Side::Right},
    {"stiff neck at the angle of the neck, left: levator scapulae", {"left_posterior_neck", "left_shoulder_top"},
     "levator_scapulae", Side::Left},
    {"ache between the right shoulder blade and the spine: rhomboids", {"right_medial_scapular_border"}, "rhomboids", Side::Right},
    {"ache along the left medial scapular border: scalenes", {"left_medial_scapular_border"}, "scalenes", Side::Left},
    {"deep pain in the front of the left shoulder: infraspinatus", {"left_anterior_shoulder"}, "infraspinatus", Side::Left},
    {"deep pain in the front of the right shoulder: infraspinatus", {"right_anterior_shoulder"}, "infraspinatus", Side::Right},
    {"ache over the left middle deltoid: supraspinatus", {"left_lateral_shoulder"}, "supraspinatus", Side::Left},
    {"right posterior shoulder pain with a band at the wrist: subscapularis",
     {"right_posterior_shoulder", "right_wrist_dorsal"}, "subscapularis", Side::Right},
    {"front of the right shoulder and arm: biceps brachii", {"right_anterior_shoulder", "right_upper_arm_anterior"},
     "biceps_brachii", Side::Right},
    {"right chest pain: pectoralis major", {"right_chest"}, "pectoralis_major", Side::Right},
    {"pain over the breastbone: sternalis", {"sternum"}, "sternalis", kEitherSide},
    {"right tennis elbow: supinator", {"right_lateral_elbow"}, "supinator", Side::Right},
    {"left tennis elbow: extensor carpi radialis longus", {"left_lateral_elbow"}, "extensor_carpi_radialis_longus", Side::Left},
    {"right tennis elbow: brachioradialis", {"right_lateral_elbow"}, "brachioradialis", Side::Right},
    {"pain at the left olecranon: triceps brachii", {"left_posterior_elbow"}, "triceps_brachii", Side::Left},
    {"back of the right wrist and hand: extensor carpi radialis brevis", {"right_wrist_dorsal", "right_hand_dorsal"},
     "extensor_carpi_radialis_brevis", Side::Right},
    // Brachialis: not here. Its essential zone is the back of the thumb's base, a small part of the
    // thumb region (which takes in the whole thumb and the thenar eminence): see the dab test below.
    {"pain in the right palm: palmaris longus", {"right_palm"}, "palmaris_longus", Side::Right},
    {"right thoracolumbar ache: serratus posterior inferior", {"right_mid_back"}, "serratus_posterior_inferior", Side::Right},
    {"left low back pain: quadratus lumborum", {"left_low_back"}, "quadratus_lumborum", Side::Left},
    {"right sacroiliac pain: quadratus lumborum", {"right_sacroiliac"}, "quadratus_lumborum", Side::Right},
    {"left sacroiliac and buttock pain: gluteus medius", {"left_sacroiliac", "left_buttock"}, "gluteus_medius", Side::Left},
    {"left vertical low back pain with groin and front of thigh: iliopsoas",
     {"left_low_back", "left_groin", "left_thigh_anterior"}, "iliopsoas", Side::Left},
    {"right buttock and back of the thigh (pseudo-sciatica): piriformis", {"right_buttock", "right_thigh_posterior"},
     "piriformis", Side::Right},
    {"left lateral hip and thigh (pseudo-sciatica): gluteus minimus", {"left_lateral_hip", "left_thigh_lateral"},
     "gluteus_minimus", Side::Left},
    {"right lateral hip and thigh: gluteus minimus", {"right_lateral_hip", "right_thigh_lateral"}, "gluteus_minimus", Side::Right},
    {"left groin pain: adductor longus", {"left_groin"}, "adductor_longus", Side::Left},
    {"right kneecap pain: rectus femoris", {"right_knee_anterior"}, "rectus_femoris", Side::Right},
    {"left medial and front knee pain: vastus medialis", {"left_knee_medial", "left_knee_anterior"}, "vastus_medialis", Side::Left},
    {"right lateral knee pain: vastus lateralis", {"right_knee_lateral"}, "vastus_lateralis", Side::Right},
    {"pain behind the right knee: popliteus", {"right_knee_posterior"}, "popliteus", Side::Right},
    {"left calf pain: soleus", {"left_calf"}, "soleus", Side::Left},
    {"right heel pain: soleus", {"right_heel"}, "soleus", Side::Right},
    {"left heel pain: quadratus plantae", {"left_heel"}, "quadratus_plantae", Side::Left},
    {"pain in the left sole: flexor digitorum longus", {"left_sole"}, "flexor_digitorum_longus", Side::Left},
    {"left lateral ankle pain: fibularis longus", {"left_ankle_lateral"}, "fibularis_longus", Side::Left},
    {"right front of the ankle and big toe: tibialis anterior", {"right_ankle_anterior", "right_big_toe"},
     "tibialis_anterior", Side::Right},
    {"left jaw ache along the mandible: masseter", {"left_jaw"}, "masseter", Side::Left},
    {"right cheek over the maxilla: lateral pterygoid", {"right_cheek"}, "lateral_pterygoid", Side::Right},
    {"right occipital headache: semispinalis capitis", {"right_occiput"}, "semispinalis_capitis", Side::Right},
    {"left side of the neck: upper trapezius", {"left_lateral_neck"}, "trapezius", Side::Left},
    {"left inferior angle of the scapula and mid-back: latissimus dorsi", {"left_scapula", "left_mid_back"},
     "latissimus_dorsi", Side::Left},
    {"pain at the back of the right arm: triceps brachii", {"right_upper_arm_posterior"}, "triceps_brachii", Side::Right},
    {"left medial epicondyle: triceps brachii, medial head", {"left_medial_elbow"}, "triceps_brachii", Side::Left},
    {"palm side of the right wrist: flexor carpi radialis", {"right_wrist_volar"}, "flexor_carpi_radialis", Side::Right},
    {"left middle finger: flexor digitorum superficialis", {"left_middle_finger"}, "flexor_digitorum_superficialis", Side::Left},
    {"right lower abdomen: rectus abdominis", {"right_lower_abdomen"}, "rectus_abdominis", Side::Right},
    {"pain over the tailbone: gluteus maximus", {"coccyx"}, "gluteus_maximus", kEitherSide},
    {"deep right groin: pectineus", {"right_groin"}, "pectineus", Side::Right},
    {"front of the left thigh: vastus intermedius", {"left_thigh_anterior"}, "vastus_intermedius", Side::Left},
    {"inner right knee: sartorius", {"right_knee_medial"}, "sartorius", Side::Right},
    {"behind the left knee: gastrocnemius", {"left_knee_posterior"}, "gastrocnemius", Side::Left},
    {"outer side of the right leg: gluteus minimus", {"right_lateral_leg"}, "gluteus_minimus", Side::Right},
    {"left lateral ankle: fibularis brevis", {"left_ankle_lateral"}, "fibularis_brevis", Side::Left},
    {"top of the right foot: extensor digitorum brevis", {"right_foot_dorsal"}, "extensor_digitorum_brevis", Side::Right},
    {"top of the left foot and the lesser toes: extensor digitorum longus", {"left_foot_dorsal", "left_lesser_toes"},
     "extensor_digitorum_longus", Side::Left},
};

// One test over every case (the body and the patterns are built once per test process); each
// case that fails says which complaint it was, where the muscle ranked and what ranked above it.
TEST_F(PainLookupTest, ClassicReferralsPutTheTextbookMuscleInTheTopFive) {
  ASSERT_GE(std::size(kClassicCases), 20u);
  for (const ClassicCase& c : kClassicCases) {
    const std::vector<LookupResult> results = rankRegions(c.regions);
    const std::optional<std::size_t> rank = rankOf(results, c.muscle, c.side);
    if (!rank) {
      ADD_FAILURE() << c.why << ": " << c.muscle << " is not listed at all" << describe(results);
      continue;
    }
    EXPECT_LE(*rank, 5u) << c.why << ": " << c.muscle << " ranks " << *rank << describe(results);
  }
}

TEST_F(PainLookupTest, PainOnTheBackOfTheThumbBaseFindsBrachialis) {
  // The Manual's brachialis zone: the dorsum of the thumb's carpometacarpal joint and the web.
  const std::optional<glm::vec3> thumbBase = skin().patches().basePoint("thumb_base");
  ASSERT_TRUE(thumbBase);
  PainDrawing drawing;
  const glm::vec3 dorsum = *thumbBase + glm::vec3(0.014f, 0.004f, -0.012f);
  drawing.strokes.push_back({.point = skin().surface().closestPoint(dorsum), .radius = 0.02f, .intensity = 1.0f});
  const std::vector<LookupResult> results = builtInLookup().rank(myo::atlas::rasterisePain(skin(), drawing));
  const std::optional<std::size_t> rank = rankOf(results, "brachialis", Side::Left);
  ASSERT_TRUE(rank) << describe(results);
  EXPECT_LE(*rank, 5u) << describe(results);
}

TEST_F(PainLookupTest, ResultsAreSortedBestFirstAndAtMostTop) {
  const std::vector<LookupResult> results = rankRegions({"left_lateral_elbow"}, 4);
  ASSERT_EQ(results.size(), 4u);
  for (std::size_t i = 1; i < results.size(); ++i) EXPECT_GE(results[i - 1].score, results[i].score);
  for (const LookupResult& r : results) {
    EXPECT_GT(r.score, 0.0);
    EXPECT_LE(r.score, 1.0);
    EXPECT_FALSE(r.triggerPoints.empty());
    EXPECT_GE(r.coverage, r.essentialCoverage);
    EXPECT_LE(r.coverage, 1.0);
  }
}

TEST_F(PainLookupTest, PainOnOneSideRanksMusclesOfThatSide) {
  // Every pattern that reaches the left elbow comes from a trigger point on the left.
  for (const LookupResult& r : rankRegions({"left_lateral_elbow"})) EXPECT_EQ(r.side, Side::Left) << r.muscle;
  for (const LookupResult& r : rankRegions({"right_lateral_elbow"})) EXPECT_EQ(r.side, Side::Right) << r.muscle;
}

TEST_F(PainLookupTest, ExplainsWhichTriggerPointMatchedAndHowMuchOfThePainItCovers) {
  const std::vector<LookupResult> results = rankRegions({"left_anterior_shoulder"});
  ASSERT_FALSE(results.empty());
  ASSERT_EQ(results.front().muscle, "infraspinatus") << describe(results);
  // Its upper points refer to the front of the shoulder: the whole region lies in their essential zone.
  const std::string first = results.front().triggerPoints.front();
  EXPECT_TRUE(first == "infraspinatus/tp1" || first == "infraspinatus/tp2") << first;
  EXPECT_GT(results.front().coverage, 0.9);
  EXPECT_GT(results.front().essentialCoverage, 0.9);
}

TEST_F(PainLookupTest, PainInTwoPlacesOfOneMuscleMatchesTwoOfItsTriggerPoints) {
  // Temple (upper trapezius) and medial scapular border (lower trapezius): only the two points together explain both.
  const std::vector<LookupResult> results = rankRegions({"left_temple", "left_lateral_neck", "left_medial_scapular_border"});
  const std::optional<std::size_t> rank = rankOf(results, "trapezius", Side::Left);
  ASSERT_TRUE(rank) << describe(results);
  const LookupResult& trapezius = results[*rank - 1];
  EXPECT_GE(trapezius.triggerPoints.size(), 2u) << describe(results);
  EXPECT_LE(*rank, 3u) << describe(results);
}

TEST_F(PainLookupTest, NoPainGivesNoCandidates) {
  const std::vector<float> none(builtInLookup().vertexCount(), 0.0f);
  EXPECT_TRUE(builtInLookup().rank(none).empty());
  // A field of the wrong size (another skin) is not compared at all.
  EXPECT_TRUE(builtInLookup().rank(std::vector<float>(10, 1.0f)).empty());
}

TEST_F(PainLookupTest, ABrushDabRanksLikeTheRegionItIsPaintedOn) {
  // A dab under the left heel finds the heel's muscles, as the region does (soleus refers to the
  // back and the underside of the heel, quadratus plantae to the underside).
  const std::vector<glm::vec3> heel = skin().patches().anchorsOf("left_heel");
  ASSERT_FALSE(heel.empty());
  const glm::vec3 underside = *std::min_element(heel.begin(), heel.end(), [](const glm::vec3& a, const glm::vec3& b) { return a.y < b.y; });
  PainDrawing drawing;
  drawing.strokes.push_back({.point = underside, .radius = 0.03f, .intensity = 1.0f});
  const std::vector<float> pain = myo::atlas::rasterisePain(skin(), drawing);
  EXPECT_GT(*std::max_element(pain.begin(), pain.end()), 0.99f);
  const std::vector<LookupResult> results = builtInLookup().rank(pain, 5);
  EXPECT_TRUE(rankOf(results, "soleus", Side::Left)) << describe(results);
  EXPECT_TRUE(rankOf(results, "quadratus_plantae", Side::Left)) << describe(results);
}

TEST_F(PainLookupTest, TheEraserTakesPaintedPainAway) {
  const std::vector<glm::vec3> heel = skin().patches().anchorsOf("left_heel");
  ASSERT_FALSE(heel.empty());
  PainDrawing drawing;
  drawing.strokes.push_back({.point = heel.front(), .radius = 0.03f});
  drawing.strokes.push_back({.point = heel.front(), .radius = 0.05f, .intensity = 1.0f, .erase = true});
  const std::vector<float> pain = myo::atlas::rasterisePain(skin(), drawing);
  EXPECT_EQ(*std::max_element(pain.begin(), pain.end()), 0.0f);
  EXPECT_TRUE(builtInLookup().rank(pain).empty());
}

TEST_F(PainLookupTest, TheMirrorImageRanksTheSameMusclesOnTheOtherSide) {
  PainDrawing drawing;
  drawing.regions = {"left_temple"};
  const std::vector<glm::vec3> shoulder = skin().patches().anchorsOf("left_shoulder_top");
  ASSERT_FALSE(shoulder.empty());
  drawing.strokes.push_back({.point = shoulder.front(), .radius = 0.03f});
  const PainDrawing mirrored = myo::atlas::mirrorImage(drawing);
  EXPECT_EQ(mirrored.regions, std::vector<std::string>{"right_temple"});
  EXPECT_FLOAT_EQ(mirrored.strokes.front().point.x, -drawing.strokes.front().point.x);

  const auto left = builtInLookup().rank(myo::atlas::rasterisePain(skin(), drawing), 5);
  const auto right = builtInLookup().rank(myo::atlas::rasterisePain(skin(), mirrored), 8);
  ASSERT_EQ(left.size(), 5u);
  for (std::size_t i = 0; i < left.size(); ++i) {
    EXPECT_EQ(left[i].side, Side::Left);
    // The skin is polygonised over the whole body, not mirrored: a patch covers a few vertices more
    // on one side than on the other (splenius cervicis differs by 0.055 with the 113-muscle body), so
    // two muscles scoring within that of each other may trade places, and no more.
    const auto same = std::find_if(right.begin(), right.end(), [&](const auto& r) { return r.muscle == left[i].muscle; });
    ASSERT_NE(same, right.end()) << left[i].muscle << " is not ranked on the right";
    EXPECT_EQ(same->side, Side::Right);
    EXPECT_LE(std::abs(long(same - right.begin()) - long(i)), 1) << left[i].muscle;
    EXPECT_NEAR(left[i].score, same->score, 0.06) << left[i].muscle;
  }

  // Both sides at once: the leader appears on both sides near the top (not always one after the
  // other: the two sides of the skin differ by a few vertices, as above).
  const auto both = builtInLookup().rank(myo::atlas::rasterisePain(skin(), myo::atlas::withMirrorImage(drawing)), 4);
  ASSERT_GE(both.size(), 2u);
  EXPECT_TRUE(rankOf(both, both[0].muscle, myo::atlas::opposite(both[0].side))) << describe(both);
}

TEST_F(PainLookupTest, ABroaderDrawingChangesTheLeader) {
  // The temple alone points at temporalis; temple with the side of the neck is the upper trapezius pattern.
  const auto temple = rankRegions({"left_temple"});
  const auto templeAndNeck = rankRegions({"left_temple", "left_lateral_neck"});
  ASSERT_FALSE(temple.empty());
  ASSERT_FALSE(templeAndNeck.empty());
  EXPECT_EQ(temple.front().muscle, "temporalis") << describe(temple);
  EXPECT_EQ(templeAndNeck.front().muscle, "trapezius") << describe(templeAndNeck);
}

}  // namespace

namespace {

TEST_F(PainLookupTest, AViewPaintsThePainDrawingOnTheSkin) {
  // What the window and the handout show: the rasterised drawing as the skin's heat.
  PainDrawing drawing;
  drawing.regions = {"right_calf"};
  myo::atlas::AtlasView view;
  view.pain = myo::atlas::rasterisePain(skin(), drawing);
  const std::vector<glm::vec2> heat = myo::atlas::skinHeat(*myo::test::builtInAtlas().scene, view);
  ASSERT_EQ(heat.size(), view.pain.size());
  std::size_t painted = 0;
  std::size_t different = 0;
  for (std::size_t v = 0; v < heat.size(); ++v) {
    different += heat[v].x != view.pain[v];
    painted += heat[v].x > 0.5f;
  }
  EXPECT_EQ(different, 0u);
  EXPECT_GT(painted, 50u);  // the calf patch covers about a hundred of the skin's vertices
  // A field from another skin is not painted.
  view.pain.assign(12, 1.0f);
  const std::vector<glm::vec2> none = myo::atlas::skinHeat(*myo::test::builtInAtlas().scene, view);
  EXPECT_TRUE(std::all_of(none.begin(), none.end(), [](const glm::vec2& h) { return h.x == 0.0f; }));
}

}  // namespace
