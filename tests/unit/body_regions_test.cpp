// The body regions as patches of the built-in body's skin (assets/anatomy/region-patches.json):
// every region of the vocabulary has a patch, each patch is a sensible piece of skin, left mirrors
// right, neighbours do not swallow each other, and each region sits where shared/regions.md says,
// judged against the bony landmarks the way an anatomy teacher would check a drawing ("the temple
// is above the jaw joint and in front of the ear", "the heel is the lowest, hindmost part").
// The body is built once for the suite, in memory, exactly as `myoatlas bake` builds it.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>

#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/body_model.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/knowledge_files.hpp"

namespace {

using myo::atlas::RegionSide;

constexpr float kCm = 0.01f;

struct RegionStats {
  std::vector<float> field;           // per skin vertex, 0..1
  std::vector<std::uint32_t> inside;  // vertices with field > 0.5, ascending
  double area = 0.0;                  // m², skin area with field > 0.5
  glm::vec3 centre{0.0f};             // field- and area-weighted mean position
};

struct Suite {
  std::string error;
  myo::atlas::AnatomyDescription anatomy;
  std::optional<myo::atlas::AtlasScene> atlas;
  std::vector<myo::atlas::Region> vocabulary;
  std::vector<double> vertexArea;  // a third of the area of the triangles around each vertex
  double skinArea = 0.0;
  std::map<std::string, RegionStats> regions;
};

class BodyRegionsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Suite& s = suite();
    auto anatomy = myo::atlas::loadAnatomy(myo::atlas::defaultAnatomyFolder());
    if (!anatomy) {
      s.error = anatomy.error().message;
      return;
    }
    s.anatomy = *anatomy;
    auto body = myo::atlas::buildBodyModel(s.anatomy);
    if (!body) {
      s.error = body.error().message;
      return;
    }
    auto atlas = myo::atlas::makeAtlasScene(myo::atlas::toScene(*body), myo::atlas::defaultAnatomyFolder());
    if (!atlas) {
      s.error = atlas.error().message;
      return;
    }
    if (!atlas->skin) {
      s.error = "the built-in body has no skin to put regions on";
      return;
    }
    s.atlas = std::move(*atlas);
    // The vocabulary as the program reads it; problems in muscle files do not concern regions.
    s.vocabulary = myo::atlas::readKnowledgeBase(myo::atlas::defaultAssetsDir()).knowledgeBase.regions().all();

    const myo::Mesh& mesh = s.atlas->skin->mesh();
    s.vertexArea.assign(mesh.positions.size(), 0.0);
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
      const glm::vec3& a = mesh.positions[mesh.indices[t]];
      const glm::vec3& b = mesh.positions[mesh.indices[t + 1]];
      const glm::vec3& c = mesh.positions[mesh.indices[t + 2]];
      const double third = 0.5 * glm::length(glm::cross(b - a, c - a)) / 3.0;
      for (int k = 0; k < 3; ++k) s.vertexArea[mesh.indices[t + k]] += third;
    }
    for (double a : s.vertexArea) s.skinArea += a;

    for (const myo::atlas::Region& region : s.vocabulary) {
      RegionStats stats;
      stats.field = s.atlas->skin->region(region.id);
      glm::dvec3 sum(0.0);
      double weight = 0.0;
      for (std::uint32_t v = 0; v < stats.field.size(); ++v) {
        const double w = double(stats.field[v]) * s.vertexArea[v];
        if (w > 0.0) {
          sum += glm::dvec3(mesh.positions[v]) * w;
          weight += w;
        }
        if (stats.field[v] > 0.5f) {
          stats.inside.push_back(v);
          stats.area += s.vertexArea[v];
        }
      }
      if (weight > 0.0) stats.centre = glm::vec3(sum / weight);
      s.regions.emplace(region.id, std::move(stats));
    }
  }

  void SetUp() override { ASSERT_TRUE(suite().error.empty()) << suite().error; }

  static Suite& suite() {
    static Suite instance;
    return instance;
  }

  // A bony landmark, on the person's left (as described) or mirrored to the right.
  static glm::vec3 landmark(const std::string& name, const std::string& side = "left") {
    glm::vec3 p = suite().anatomy.landmarks.at(name);
    if (side == "right") p.x = -p.x;
    return p;
  }
  static const RegionStats& stats(const std::string& id) { return suite().regions.at(id); }
  // The centre of a region: full id, or a base id on the left side ("temple" → left_temple).
  static glm::vec3 centre(const std::string& id) {
    const auto it = suite().regions.find(id);
    return it != suite().regions.end() ? it->second.centre : stats("left_" + id).centre;
  }
  // Share of the smaller region's area (field > 0.5) that the other one covers as well.
  static double overlap(const RegionStats& a, const RegionStats& b) {
    const RegionStats& small = a.area <= b.area ? a : b;
    const RegionStats& large = a.area <= b.area ? b : a;
    if (small.area <= 0.0) return 0.0;
    double shared = 0.0;
    std::size_t j = 0;
    for (std::uint32_t v : small.inside) {
      while (j < large.inside.size() && large.inside[j] < v) ++j;
      if (j < large.inside.size() && large.inside[j] == v) shared += suite().vertexArea[v];
    }
    return shared / small.area;
  }
  static std::string cm(const glm::vec3& p) {
    std::ostringstream out;
    out.precision(3);
    out << "(" << p.x / kCm << ", " << p.y / kCm << ", " << p.z / kCm << ") cm";
    return out.str();
  }
};

TEST_F(BodyRegionsTest, TheVocabularyIsRead) {
  // shared/regions.md: 4 midline regions and 64 sided ones, each sided region on both sides.
  EXPECT_GE(suite().vocabulary.size(), 4u + 2u * 64u) << "assets/knowledge/regions.json was not read whole";
}

TEST_F(BodyRegionsTest, EveryRegionHasAPatch) {
  const auto& patches = suite().atlas->skin->patches();
  for (const myo::atlas::Region& region : suite().vocabulary) {
    const myo::atlas::RegionPatch* patch = patches.find(region.base);
    ASSERT_NE(patch, nullptr) << region.id << " has no patch in assets/anatomy/region-patches.json";
    EXPECT_EQ(patch->midline, region.side == RegionSide::Midline)
        << region.id << ": a midline region needs \"midline\": true, a sided one must not have it";
  }
  std::set<std::string> bases;
  for (const myo::atlas::Region& region : suite().vocabulary) bases.insert(region.base);
  for (const auto& [base, patch] : patches.all())
    EXPECT_TRUE(bases.count(base)) << "region-patches.json: '" << base << "' is not a region of the vocabulary";
}

TEST_F(BodyRegionsTest, MidlineAnchorsLieOnTheMidline) {
  for (const auto& [base, patch] : suite().atlas->skin->patches().all()) {
    for (const glm::vec3& anchor : patch.anchors) {
      if (patch.midline) {
        EXPECT_NEAR(anchor.x, 0.0f, 0.2f * kCm) << base << ": midline anchors have x = 0";
      } else {
        EXPECT_GE(anchor.x, 0.0f) << base << ": anchors are described on the person's left (x >= 0)";
      }
    }
  }
}

TEST_F(BodyRegionsTest, AnchorsLieOnTheSkin) {
  // An anchor is moved to the skin and its distance to it is taken off the radius, so an anchor
  // far from the skin shrinks its region (or lands on the wrong surface): when the shape of the
  // skin changes a lot, the anchors of region-patches.json must follow it.
  const myo::SurfaceDistance& surface = suite().atlas->skin->surface();
  for (const auto& [base, patch] : suite().atlas->skin->patches().all())
    for (std::size_t i = 0; i < patch.anchors.size(); ++i)
      EXPECT_LT(surface.distanceToSurface(patch.anchors[i]), 0.5f * patch.radius + 0.5f * kCm)
          << base << " anchor " << i << " at " << cm(patch.anchors[i]) << " is far from the skin";
}

TEST_F(BodyRegionsTest, EveryRegionIsAPatchOfSkinOfSensibleSize) {
  for (const myo::atlas::Region& region : suite().vocabulary) {
    const RegionStats& r = stats(region.id);
    EXPECT_GE(r.inside.size(), 6u) << region.id << " covers almost no skin vertex";
    EXPECT_GE(r.area, 3.0 * kCm * kCm) << region.id << " covers less than 3 cm² of skin";
    // The largest regions (a thigh face, the abdomen) are a few hundred cm²: about 1% of the skin.
    EXPECT_LT(r.area / suite().skinArea, 0.025) << region.id << " covers " << r.area / (kCm * kCm) << " cm²";
  }
}

TEST_F(BodyRegionsTest, SmallPlacesAreSmallerThanLargeOnes) {
  EXPECT_LT(stats("left_tmj").area, stats("left_temple").area);
  EXPECT_LT(stats("left_temple").area, stats("left_buttock").area);
  EXPECT_LT(stats("left_index_finger").area, stats("left_palm").area);
  EXPECT_LT(stats("left_big_toe").area, stats("left_sole").area);
  EXPECT_LT(stats("left_lateral_elbow").area, stats("left_forearm_dorsal").area);
  EXPECT_LT(stats("left_eye").area, stats("left_forehead").area * 1.2);
}

TEST_F(BodyRegionsTest, LeftMirrorsRight) {
  for (const myo::atlas::Region& region : suite().vocabulary) {
    const glm::vec3 c = centre(region.id);
    if (region.side == RegionSide::Midline) {
      EXPECT_NEAR(c.x, 0.0f, 1.0f * kCm) << region.id << " is a midline region but its centre is at " << cm(c);
      continue;
    }
    if (region.side == RegionSide::Left) {
      EXPECT_GT(c.x, 0.5f * kCm) << region.id << " is not on the person's left (+x): " << cm(c);
      const glm::vec3 right = centre("right_" + region.base);
      EXPECT_LT(glm::distance(c, glm::vec3(-right.x, right.y, right.z)), 1.0f * kCm)
          << region.id << " at " << cm(c) << " does not mirror right_" << region.base << " at " << cm(right);
      // The skin is not tessellated symmetrically (it is simplified after it is built), so the
      // patches of the two sides differ by a few triangles: about the same size, not the same.
      EXPECT_NEAR(stats(region.id).area, stats("right_" + region.base).area,
                  0.4 * stats(region.id).area + 1.0 * kCm * kCm)
          << region.id << " and right_" << region.base << " differ in size";
    }
  }
}

TEST_F(BodyRegionsTest, SidedRegionsStayOnTheirSide) {
  const myo::Mesh& mesh = suite().atlas->skin->mesh();
  for (const myo::atlas::Region& region : suite().vocabulary) {
    if (region.side != RegionSide::Left) continue;
    const RegionStats& r = stats(region.id);
    double across = 0.0;
    for (std::uint32_t v : r.inside)
      if (mesh.positions[v].x < -0.5f * kCm) across += suite().vertexArea[v];
    EXPECT_LT(across / r.area, 0.05) << region.id << " reaches over to the right side";
  }
}

TEST_F(BodyRegionsTest, RegionsDoNotCoverEachOther) {
  // Neighbours share a soft edge, not their middles: no region has more than 40% of its area
  // inside another (the thumb's base and the palm, or the groin and the lower abdomen, touch).
  std::vector<const myo::atlas::Region*> regions;
  for (const myo::atlas::Region& region : suite().vocabulary) regions.push_back(&region);
  for (std::size_t i = 0; i < regions.size(); ++i)
    for (std::size_t j = i + 1; j < regions.size(); ++j) {
      const double shared = overlap(stats(regions[i]->id), stats(regions[j]->id));
      EXPECT_LT(shared, 0.40) << regions[i]->id << " and " << regions[j]->id << " share " << 100.0 * shared
                              << "% of the smaller one";
    }
}

// ---- where each region is, against the landmarks (person's left side; +Y up, +Z front, +X left)

TEST_F(BodyRegionsTest, HeadRegionsAreWhereRegionsMdSays) {
  const glm::vec3 temple = centre("temple"), tmj = centre("tmj"), ear = centre("ear");
  // Temple: above the jaw joint and in front of the ear, on the side of the head.
  EXPECT_GT(temple.y, landmark("tmj").y + 2.0f * kCm) << cm(temple);
  EXPECT_GT(temple.z, ear.z + 1.5f * kCm) << "temple " << cm(temple) << ", ear " << cm(ear);
  EXPECT_GT(temple.x, 5.0f * kCm) << cm(temple);
  // TMJ: at the jaw joint, in front of the ear, below the temple.
  EXPECT_LT(glm::distance(tmj, landmark("tmj")), 3.0f * kCm) << cm(tmj);
  EXPECT_GT(tmj.z, ear.z + 1.0f * kCm) << "tmj " << cm(tmj) << ", ear " << cm(ear);
  EXPECT_LT(tmj.y, temple.y - 2.0f * kCm);
  // Ear: the ear and just behind it, by the mastoid, lateral.
  EXPECT_LT(glm::distance(ear, landmark("mastoid")), 5.0f * kCm) << cm(ear);
  EXPECT_GT(ear.x, landmark("mastoid").x) << cm(ear);
  EXPECT_LT(ear.y, temple.y);
  // Occiput: the back of the head, behind the mastoid, above the neck.
  const glm::vec3 occiput = centre("occiput");
  EXPECT_LT(occiput.z, landmark("mastoid").z - 3.0f * kCm) << cm(occiput);
  EXPECT_GT(occiput.y, landmark("c2_spinous").y) << cm(occiput);
  // Vertex: the top of the head, higher than every other region.
  const glm::vec3 vertex = centre("vertex");
  for (const auto& [id, r] : suite().regions)
    if (id != "vertex") {
      EXPECT_GT(vertex.y, r.centre.y) << id;
    }
  // Forehead above the eye, at the front; eye above the cheek; cheek above the jaw.
  const glm::vec3 forehead = centre("forehead"), eye = centre("eye"), cheek = centre("cheek"), jaw = centre("jaw");
  EXPECT_GT(forehead.y, landmark("eyebrow").y) << cm(forehead);
  EXPECT_GT(forehead.z, landmark("eyebrow").z - 2.0f * kCm) << cm(forehead);
  EXPECT_GT(forehead.y, eye.y);
  EXPECT_GT(eye.y, cheek.y);
  EXPECT_GT(eye.z, temple.z + 2.0f * kCm) << "the eye is on the face, in front of the temple";
  EXPECT_GT(cheek.y, jaw.y);
  // Jaw along the mandible, between its angle and its body.
  EXPECT_LT(glm::distance(jaw, (landmark("mandible_angle") + landmark("mandible_body")) * 0.5f), 3.0f * kCm) << cm(jaw);
  // Teeth: at the front of the face, the upper above the lower, beside the midline.
  const glm::vec3 upper = centre("upper_teeth"), lower = centre("lower_teeth");
  EXPECT_GT(upper.y, lower.y);
  EXPECT_GT(lower.y, landmark("chin").y);
  EXPECT_GT(upper.z, landmark("mandible_body").z);
  EXPECT_LT(upper.x, landmark("mandible_body").x);
}

TEST_F(BodyRegionsTest, NeckRegionsAreWhereRegionsMdSays) {
  const glm::vec3 throat = centre("throat"), posterior = centre("posterior_neck"), lateral = centre("lateral_neck");
  // Throat: front of the neck, between the chin and the jugular notch.
  EXPECT_GT(throat.z, landmark("c4_transverse").z + 3.0f * kCm) << cm(throat);
  EXPECT_LT(throat.y, landmark("chin").y);
  EXPECT_GT(throat.y, landmark("jugular_notch").y);
  // Back of the neck beside the spine: behind the transverse processes, near the midline,
  // between the skull and C7.
  EXPECT_LT(posterior.z, landmark("c4_transverse").z - 3.0f * kCm) << cm(posterior);
  EXPECT_LT(posterior.x, 5.0f * kCm);
  EXPECT_LT(posterior.y, landmark("external_occipital_protuberance").y);
  EXPECT_GT(posterior.y, landmark("c7_spinous").y);
  // Side of the neck: lateral, below the ear.
  EXPECT_GT(lateral.x, posterior.x + 1.5f * kCm) << cm(lateral);
  EXPECT_LT(lateral.y, landmark("mastoid").y);
  EXPECT_GT(lateral.y, landmark("clavicle_medial_half").y);
}

TEST_F(BodyRegionsTest, ShoulderRegionsAreWhereRegionsMdSays) {
  const glm::vec3 top = centre("shoulder_top"), anterior = centre("anterior_shoulder"),
                  lateral = centre("lateral_shoulder"), posterior = centre("posterior_shoulder");
  // The ridge between the neck and the acromion: medial to the acromion, the highest of the four.
  EXPECT_LT(top.x, landmark("acromion").x) << cm(top);
  EXPECT_GT(top.x, landmark("c7_spinous").x + 4.0f * kCm) << cm(top);
  EXPECT_GT(top.y, anterior.y);
  EXPECT_GT(top.y, lateral.y);
  EXPECT_GT(top.y, posterior.y);
  // Deltoid: front, outside and back of the shoulder joint.
  EXPECT_GT(anterior.z, landmark("humeral_head").z + 3.0f * kCm) << cm(anterior);
  EXPECT_LT(posterior.z, landmark("humeral_head").z - 3.0f * kCm) << cm(posterior);
  EXPECT_GT(lateral.x, landmark("greater_tubercle").x) << cm(lateral);
  EXPECT_GT(lateral.x, anterior.x);
  EXPECT_GT(lateral.x, posterior.x);
  // Shoulder blade: over the infraspinous fossa; the medial border strip between it and the spine.
  const glm::vec3 scapula = centre("scapula"), border = centre("medial_scapular_border");
  EXPECT_LT(glm::distance(glm::vec2(scapula.x, scapula.y),
                          glm::vec2(landmark("infraspinous_fossa").x, landmark("infraspinous_fossa").y)),
            4.0f * kCm)
      << cm(scapula);
  EXPECT_LT(scapula.z, landmark("infraspinous_fossa").z) << "on the back";
  EXPECT_LT(border.x, landmark("scapula_medial_mid").x) << cm(border);
  EXPECT_GT(border.x, 1.0f * kCm) << cm(border);
  EXPECT_LT(border.z, landmark("scapula_medial_mid").z) << cm(border);
  EXPECT_GT(border.y, landmark("scapula_inferior_angle").y);
  EXPECT_LT(border.y, landmark("scapula_superior_angle").y);
}

TEST_F(BodyRegionsTest, TrunkFrontRegionsAreWhereRegionsMdSays) {
  const glm::vec3 sternum = centre("sternum"), chest = centre("chest"), upper = centre("upper_abdomen"),
                  lower = centre("lower_abdomen"), groin = centre("groin");
  // Breastbone: on the midline, in front, between the jugular notch and the xiphoid.
  EXPECT_GT(sternum.z, landmark("sternal_angle").z) << cm(sternum);
  EXPECT_LT(sternum.y, landmark("jugular_notch").y);
  EXPECT_GT(sternum.y, landmark("xiphoid").y);
  // Chest beside it; then, going down, the upper abdomen, the navel, the lower abdomen, the groin.
  EXPECT_GT(chest.x, sternum.x + 5.0f * kCm) << cm(chest);
  EXPECT_GT(chest.z, landmark("rib4_front").z - 1.0f * kCm) << cm(chest);
  EXPECT_GT(chest.y, landmark("xiphoid").y);
  EXPECT_LT(upper.y, landmark("xiphoid").y) << cm(upper);
  EXPECT_GT(upper.y, landmark("l3_body").y) << "above the navel";
  EXPECT_LT(lower.y, landmark("l3_body").y) << "below the navel";
  EXPECT_GT(lower.y, landmark("pubic_tubercle").y) << cm(lower);
  EXPECT_GT(upper.z, landmark("l3_body").z + 5.0f * kCm) << "at the front";
  EXPECT_GT(lower.z, landmark("l5_body").z + 5.0f * kCm) << "at the front";
  // Groin: along the inguinal ligament, between the ASIS and the pubic tubercle.
  EXPECT_LT(groin.y, landmark("asis").y) << cm(groin);
  EXPECT_GT(groin.y, landmark("pubic_tubercle").y - 2.0f * kCm) << cm(groin);
  EXPECT_LT(groin.x, landmark("asis").x) << cm(groin);
  EXPECT_GT(groin.x, landmark("pubic_tubercle").x) << cm(groin);
  EXPECT_LT(groin.y, lower.y);
}

TEST_F(BodyRegionsTest, BackAndPelvisRegionsAreWhereRegionsMdSays) {
  const glm::vec3 mid = centre("mid_back"), low = centre("low_back"), si = centre("sacroiliac"),
                  coccyx = centre("coccyx"), buttock = centre("buttock"), hip = centre("lateral_hip");
  // Going down the back beside the spine: mid back (below the shoulder blade), low back, sacroiliac.
  EXPECT_LT(mid.y, landmark("scapula_inferior_angle").y + 1.0f * kCm) << cm(mid);
  EXPECT_GT(mid.y, landmark("t12_spinous").y - 1.0f * kCm) << cm(mid);
  EXPECT_LT(low.y, landmark("t12_spinous").y) << cm(low);
  EXPECT_GT(low.y, landmark("psis").y) << cm(low);
  for (const glm::vec3& back : {mid, low}) {
    EXPECT_LT(back.z, landmark("t12_transverse").z) << "on the back: " << cm(back);
    EXPECT_GT(back.x, 1.5f * kCm) << "beside the spine: " << cm(back);
    EXPECT_LT(back.x, 12.0f * kCm) << "beside the spine: " << cm(back);
  }
  // Sacroiliac: over the joint by the PSIS.
  EXPECT_LT(glm::distance(si, landmark("psis")), 5.0f * kCm) << cm(si);
  EXPECT_LT(si.z, landmark("psis").z) << cm(si);
  // Tailbone: on the midline at the coccyx, the lowest of the back regions.
  EXPECT_LT(glm::distance(coccyx, landmark("coccyx")), 3.5f * kCm) << cm(coccyx);
  EXPECT_LT(coccyx.y, si.y);
  // Buttock: behind the hip joint, below the iliac crest, above the gluteal fold.
  EXPECT_LT(buttock.z, landmark("greater_trochanter").z - 4.0f * kCm) << cm(buttock);
  EXPECT_LT(buttock.y, landmark("iliac_crest_top").y);
  EXPECT_GT(buttock.y, landmark("ischial_tuberosity").y - 2.0f * kCm);
  // Outer hip: over the greater trochanter, lateral.
  EXPECT_LT(glm::distance(hip, landmark("greater_trochanter")), 5.0f * kCm) << cm(hip);
  EXPECT_GT(hip.x, landmark("greater_trochanter").x) << cm(hip);
}

TEST_F(BodyRegionsTest, RegionsOfTheSecondSetAreWhereRegionsMdSays) {
  const glm::vec3 perineum = centre("perineum"), axilla = centre("axilla"), flank = centre("flank"),
                  ribs = centre("lower_ribs"), chest = centre("chest"), upper = centre("upper_abdomen");
  // Perineum: on the midline between the tailbone and the pubis, under the pelvis.
  EXPECT_LT(std::abs(perineum.x), 1.0f * kCm) << cm(perineum);
  EXPECT_LT(perineum.z, landmark("pubic_symphysis").z) << cm(perineum);
  EXPECT_GT(perineum.z, landmark("coccyx").z) << cm(perineum);
  EXPECT_LT(perineum.y, landmark("pubic_tubercle").y + 1.0f * kCm) << cm(perineum);
  // Axilla: the armpit and the side of the chest below it, outside the pectoral area.
  EXPECT_GT(axilla.x, chest.x + 3.0f * kCm) << cm(axilla);
  EXPECT_LT(axilla.y, landmark("acromion").y - 5.0f * kCm) << cm(axilla);
  EXPECT_GT(axilla.y, landmark("rib7_lateral").y) << cm(axilla);
  // Flank: the side of the trunk between the lowest rib and the iliac crest.
  EXPECT_LT(flank.y, landmark("rib11_tip").y) << cm(flank);
  EXPECT_GT(flank.y, landmark("iliac_crest_top").y) << cm(flank);
  EXPECT_GT(flank.x, landmark("iliac_crest_top").x) << "at the side: " << cm(flank);
  // Lower ribs: the costal margin at the front and side, below the chest and above the upper abdomen.
  EXPECT_LT(ribs.y, chest.y) << cm(ribs);
  EXPECT_GT(ribs.y, upper.y) << cm(ribs);
  EXPECT_GT(ribs.x, landmark("rib6_front").x) << "off the midline: " << cm(ribs);
  EXPECT_GT(ribs.z, landmark("rib9_lateral").z) << "at the front and side: " << cm(ribs);
}

TEST_F(BodyRegionsTest, UpperLimbRegionsAreWhereRegionsMdSays) {
  // Upper arm: front over the biceps, back over the triceps, outer and inner sides; all between
  // the shoulder and the elbow.
  const glm::vec3 front = centre("upper_arm_anterior"), back = centre("upper_arm_posterior"),
                  outer = centre("upper_arm_lateral"), inner = centre("upper_arm_medial");
  EXPECT_GT(front.z, landmark("humerus_mid").z + 2.0f * kCm) << cm(front);
  EXPECT_LT(back.z, landmark("humerus_mid").z - 2.0f * kCm) << cm(back);
  EXPECT_GT(outer.x, landmark("humerus_mid").x) << cm(outer);
  EXPECT_LT(inner.x, landmark("humerus_mid").x) << cm(inner);
  for (const glm::vec3& arm : {front, back, outer, inner}) {
    EXPECT_LT(arm.y, landmark("humeral_head").y) << cm(arm);
    EXPECT_GT(arm.y, landmark("lateral_epicondyle").y) << cm(arm);
  }
  // Elbow: over the epicondyles and the olecranon.
  EXPECT_LT(glm::distance(centre("lateral_elbow"), landmark("lateral_epicondyle")), 2.5f * kCm);
  EXPECT_LT(glm::distance(centre("medial_elbow"), landmark("medial_epicondyle")), 2.5f * kCm);
  EXPECT_LT(glm::distance(centre("posterior_elbow"), landmark("olecranon")), 2.5f * kCm);
  EXPECT_LT(centre("posterior_elbow").z, landmark("olecranon").z);
  // Forearm, wrist, hand: in anatomical position the palm faces forward (+z).
  EXPECT_GT(centre("forearm_volar").z, centre("forearm_dorsal").z + 2.0f * kCm);
  EXPECT_GT(centre("wrist_volar").z, centre("wrist_dorsal").z + 2.0f * kCm);
  EXPECT_GT(centre("palm").z, centre("hand_dorsal").z + 2.0f * kCm);
  EXPECT_GT(centre("palm").z, landmark("wrist").z) << cm(centre("palm"));
  for (const char* id : {"forearm_volar", "forearm_dorsal"}) {
    EXPECT_LT(centre(id).y, landmark("lateral_epicondyle").y) << id;
    EXPECT_GT(centre(id).y, landmark("wrist").y) << id;
  }
  EXPECT_LT(glm::distance(centre("wrist_volar"), landmark("wrist")), 3.0f * kCm);
  EXPECT_LT(glm::distance(centre("wrist_dorsal"), landmark("wrist")), 3.0f * kCm);
  for (const char* id : {"palm", "hand_dorsal"}) {
    EXPECT_LT(centre(id).y, landmark("wrist").y) << id;
    EXPECT_GT(centre(id).y, landmark("second_metacarpal_head").y - 1.0f * kCm) << id;
  }
  // Digits: from lateral to medial the thumb, index, middle, ring and little finger; the fingers
  // hang below the palm. Lateral is measured across the hand, square to its long axis in the
  // coronal plane: the arm hangs a few degrees out from the side, so the hand's lateral is not +x.
  const glm::vec3 handDown = glm::normalize(landmark("middle_tip") - landmark("wrist"));
  const glm::vec3 acrossHand = glm::normalize(glm::cross(glm::vec3(0.0f, 0.0f, 1.0f), handDown));
  const char* digits[] = {"thumb", "index_finger", "middle_finger", "ring_finger", "little_finger"};
  for (int i = 0; i + 1 < 5; ++i)
    EXPECT_GT(glm::dot(centre(digits[i]), acrossHand), glm::dot(centre(digits[i + 1]), acrossHand))
        << digits[i] << " is not lateral to " << digits[i + 1];
  for (int i = 1; i < 5; ++i) EXPECT_LT(centre(digits[i]).y, centre("palm").y) << digits[i];
  EXPECT_LT(glm::distance(centre("thumb"), landmark("thumb_mp")), 3.0f * kCm) << cm(centre("thumb"));
}

TEST_F(BodyRegionsTest, LowerLimbRegionsAreWhereRegionsMdSays) {
  // Thigh: four faces between the hip and the knee.
  const glm::vec3 femur = landmark("femur_mid");
  EXPECT_GT(centre("thigh_anterior").z, femur.z + 3.0f * kCm);
  EXPECT_LT(centre("thigh_posterior").z, femur.z - 3.0f * kCm);
  EXPECT_GT(centre("thigh_lateral").x, femur.x + 3.0f * kCm);
  EXPECT_LT(centre("thigh_medial").x, femur.x - 3.0f * kCm);
  for (const char* id : {"thigh_anterior", "thigh_posterior", "thigh_lateral", "thigh_medial"}) {
    EXPECT_LT(centre(id).y, landmark("greater_trochanter").y) << id;
    EXPECT_GT(centre(id).y, landmark("patella_top").y) << id;
  }
  // Knee: around the patella, the two sides and the popliteal fossa.
  EXPECT_LT(glm::distance(centre("knee_anterior"), landmark("patella")), 3.0f * kCm) << cm(centre("knee_anterior"));
  EXPECT_LT(centre("knee_medial").x, landmark("femur_medial_epicondyle").x);
  EXPECT_GT(centre("knee_lateral").x, landmark("femur_lateral_epicondyle").x);
  EXPECT_LT(centre("knee_posterior").z, landmark("lateral_condyle_back").z) << cm(centre("knee_posterior"));
  for (const char* id : {"knee_anterior", "knee_medial", "knee_lateral", "knee_posterior"})
    EXPECT_NEAR(centre(id).y, landmark("tibial_plateau").y, 6.0f * kCm) << id;
  // Leg: the shin in front of the tibia, the fibular side outside the fibula, the calf behind;
  // all between the knee and the ankle.
  EXPECT_GT(centre("shin").z, landmark("tibia_mid").z + 2.0f * kCm) << cm(centre("shin"));
  EXPECT_GT(centre("lateral_leg").x, landmark("fibula_mid").x) << cm(centre("lateral_leg"));
  EXPECT_LT(centre("calf").z, landmark("tibia_mid").z - 3.0f * kCm) << cm(centre("calf"));
  for (const char* id : {"shin", "lateral_leg", "calf"}) {
    EXPECT_LT(centre(id).y, landmark("tibial_tuberosity").y) << id;
    EXPECT_GT(centre(id).y, landmark("medial_malleolus").y) << id;
  }
  // Ankle: around the malleoli and in front of the joint.
  EXPECT_LT(glm::distance(centre("ankle_lateral"), landmark("lateral_malleolus")), 2.5f * kCm);
  EXPECT_LT(glm::distance(centre("ankle_medial"), landmark("medial_malleolus")), 2.5f * kCm);
  EXPECT_GT(centre("ankle_anterior").z, landmark("talus").z + 1.5f * kCm);
  EXPECT_LT(centre("ankle_anterior").y, landmark("tibia_low").y + 2.0f * kCm);
  // Foot: the heel lowest and hindmost, behind the ankle; the sole underneath; the top of the
  // foot above it; the toes in front, the big toe medial to the others.
  const glm::vec3 heel = centre("heel"), sole = centre("sole"), top = centre("foot_dorsal");
  EXPECT_LT(heel.z, landmark("medial_malleolus").z - 3.0f * kCm) << cm(heel);
  EXPECT_LT(heel.y, landmark("lateral_malleolus").y) << cm(heel);
  for (const char* id : {"sole", "foot_dorsal", "big_toe", "lesser_toes", "ankle_anterior", "ankle_medial", "ankle_lateral"})
    EXPECT_LT(heel.z, centre(id).z) << "the heel is behind " << id;
  EXPECT_LT(sole.y, 1.5f * kCm) << cm(sole);
  EXPECT_LT(sole.y, top.y - 2.0f * kCm);
  EXPECT_GT(top.z, landmark("talus").z) << cm(top);
  EXPECT_GT(centre("big_toe").z, landmark("first_metatarsal_head").z);
  EXPECT_GT(centre("lesser_toes").z, landmark("fifth_metatarsal_head").z);
  EXPECT_LT(centre("big_toe").x, centre("lesser_toes").x) << "the big toe is medial";
}

}  // namespace
