// Search as you type, on the real knowledge base: partial names, word starts, aliases and typos
// put the muscle meant first.
#include <gtest/gtest.h>

#include "knowledge_fixture.hpp"
#include "myo/atlas/muscle_ranking.hpp"

namespace {

using namespace myo::atlas;

const KnowledgeBase& knowledgeBase() {
  static const KnowledgeBaseReading reading = readKnowledgeBase(myo::test::sourceAssetsDir());
  return reading.knowledgeBase;
}

std::string first(std::string_view query) {
  const auto ranked = rankMuscles(knowledgeBase(), query);
  return ranked.empty() ? std::string("(nothing)") : ranked.front()->id;
}

TEST(MuscleRanking, PartOfANameFindsTheMuscleFirst) {
  EXPECT_EQ(first("levator sca"), "levator_scapulae");
  EXPECT_EQ(first("Levator_Scap"), "levator_scapulae");
  EXPECT_EQ(first("lev sca"), "levator_scapulae");
  EXPECT_EQ(first("supraspin"), "supraspinatus");
}

TEST(MuscleRanking, AnExactNameOrAliasBeatsLongerNamesThatStartWithIt) {
  EXPECT_EQ(first("trapezius"), "trapezius");
  EXPECT_EQ(first("SCM"), "sternocleidomastoid");
}

TEST(MuscleRanking, TyposStillFindTheMuscle) {
  EXPECT_EQ(first("trapezuis"), "trapezius");
  EXPECT_EQ(first("levatr scapulae"), "levator_scapulae");
}

TEST(MuscleRanking, NonsenseAndEmptyQueriesFindNothing) {
  EXPECT_TRUE(rankMuscles(knowledgeBase(), "").empty());
  EXPECT_TRUE(rankMuscles(knowledgeBase(), "xqzwv").empty());
}

TEST(MuscleRanking, APartialNameMeansTheMusclesOfItsStrongestMatchButNeverATypo) {
  const auto ids = [](std::string_view query) {
    std::string joined;
    for (const Muscle* m : partialNameMatches(knowledgeBase(), query)) joined += (joined.empty() ? "" : ",") + m->id;
    return joined;
  };
  EXPECT_EQ(ids("upper trap"), "trapezius");
  EXPECT_EQ(ids("lev sca"), "levator_scapulae");
  EXPECT_EQ(ids("gluteus"), "gluteus_maximus,gluteus_medius,gluteus_minimus");
  EXPECT_EQ(ids("trapezuis"), "") << "a misspelling is for \"did you mean\", not taken";
}

TEST(MuscleRanking, TheLimitIsKept) { EXPECT_LE(rankMuscles(knowledgeBase(), "a", 5).size(), 5u); }

}  // namespace
