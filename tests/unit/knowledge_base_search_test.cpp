// Finding muscles the way people type them, on the real knowledge base.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "knowledge_fixture.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/muscle_search.hpp"

namespace {

using namespace myo::atlas;

const KnowledgeBase& realKnowledgeBase() {
  static const KnowledgeBaseReading reading = readKnowledgeBase(myo::test::sourceAssetsDir());
  return reading.knowledgeBase;
}

std::vector<std::string> idsFound(std::string_view query) {
  std::vector<std::string> ids;
  for (const Muscle* muscle : findMusclesByName(realKnowledgeBase(), query)) ids.push_back(muscle->id);
  return ids;
}

using Ids = std::vector<std::string>;

TEST(KnowledgeBaseSearch, NormalisesCaseSeparatorsAndSpaces) {
  EXPECT_EQ(normaliseSearchText("  Levator_Scapulae "), "levator scapulae");
  EXPECT_EQ(normaliseSearchText("six-pack"), "six pack");
  EXPECT_EQ(normaliseSearchText("TFL"), "tfl");
  EXPECT_EQ(normaliseSearchText(""), "");
}

TEST(KnowledgeBaseSearch, AbbreviationsFindTheirMuscle) {
  EXPECT_EQ(idsFound("SCM"), Ids{"sternocleidomastoid"});
  EXPECT_EQ(idsFound("scm"), Ids{"sternocleidomastoid"});
  EXPECT_EQ(idsFound("QL"), Ids{"quadratus_lumborum"});
  EXPECT_EQ(idsFound("TFL"), Ids{"tensor_fasciae_latae"});
}

TEST(KnowledgeBaseSearch, CommonNamesFindTheirMuscle) {
  EXPECT_EQ(idsFound("psoas"), Ids{"iliopsoas"});
  EXPECT_EQ(idsFound("traps"), Ids{"trapezius"});
  EXPECT_EQ(idsFound("lats"), Ids{"latissimus_dorsi"});
  EXPECT_EQ(idsFound("peroneus longus"), Ids{"fibularis_longus"});
  EXPECT_EQ(idsFound("Levator Scapulae"), Ids{"levator_scapulae"});
  EXPECT_EQ(idsFound("levator_scapulae"), Ids{"levator_scapulae"});
}

// The muscles added in the knowledge base's second round, by the names a therapist types.
TEST(KnowledgeBaseSearch, TheAddedMusclesAreFoundByTheirCommonNames) {
  EXPECT_EQ(idsFound("obturator internus"), Ids{"obturator_internus"});
  EXPECT_EQ(idsFound("FCU"), Ids{"flexor_carpi_ulnaris"});
  EXPECT_EQ(idsFound("FDP"), Ids{"flexor_digitorum_profundus"});
  EXPECT_EQ(idsFound("diaphragm"), Ids{"diaphragm"});
  EXPECT_EQ(idsFound("pelvic floor"), (Ids{"coccygeus", "levator_ani"}));
}

TEST(KnowledgeBaseSearch, GroupNamesFindEveryMember) {
  EXPECT_EQ(idsFound("hamstrings"), (Ids{"biceps_femoris", "semimembranosus", "semitendinosus"}));
  EXPECT_EQ(idsFound("quads"), (Ids{"rectus_femoris", "vastus_intermedius", "vastus_lateralis", "vastus_medialis"}));
  EXPECT_EQ(idsFound("rotator cuff"), (Ids{"infraspinatus", "subscapularis", "supraspinatus", "teres_minor"}));
  EXPECT_EQ(idsFound("pecs"), (Ids{"pectoralis_major", "pectoralis_minor"}));
}

TEST(KnowledgeBaseSearch, LookUpPrefersTheExactIdThenAUniqueName) {
  MuscleLookup byId = lookUpMuscle(realKnowledgeBase(), "deltoid");
  ASSERT_NE(byId.muscle, nullptr);
  EXPECT_EQ(byId.muscle->id, "deltoid");

  MuscleLookup byAlias = lookUpMuscle(realKnowledgeBase(), "SCM");
  ASSERT_NE(byAlias.muscle, nullptr);
  EXPECT_EQ(byAlias.muscle->id, "sternocleidomastoid");

  MuscleLookup ambiguous = lookUpMuscle(realKnowledgeBase(), "hamstrings");
  EXPECT_EQ(ambiguous.muscle, nullptr);
  EXPECT_EQ(ambiguous.candidates.size(), 3u);
}

TEST(KnowledgeBaseSearch, MisspellingsSuggestTheNearestIds) {
  const MuscleLookup lookup = lookUpMuscle(realKnowledgeBase(), "trapezus");
  EXPECT_EQ(lookup.muscle, nullptr);
  ASSERT_FALSE(lookup.suggestions.empty());
  EXPECT_EQ(lookup.suggestions.front(), "trapezius");

  const std::vector<std::string> swapped = nearestMuscleIds(realKnowledgeBase(), "deltiod");
  ASSERT_FALSE(swapped.empty());
  EXPECT_EQ(swapped.front(), "deltoid");

  const std::vector<std::string> gluteus = nearestMuscleIds(realKnowledgeBase(), "gluteus");
  EXPECT_EQ(gluteus, (Ids{"gluteus_maximus", "gluteus_medius", "gluteus_minimus"}));
}

TEST(KnowledgeBaseSearch, NonsenseSuggestsNothing) {
  EXPECT_TRUE(nearestMuscleIds(realKnowledgeBase(), "xyzzy").empty());
  EXPECT_TRUE(lookUpMuscle(realKnowledgeBase(), "").suggestions.empty());
}

}  // namespace
