// Facts of the real knowledge base (assets/knowledge) that must not regress: attachments,
// innervations, sides of referral, group members. Each names the file to fix when it fails.
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "knowledge_fixture.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/knowledge_checks.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/knowledge_json.hpp"
#include "myo/atlas/muscle_list.hpp"

namespace {

using namespace myo::atlas;

// Read once for all tests of this file; reading never fails as a whole, so each test can say
// which file is missing or broken.
const KnowledgeBaseReading& realData() {
  static const KnowledgeBaseReading reading = readKnowledgeBase(myo::test::sourceAssetsDir());
  return reading;
}

std::string problemsOfFile(const std::string& id) {
  const std::string file = KnowledgeFiles::in(myo::test::sourceAssetsDir()).muscleFile(id).string();
  std::string text;
  for (const Problem& problem : realData().problems)
    if (problem.file == file) text += "\n  " + formatProblem(problem);
  return text;
}

// The muscle, or nullptr after recording a failure that names the file.
const Muscle* muscle(const std::string& id) {
  const Muscle* found = realData().knowledgeBase.findMuscle(id);
  if (found == nullptr)
    ADD_FAILURE() << "assets/knowledge/muscles/" << id << ".json is missing or could not be read" << problemsOfFile(id);
  return found;
}

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// True when the text mentions any of the phrases, ignoring case (references word things differently).
bool mentions(const std::string& text, std::initializer_list<const char*> phrases) {
  const std::string haystack = lower(text);
  return std::any_of(phrases.begin(), phrases.end(), [&](const char* p) { return haystack.find(lower(p)) != std::string::npos; });
}

bool hasRoot(const Muscle& m, const std::string& root) {
  const auto& roots = m.anatomy.innervation.roots;
  return std::find(roots.begin(), roots.end(), root) != roots.end();
}

std::vector<std::string> regionsOf(const std::vector<ZonePatch>& zone) {
  std::vector<std::string> regions;
  for (const ZonePatch& patch : zone) regions.push_back(patch.region);
  return regions;
}

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// ---------------------------------------------------------------------------------------------
// The whole knowledge base

TEST(KnowledgeBaseData, LoadsWithoutProblems) {
  std::string problems;
  for (const Problem& problem : realData().problems) problems += "\n  " + formatProblem(problem);
  EXPECT_TRUE(realData().problems.empty()) << "fix these in assets/knowledge:" << problems;
  const myo::Result<KnowledgeBase> strict = loadKnowledgeBase(myo::test::sourceAssetsDir());
  EXPECT_EQ(strict.ok(), realData().problems.empty());
}

TEST(KnowledgeBaseData, EveryListedMuscleIsPresentUnderItsBodyPart) {
  const KnowledgeFiles files = KnowledgeFiles::in(myo::test::sourceAssetsDir());
  const myo::Result<std::vector<ExpectedMuscle>> list = loadMuscleList(files.muscleList);
  ASSERT_TRUE(list) << list.error().message;
  EXPECT_EQ(list->size(), 113u) << "knowledge/muscle-list.txt must hold the 113 muscles of ../shared/muscles.md";
  for (const Problem& problem : checkMuscleListCovered(realData().knowledgeBase, *list, files))
    ADD_FAILURE() << formatProblem(problem);
}

TEST(KnowledgeBaseData, EveryReferenceResolves) {
  const KnowledgeFiles files = KnowledgeFiles::in(myo::test::sourceAssetsDir());
  const myo::Result<std::vector<ExpectedMuscle>> list = loadMuscleList(files.muscleList);
  ASSERT_TRUE(list) << list.error().message;
  for (const Problem& problem : checkCrossReferences(realData().knowledgeBase, *list, files))
    ADD_FAILURE() << formatProblem(problem);
}

TEST(KnowledgeBaseData, EveryRecordReadsBackAsItsFile) {
  // Writing a record back must give its file: nothing in the files is ignored by the reader.
  for (const Muscle& m : realData().knowledgeBase.muscles()) {
    const nlohmann::json written = nlohmann::json::parse(toJson(m).dump());
    EXPECT_EQ(written, myo::test::readJson(m.file)) << m.file.string() << " is not read completely";
  }
}

TEST(KnowledgeBaseData, RegionVocabularyHasBothSidesAndFiveMidlineRegions) {
  const RegionVocabulary& regions = realData().knowledgeBase.regions();
  std::size_t left = 0, right = 0, midline = 0;
  for (const Region& region : regions.all()) {
    left += region.side == RegionSide::Left;
    right += region.side == RegionSide::Right;
    midline += region.side == RegionSide::Midline;
  }
  EXPECT_EQ(left, 67u);
  EXPECT_EQ(right, 67u);
  EXPECT_EQ(midline, 5u);
  for (const char* id : {"vertex", "throat", "sternum", "coccyx", "perineum"}) {
    const Region* region = regions.find(id);
    ASSERT_NE(region, nullptr) << id;
    EXPECT_EQ(region->side, RegionSide::Midline) << id;
  }
  const Region* temple = regions.find("left_temple");
  ASSERT_NE(temple, nullptr);
  EXPECT_EQ(temple->base, "temple");
  EXPECT_EQ(temple->name, "Left temple");
  EXPECT_EQ(temple->baseName, "Temple");
  EXPECT_EQ(temple->group, RegionGroup::HeadAndFace);
  ASSERT_NE(regions.onSide("temple", RegionSide::Right), nullptr);
  EXPECT_EQ(regions.onSide("temple", RegionSide::Right)->id, "right_temple");
  EXPECT_EQ(regions.onSide("sternum", RegionSide::Left)->id, "sternum");
}

// ---------------------------------------------------------------------------------------------
// Attachments

TEST(KnowledgeBaseData, LevatorScapulaeRunsFromUpperCervicalToSuperiorAngle) {
  const Muscle* m = muscle("levator_scapulae");
  ASSERT_NE(m, nullptr);
  EXPECT_TRUE(mentions(m->anatomy.origin, {"transverse process"})) << m->anatomy.origin;
  EXPECT_TRUE(mentions(m->anatomy.origin, {"C1", "atlas"})) << m->anatomy.origin;
  EXPECT_TRUE(mentions(m->anatomy.insertion, {"superior angle"})) << m->anatomy.insertion;
  EXPECT_TRUE(mentions(m->anatomy.insertion, {"medial border", "vertebral border"})) << m->anatomy.insertion;
}

TEST(KnowledgeBaseData, RotatorCuffAttachments) {
  struct Expected {
    const char* id;
    const char* origin;
    const char* insertion;
  };
  for (const Expected& e : {Expected{"supraspinatus", "supraspinous fossa", "greater tubercle"},
                            Expected{"infraspinatus", "infraspinous fossa", "greater tubercle"},
                            Expected{"teres_minor", "lateral", "greater tubercle"},
                            Expected{"subscapularis", "subscapular fossa", "lesser tubercle"}}) {
    const Muscle* m = muscle(e.id);
    if (m == nullptr) continue;
    EXPECT_TRUE(mentions(m->anatomy.origin, {e.origin})) << e.id << " origin: " << m->anatomy.origin;
    EXPECT_TRUE(mentions(m->anatomy.insertion, {e.insertion})) << e.id << " insertion: " << m->anatomy.insertion;
  }
}

TEST(KnowledgeBaseData, SampleOfOriginsAndInsertions) {
  struct Expected {
    const char* id;
    std::initializer_list<const char*> origin;
    std::initializer_list<const char*> insertion;
  };
  const Expected samples[] = {
      {"sternocleidomastoid", {"manubrium"}, {"mastoid"}},
      {"sternocleidomastoid", {"clavicle"}, {"superior nuchal line"}},
      {"piriformis", {"sacrum"}, {"greater trochanter"}},
      {"gluteus_medius", {"ilium"}, {"greater trochanter"}},
      {"gluteus_minimus", {"ilium"}, {"greater trochanter"}},
      {"biceps_brachii", {"coracoid"}, {"radial tuberosity", "tuberosity of the radius"}},
      {"biceps_brachii", {"supraglenoid"}, {"bicipital aponeurosis"}},
      {"brachialis", {"humerus"}, {"coronoid", "ulnar tuberosity", "tuberosity of the ulna"}},
      {"coracobrachialis", {"coracoid"}, {"humerus"}},
      {"pectoralis_minor", {"rib"}, {"coracoid"}},
      {"rectus_femoris", {"anterior inferior iliac spine"}, {"patella"}},
      {"sartorius", {"anterior superior iliac spine"}, {"tibia"}},
      {"tibialis_anterior", {"tibia"}, {"medial cuneiform"}},
      {"tibialis_anterior", {"tibia"}, {"first metatarsal"}},
      {"gastrocnemius", {"condyle"}, {"calcaneus", "calcaneal"}},
      {"soleus", {"fibula"}, {"calcaneus", "calcaneal"}},
      {"quadratus_lumborum", {"iliac crest"}, {"twelfth rib", "12th rib"}},
      {"latissimus_dorsi", {"thoracolumbar fascia", "iliac crest"}, {"intertubercular", "bicipital groove"}},
      {"teres_major", {"inferior angle"}, {"intertubercular", "bicipital groove"}},
      {"temporalis", {"temporal fossa"}, {"coronoid"}},
      {"masseter", {"zygomatic"}, {"ramus", "angle of the mandible"}},
      {"tensor_fasciae_latae", {"anterior superior iliac spine"}, {"iliotibial"}},
      {"popliteus", {"lateral condyle", "lateral femoral condyle"}, {"tibia"}},
  };
  for (const Expected& e : samples) {
    const Muscle* m = muscle(e.id);
    if (m == nullptr) continue;
    EXPECT_TRUE(mentions(m->anatomy.origin, e.origin)) << e.id << " origin should mention " << *e.origin.begin()
                                                       << ": " << m->anatomy.origin;
    EXPECT_TRUE(mentions(m->anatomy.insertion, e.insertion))
        << e.id << " insertion should mention " << *e.insertion.begin() << ": " << m->anatomy.insertion;
  }
}

// ---------------------------------------------------------------------------------------------
// Innervation

TEST(KnowledgeBaseData, InnervationsWithTheirRoots) {
  struct Expected {
    const char* id;
    std::initializer_list<const char*> nerve;
    std::initializer_list<const char*> roots;
  };
  const Expected samples[] = {
      {"trapezius", {"accessory"}, {}},
      {"sternocleidomastoid", {"accessory"}, {}},
      {"deltoid", {"axillary"}, {"C5", "C6"}},
      {"teres_minor", {"axillary"}, {"C5"}},
      {"supraspinatus", {"suprascapular"}, {"C5"}},
      {"infraspinatus", {"suprascapular"}, {"C5"}},
      {"subscapularis", {"subscapular"}, {"C5", "C6"}},
      {"levator_scapulae", {"dorsal scapular"}, {"C5"}},
      {"rhomboids", {"dorsal scapular"}, {"C5"}},
      {"latissimus_dorsi", {"thoracodorsal"}, {"C6", "C7", "C8"}},
      {"serratus_anterior", {"long thoracic"}, {"C5", "C6", "C7"}},
      {"biceps_brachii", {"musculocutaneous"}, {"C5", "C6"}},
      {"triceps_brachii", {"radial"}, {"C7"}},
      {"pronator_teres", {"median"}, {"C6", "C7"}},
      {"adductor_pollicis", {"ulnar"}, {"C8", "T1"}},
      {"piriformis", {"nerve to piriformis"}, {"S1", "S2"}},
      {"gluteus_medius", {"superior gluteal"}, {"L4", "L5", "S1"}},
      {"gluteus_minimus", {"superior gluteal"}, {"L4", "L5", "S1"}},
      {"tensor_fasciae_latae", {"superior gluteal"}, {"L4", "L5"}},
      {"gluteus_maximus", {"inferior gluteal"}, {"L5", "S1", "S2"}},
      {"rectus_femoris", {"femoral"}, {"L2", "L3", "L4"}},
      {"vastus_lateralis", {"femoral"}, {"L3", "L4"}},
      {"adductor_longus", {"obturator"}, {"L3"}},
      {"semitendinosus", {"tibial", "sciatic"}, {"L5", "S1"}},
      {"gastrocnemius", {"tibial"}, {"S1", "S2"}},
      {"tibialis_anterior", {"deep fibular", "deep peroneal"}, {"L4", "L5"}},
      {"fibularis_longus", {"superficial fibular", "superficial peroneal"}, {"L5", "S1"}},
      {"quadratus_lumborum", {"subcostal", "T12", "lumbar"}, {"T12", "L1"}},
      {"temporalis", {"trigeminal", "mandibular"}, {"CN V"}},
      {"masseter", {"trigeminal", "mandibular"}, {"CN V"}},
      {"occipitofrontalis", {"facial"}, {"CN VII"}},
  };
  for (const Expected& e : samples) {
    const Muscle* m = muscle(e.id);
    if (m == nullptr) continue;
    EXPECT_TRUE(mentions(m->anatomy.innervation.nerve, e.nerve))
        << e.id << " nerve should mention " << *e.nerve.begin() << ": " << m->anatomy.innervation.nerve;
    for (const char* root : e.roots) EXPECT_TRUE(hasRoot(*m, root)) << e.id << " roots should include " << root;
  }
}

// ---------------------------------------------------------------------------------------------
// Trigger points and referral

TEST(KnowledgeBaseData, UpperTrapeziusRefersToTheSameTemple) {
  const Muscle* m = muscle("trapezius");
  ASSERT_NE(m, nullptr);
  const TriggerPoint* tp1 = realData().knowledgeBase.findTriggerPoint("trapezius/tp1");
  ASSERT_NE(tp1, nullptr) << "trapezius/tp1 is missing";
  EXPECT_EQ(tp1->referral.side, ReferralSide::Ipsilateral);
  EXPECT_TRUE(contains(regionsOf(tp1->referral.essential), "temple")) << "the temple is essential for trapezius/tp1";
  EXPECT_TRUE(contains(regionsOf(tp1->referral.essential), "lateral_neck"));
}

TEST(KnowledgeBaseData, ClassicReferralZones) {
  struct Expected {
    const char* muscle;
    const char* region;  // in the essential zone of at least one trigger point
  };
  const Expected samples[] = {
      {"infraspinatus", "anterior_shoulder"},    // deep pain in the front of the shoulder
      {"supraspinatus", "lateral_shoulder"},     // over the middle deltoid
      {"levator_scapulae", "shoulder_top"},      // the angle of the neck
      {"sternocleidomastoid", "eye"},            // around the eye, sternal division
      {"gluteus_minimus", "thigh_lateral"},      // "pseudo-sciatica" down the side of the thigh
      {"piriformis", "buttock"},
      {"scalenes", "medial_scapular_border"},
      {"sternalis", "sternum"},
      {"masseter", "upper_teeth"},
      {"temporalis", "temple"},
      {"quadratus_lumborum", "sacroiliac"},
      {"soleus", "heel"},
      {"tibialis_anterior", "big_toe"},
      {"adductor_pollicis", "thumb"},
  };
  for (const Expected& e : samples) {
    const Muscle* m = muscle(e.muscle);
    if (m == nullptr) continue;
    const bool found = std::any_of(m->triggerPoints.begin(), m->triggerPoints.end(), [&](const TriggerPoint& tp) {
      return contains(regionsOf(tp.referral.essential), e.region);
    });
    EXPECT_TRUE(found) << e.muscle << ": no trigger point has " << e.region << " in its essential zone";
  }
}

TEST(KnowledgeBaseData, RectusAbdominisBackPainCrossesTheMidline) {
  // The horizontal band across the back from the upper rectus abdominis is felt on both sides.
  const Muscle* m = muscle("rectus_abdominis");
  ASSERT_NE(m, nullptr);
  const bool bilateralBack = std::any_of(m->triggerPoints.begin(), m->triggerPoints.end(), [](const TriggerPoint& tp) {
    return tp.referral.side == ReferralSide::Bilateral && contains(regionsOf(tp.referral.essential), "mid_back");
  });
  EXPECT_TRUE(bilateralBack) << "a rectus_abdominis trigger point should refer bilaterally across the mid back";
}

TEST(KnowledgeBaseData, TriggerPointsAreNumberedFromOne) {
  for (const Muscle& m : realData().knowledgeBase.muscles()) {
    ASSERT_FALSE(m.triggerPoints.empty()) << m.id;
    for (std::size_t i = 0; i < m.triggerPoints.size(); ++i)
      EXPECT_EQ(m.triggerPoints[i].id, m.id + "/tp" + std::to_string(i + 1));
  }
}

// ---------------------------------------------------------------------------------------------
// Groups

TEST(KnowledgeBaseData, GroupEntriesNameTheirMembers) {
  struct Expected {
    const char* id;
    std::vector<std::string> members;
  };
  const Expected groups[] = {
      {"scalenes", {"scalenus_anterior", "scalenus_medius", "scalenus_posterior"}},
      {"rhomboids", {"rhomboid_major", "rhomboid_minor"}},
      {"suboccipitals",
       {"rectus_capitis_posterior_major", "rectus_capitis_posterior_minor", "obliquus_capitis_inferior",
        "obliquus_capitis_superior"}},
      {"iliopsoas", {"iliacus", "psoas_major"}},
  };
  for (const Expected& group : groups) {
    const Muscle* m = muscle(group.id);
    if (m == nullptr) continue;
    EXPECT_TRUE(m->isGroup()) << group.id;
    for (const std::string& member : group.members)
      EXPECT_TRUE(contains(m->members, member)) << group.id << " should list " << member;
    for (const TriggerPoint& tp : m->triggerPoints) {
      ASSERT_TRUE(tp.location.member.has_value()) << tp.id << " must say which member it lies in";
      EXPECT_TRUE(contains(m->members, *tp.location.member)) << tp.id;
    }
  }
  const Muscle* single = muscle("levator_scapulae");
  ASSERT_NE(single, nullptr);
  EXPECT_FALSE(single->isGroup());
}

// ---------------------------------------------------------------------------------------------
// Cautions a therapist must see

TEST(KnowledgeBaseData, CautionsNameTheStructuresAtRisk) {
  struct Expected {
    const char* id;
    std::initializer_list<const char*> structure;
  };
  const Expected samples[] = {
      {"sternocleidomastoid", {"carotid"}},
      {"scalenes", {"brachial plexus", "subclavian"}},
      {"iliopsoas", {"femoral", "aorta"}},
      {"pectineus", {"femoral"}},
      {"piriformis", {"sciatic"}},
  };
  for (const Expected& e : samples) {
    const Muscle* m = muscle(e.id);
    if (m == nullptr) continue;
    std::string cautions;
    for (const std::string& caution : m->clinical.cautions) cautions += caution + " ";
    EXPECT_TRUE(mentions(cautions, e.structure)) << e.id << " cautions should mention " << *e.structure.begin();
  }
}

}  // namespace
