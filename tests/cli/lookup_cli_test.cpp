// `myoatlas lookup` as a therapist runs it: the JSON form of issue 8, the readable list, and the
// answer to a mistyped region.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "run_command.hpp"

namespace {

using myo::test::runMyoatlas;

TEST(LookupCli, JsonListsTheRankedMusclesInTheDocumentedForm) {
  const auto result = runMyoatlas({"lookup", "--region", "left_temple", "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json document = nlohmann::json::parse(result.out);  // stdout holds one JSON document only
  EXPECT_EQ(document["regions"], nlohmann::json::array({"left_temple"}));
  const nlohmann::json& results = document["results"];
  ASSERT_TRUE(results.is_array());
  EXPECT_LE(results.size(), 10u);
  ASSERT_FALSE(results.empty());
  double previous = 2.0;
  for (const nlohmann::json& r : results) {
    for (const char* key : {"muscle", "name", "side", "score", "trigger_points", "coverage", "drawing_score", "reasons"})
      EXPECT_TRUE(r.contains(key)) << key << " in " << r.dump();
    EXPECT_EQ(r.size(), 8u) << r.dump();
    // Without findings the score is the drawing's, and the one reason says how much it covers.
    EXPECT_EQ(r["score"], r["drawing_score"]);
    ASSERT_EQ(r["reasons"].size(), 1u) << r.dump();
    EXPECT_EQ(r["reasons"][0].get<std::string>().rfind("its pattern covers ", 0), 0u) << r.dump();
    // A right muscle may reach the left temple only at the edge of a pattern across the forehead.
    if (r["coverage"].get<double>() > 0.05) {
      EXPECT_EQ(r["side"], "left") << r.dump();
    }
    EXPECT_LE(r["score"].get<double>(), previous);
    previous = r["score"].get<double>();
    ASSERT_FALSE(r["trigger_points"].empty());
    EXPECT_EQ(r["trigger_points"][0].get<std::string>().rfind(r["muscle"].get<std::string>() + "/tp", 0), 0u);
  }
  EXPECT_EQ(results[0]["muscle"], "temporalis");
  EXPECT_EQ(results[0]["name"], "Temporalis");
  EXPECT_EQ(document["warnings"], nlohmann::json::array());
  EXPECT_EQ(document["refer"], nlohmann::json::array());
}

TEST(LookupCli, SeveralRegionsMeanPainInAllOfThemAndTopLimitsTheList) {
  const auto result = runMyoatlas({"lookup", "--region", "right_temple,right_lateral_neck", "--top", "3", "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json document = nlohmann::json::parse(result.out);
  EXPECT_EQ(document["regions"], nlohmann::json::array({"right_temple", "right_lateral_neck"}));
  ASSERT_EQ(document["results"].size(), 3u);
  EXPECT_EQ(document["results"][0]["muscle"], "trapezius");
  EXPECT_EQ(document["results"][0]["side"], "right");
}

TEST(LookupCli, DefaultsToTenResults) {
  const auto result = runMyoatlas({"lookup", "--region", "left_lateral_elbow", "--region", "left_forearm_dorsal", "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out)["results"].size(), 10u);
}

TEST(LookupCli, TextNamesRankMuscleSideTriggerPointAndCoverage) {
  const auto result = runMyoatlas({"lookup", "--region", "left_anterior_shoulder", "--top", "3"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_NE(result.out.find("Pain in: Left "), std::string::npos) << result.out;
  EXPECT_NE(result.out.find(" 1. Infraspinatus, left side"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("infraspinatus/tp"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("% of the pain"), std::string::npos) << result.out;
  EXPECT_EQ(result.out.find(" 4. "), std::string::npos) << result.out;
}

TEST(LookupCli, AnUnknownRegionExitsTwoAndSuggestsTheNearestIds) {
  const auto result = runMyoatlas({"lookup", "--region", "left_tempel", "--json"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_TRUE(result.out.empty()) << result.out;
  EXPECT_NE(result.err.find("unknown region 'left_tempel'"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("did you mean: left_temple"), std::string::npos) << result.err;
  // A base id without its side: both sides are suggested.
  const auto bare = runMyoatlas({"lookup", "--region", "temple"});
  EXPECT_EQ(bare.exitCode, 2);
  EXPECT_NE(bare.err.find("left_temple"), std::string::npos) << bare.err;
  EXPECT_NE(bare.err.find("right_temple"), std::string::npos) << bare.err;
  // A side given to a midline region: the midline one is suggested.
  const auto sided = runMyoatlas({"lookup", "--region", "left_throat"});
  EXPECT_EQ(sided.exitCode, 2);
  EXPECT_NE(sided.err.find("did you mean: throat"), std::string::npos) << sided.err;
}

TEST(LookupCli, MissingRegionOrBadTopIsAUsageError) {
  EXPECT_EQ(runMyoatlas({"lookup"}).exitCode, 2);
  EXPECT_EQ(runMyoatlas({"lookup", "--region", "left_temple", "--top", "0"}).exitCode, 2);
  const auto help = runMyoatlas({"lookup", "--help"});
  EXPECT_EQ(help.exitCode, 0);
  EXPECT_NE(help.out.find("--region"), std::string::npos) << help.out;
  EXPECT_NE(help.out.find("--top"), std::string::npos) << help.out;
}

}  // namespace

namespace {

TEST(LookupCli, BenchReportsARankingOfEveryMuscleUnderTwentyMilliseconds) {
  const auto result = myo::test::runMyoatlas({"bench", "--json", "--runs", "3", "--only", "lookup"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json document = nlohmann::json::parse(result.out);
  std::optional<double> rankMs;
  std::optional<double> patterns;
  for (const nlohmann::json& figure : document["figures"]) {
    if (figure["name"] == "lookup.rank_ms") rankMs = figure["value"].get<double>();
    if (figure["name"] == "lookup.patterns") patterns = figure["value"].get<double>();
  }
  ASSERT_TRUE(rankMs) << result.out;
  ASSERT_TRUE(patterns) << result.out;
  EXPECT_GT(*rankMs, 0.0);
  EXPECT_LT(*rankMs, 20.0);  // the goal; the measured figure is far below it, so load does not make this flaky
  EXPECT_GE(*patterns, 2.0 * 82);  // every muscle's trigger points, on both sides
}

}  // namespace
