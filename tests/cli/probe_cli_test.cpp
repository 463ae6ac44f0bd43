// `myoatlas probe` as a student pressing into the body: the tissues in the order the fingers meet
// them, with their depths, at landmarks whose layers any anatomy text gives; a bad landmark exits 2.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "run_command.hpp"

namespace {

using myo::test::runMyoatlas;

// The ids met, in order, and the depths, from `probe --json`.
nlohmann::json probe(const std::string& at) {
  const auto result = runMyoatlas({"probe", "--at", at, "--json"});
  EXPECT_EQ(result.exitCode, 0) << result.err;
  return result.exitCode == 0 ? nlohmann::json::parse(result.out) : nlohmann::json::object();
}

std::vector<std::string> idsOf(const nlohmann::json& document) {
  std::vector<std::string> ids;
  for (const nlohmann::json& layer : document.value("layers", nlohmann::json::array())) ids.push_back(layer["id"]);
  return ids;
}

struct Landmark {
  const char* at;
  std::vector<std::string> tissues;  // skin first, the bone that stops the fingers last
};

// Each: the layers over the bony point as the anatomy gives them.
const Landmark kLandmarks[] = {
    {"temporal_fossa", {"skin", "temporalis", "skull"}},          // the temple: temporalis on the skull
    {"mandible_angle", {"skin", "masseter", "mandible"}},         // the angle of the jaw: masseter on the bone
    {"mastoid", {"skin", "sternocleidomastoid", "skull"}},        // SCM's insertion on the mastoid process
    {"infraspinous_fossa", {"skin", "infraspinatus", "scapula"}}, // below the spine of the scapula
    {"olecranon", {"skin", "ulna"}},                              // the point of the elbow lies under the skin
    {"patella", {"skin", "patella"}},                             // so does the kneecap
};

TEST(ProbeCli, TheTissuesComeInTheOrderOfTheAnatomyDownToTheBone) {
  for (const Landmark& landmark : kLandmarks) {
    const nlohmann::json document = probe(landmark.at);
    EXPECT_EQ(idsOf(document), landmark.tissues) << landmark.at << ": " << document.dump(2);
    EXPECT_TRUE(document.value("reaches_bone", false)) << landmark.at;
    double previous = -1.0;
    for (const nlohmann::json& layer : document.value("layers", nlohmann::json::array())) {
      EXPECT_GE(layer["from_mm"].get<double>(), previous) << landmark.at;
      EXPECT_GE(layer["to_mm"].get<double>(), layer["from_mm"].get<double>()) << landmark.at;
      previous = layer["from_mm"].get<double>();
    }
  }
}

TEST(ProbeCli, TheSkinAndFatAreThinOverABoneUnderTheSkinAndTheTextGivesDepths) {
  const nlohmann::json elbow = probe("olecranon.right");
  ASSERT_EQ(idsOf(elbow), (std::vector<std::string>{"skin", "ulna"})) << elbow.dump(2);
  EXPECT_LT(elbow["layers"][1]["from_mm"].get<double>(), 8.0);
  EXPECT_EQ(elbow["layers"][1]["side"], "right");
  const auto text = runMyoatlas({"probe", "--at", "temporal_fossa"});
  ASSERT_EQ(text.exitCode, 0) << text.err;
  EXPECT_NE(text.out.find("skin and fat"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("Temporalis, left"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("bone: skull"), std::string::npos) << text.out;
}

TEST(ProbeCli, AnUnknownLandmarkOrABadPointExitsTwoNamingTheNearest) {
  auto result = runMyoatlas({"probe", "--at", "mandibel_angle"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("did you mean: mandible_angle"), std::string::npos) << result.err;
  result = runMyoatlas({"probe", "--at", "patella.middle"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("left or right"), std::string::npos) << result.err;
  result = runMyoatlas({"probe", "--at", "40,1,2"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("in metres"), std::string::npos) << result.err;
}

// `myoatlas bench --only probe`: the probe at a landmark and the window's probe under a line of
// sight are timed; each is a few milliseconds, far inside the window's 0.1 s between probes.
TEST(ProbeCli, BenchTimesTheProbeAtALandmarkAndUnderALineOfSight) {
  const auto result = runMyoatlas({"bench", "--json", "--runs", "3", "--only", "probe"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json document = nlohmann::json::parse(result.out);
  std::vector<std::string> names;
  for (const nlohmann::json& figure : document.at("figures")) {
    names.push_back(figure.at("name"));
    EXPECT_GT(figure.at("value").get<double>(), 0.0) << figure.dump();
    EXPECT_LT(figure.at("value").get<double>(), 500.0) << figure.dump();
  }
  EXPECT_EQ(names, (std::vector<std::string>{"probe.landmark_ms", "probe.window_ms", "probe.window_first_ms"}));
}

}  // namespace
