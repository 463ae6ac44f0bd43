// `myoatlas measure` as someone editing the anatomy runs it: one JSON document with every figure,
// each muscle beside its target and source, and a clear refusal of a broken description.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <string>

#include <nlohmann/json.hpp>

#include "run_command.hpp"
#include "scoped_environment.hpp"

namespace {

using myo::test::runMyoatlas;
using myo::test::ScopedEnvironment;

TEST(MeasureCli, JsonHasTheBodysFiguresAndEveryMuscleOnBothSidesWithItsSource) {
  const auto result = runMyoatlas({"measure", "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json m = nlohmann::json::parse(result.out);  // stdout holds the JSON and nothing else
  EXPECT_NEAR(m.at("stature_m").get<double>(), 1.75, 0.03);
  for (const char* girth : {"neck", "chest", "waist", "hip", "thigh", "calf", "upper_arm", "forearm"})
    EXPECT_TRUE(m.at("girths_m").contains(girth)) << girth;
  for (const char* breadth : {"biacromial", "bi_iliac"}) EXPECT_GT(m.at("breadths_m").at(breadth).get<double>(), 0.2) << breadth;
  const nlohmann::json& chest = m.at("targets_m").at("chest");  // the survey's figure beside the body's
  EXPECT_NEAR(chest.at("target_m").get<double>(), 1.0, 0.1);
  EXPECT_NE(chest.at("source").get<std::string>().find("Heinz"), std::string::npos) << chest.dump();
  std::set<std::string> sides;
  for (const nlohmann::json& muscle : m.at("muscles")) {
    if (muscle.at("id") != "gluteus_maximus") continue;
    sides.insert(muscle.at("side").get<std::string>());
    EXPECT_GT(muscle.at("volume_cm3").get<double>(), 100.0);
    EXPECT_GT(muscle.at("target_cm3").get<double>(), 500.0);
    EXPECT_NE(muscle.at("source").get<std::string>().find("Handsfield"), std::string::npos) << muscle.dump();
    EXPECT_GT(muscle.at("length_m").get<double>(), 0.1);
  }
  EXPECT_EQ(sides, (std::set<std::string>{"left", "right"}));
}

TEST(MeasureCli, TextShowsHowFarEachMuscleIsFromItsTarget) {
  const auto result = runMyoatlas({"measure"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_NE(result.out.find("stature"), std::string::npos);
  const auto row = result.out.find("\n  masseter ");
  ASSERT_NE(row, std::string::npos) << result.out;
  EXPECT_NE(result.out.substr(row, 80).find('%'), std::string::npos) << result.out.substr(row, 80);
  const auto neck = result.out.find("\n  neck ");  // a girth beside its survey figure
  ASSERT_NE(neck, std::string::npos) << result.out;
  const std::string line = result.out.substr(neck + 1, result.out.find('\n', neck + 1) - neck - 1);
  EXPECT_NE(line.find("target 0.355"), std::string::npos) << line;
  EXPECT_NE(line.find('%'), std::string::npos) << line;
}

TEST(MeasureCli, ABrokenVolumesFileIsNamedAndExitsTwo) {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("myo-measure-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::copy(std::filesystem::path(MYO_ASSETS_DIR) / "anatomy", dir, std::filesystem::copy_options::recursive);
  std::ofstream(dir / "volumes" / "zz_broken.json") << R"({"volumes": [{"id": "soleus", "target_cm3": -3}]})";
  const auto result = runMyoatlas({"measure", "--anatomy", dir.string()});
  std::filesystem::remove_all(dir);
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("zz_broken.json: /volumes/0/target_cm3"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

// The anatomy moves with the knowledge base: MYO_ASSETS_DIR chooses both.
TEST(MeasureCli, TheAnatomyComesFromTheAssetsDirectoryInTheEnvironment) {
  const std::filesystem::path assets = std::filesystem::temp_directory_path() / ("myo-measure-assets-" + std::to_string(::getpid()));
  std::filesystem::remove_all(assets);
  std::filesystem::create_directories(assets);
  std::filesystem::copy(std::filesystem::path(MYO_ASSETS_DIR) / "anatomy", assets / "anatomy", std::filesystem::copy_options::recursive);
  const std::filesystem::path broken = assets / "anatomy" / "volumes" / "zz_broken.json";
  std::ofstream(broken) << R"({"volumes": [{"id": "soleus", "target_cm3": -3}]})";
  const auto result = [&] {
    const ScopedEnvironment variable("MYO_ASSETS_DIR", assets.string());
    return runMyoatlas({"measure"});
  }();
  std::filesystem::remove_all(assets);
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find(broken.string() + ": /volumes/0/target_cm3"), std::string::npos) << result.err;
  EXPECT_TRUE(result.out.empty()) << result.out;
}

}  // namespace
