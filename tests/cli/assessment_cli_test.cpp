// The assessment on the command line: `lookup --finding/--intake` as a therapist types them (the
// reasons, the warnings, the referral, the codes refused with their nearest), `findings` and `tests`.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "knowledge_fixture.hpp"
#include "run_command.hpp"

namespace {

using myo::test::runMyoatlas;

TEST(AssessmentCli, FindingsMoveTheMuscleTheyPointToUpAndSayWhyInTheJson) {
  const auto plain = runMyoatlas({"lookup", "--region", "right_buttock,right_thigh_posterior", "--json"});
  ASSERT_EQ(plain.exitCode, 0) << plain.err;
  const auto examined = runMyoatlas({"lookup", "--region", "right_buttock,right_thigh_posterior", "--finding",
                                     "test:fair.right:positive", "--finding", "rom:hip_internal_rotation.right=25",
                                     "--finding", "rom:hip_internal_rotation.left=45", "--json"});
  ASSERT_EQ(examined.exitCode, 0) << examined.err;
  const nlohmann::json before = nlohmann::json::parse(plain.out);
  const nlohmann::json after = nlohmann::json::parse(examined.out);
  EXPECT_NE(before["results"][0]["muscle"], "piriformis") << "the drawing alone already ranks piriformis first";
  const nlohmann::json& first = after["results"][0];
  EXPECT_EQ(first["muscle"], "piriformis");
  EXPECT_EQ(first["side"], "right");
  EXPECT_GT(first["score"].get<double>(), first["drawing_score"].get<double>());
  const std::string reasons = first["reasons"].dump();
  EXPECT_NE(reasons.find("FAIR test"), std::string::npos) << reasons;
  EXPECT_NE(reasons.find("Right hip internal rotation is limited (25°, normal 45°)"), std::string::npos) << reasons;
  EXPECT_EQ(after["findings"].size(), 3u);
}

TEST(AssessmentCli, IntakeFlagsGiveWarningsPerTechniqueAndRedFlagsSayRefer) {
  const auto result = runMyoatlas({"lookup", "--region", "left_temple", "--intake", "hypertension", "--intake",
                                   "red_flag_fever_stiff_neck", "--top", "3", "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json document = nlohmann::json::parse(result.out);
  ASSERT_EQ(document["refer"].size(), 1u);
  EXPECT_EQ(document["refer"][0]["flag"], "red_flag_fever_stiff_neck");
  EXPECT_NE(document["refer"][0]["text"].get<std::string>().find("Refer at once"), std::string::npos);
  ASSERT_EQ(document["warnings"].size(), 3u) << document["warnings"].dump(2);  // one PNF stretch per listed muscle
  for (const nlohmann::json& warning : document["warnings"]) {
    for (const char* key : {"flag", "muscle", "side", "technique", "text"}) EXPECT_TRUE(warning.contains(key)) << key;
    EXPECT_EQ(warning["flag"], "hypertension");
    EXPECT_EQ(warning["technique"], "pnf_stretch");
  }
  // The readable form puts the referral first.
  const auto text = runMyoatlas({"lookup", "--region", "left_temple", "--intake", "red_flag_fever_stiff_neck"});
  ASSERT_EQ(text.exitCode, 0) << text.err;
  EXPECT_LT(text.out.find("REFER"), text.out.find("Muscles whose trigger points"));
}

TEST(AssessmentCli, UnknownCodesExitTwoNamingTheNearestCodes) {
  struct Case {
    std::vector<std::string> extra;
    const char* expected;
  };
  const Case cases[] = {
      {{"--finding", "posture:forward_hed"}, "did you mean: posture:forward_head"},
      {{"--finding", "rom:neck_rotation.left=400"}, "from 0 to 360 (degrees)"},
      {{"--finding", "rom:neck_rotation:limited"}, "needs a side"},
      {{"--finding", "palpation:trapezuis.left:tender"}, "palpation:trapezius"},
      {{"--finding", "test:tomas.left"}, "test:thomas"},
      {{"--intake", "anticoagulant"}, "did you mean: anticoagulants"},
      {{"--intake", "hip_replacement_posterior"}, "needs a side"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args{"lookup", "--region", "left_temple"};
    args.insert(args.end(), c.extra.begin(), c.extra.end());
    const auto result = runMyoatlas(args);
    EXPECT_EQ(result.exitCode, 2) << c.extra.back();
    EXPECT_NE(result.err.find(c.expected), std::string::npos) << result.err;
    EXPECT_EQ(result.out, "") << c.extra.back();
  }
}

TEST(AssessmentCli, FindingsListsEveryKindWithLabelsAndNormals) {
  const auto text = runMyoatlas({"findings"});
  ASSERT_EQ(text.exitCode, 0) << text.err;
  for (const char* expected : {"red_flag_saddle_numbness", "[red flag: refer]", "elevated_shoulder.<side>",
                               "neck_rotation.<side>: Neck rotation to one side, normal 80°", "jaw_opening", "40–50 mm",
                               "thomas.<side>: Thomas test", "reproduces_pain"})
    EXPECT_NE(text.out.find(expected), std::string::npos) << expected;
  const auto json = runMyoatlas({"findings", "--json"});
  ASSERT_EQ(json.exitCode, 0) << json.err;
  const nlohmann::json document = nlohmann::json::parse(json.out);
  EXPECT_EQ(document["intake"].size(), 18u);
  EXPECT_EQ(document["posture"].size(), 18u);
  EXPECT_EQ(document["rom"]["movements"].size(), 40u);
  for (const nlohmann::json& movement : document["rom"]["movements"]) EXPECT_FALSE(movement["source"]["ref"].empty());
}

TEST(AssessmentCli, TestsGiveEachNamedTestItsCardAndTheMusclesItPointsTo) {
  const auto thomas = runMyoatlas({"tests", "thomas", "--json"});
  ASSERT_EQ(thomas.exitCode, 0) << thomas.err;
  const nlohmann::json list = nlohmann::json::parse(thomas.out);
  ASSERT_EQ(list.size(), 1u);
  const std::string muscles = list[0]["muscles"].dump();
  for (const char* muscle : {"iliopsoas", "rectus_femoris", "tensor_fasciae_latae"})
    EXPECT_NE(muscles.find(muscle), std::string::npos) << muscles;
  EXPECT_FALSE(list[0]["how"].get<std::string>().empty());
  const auto all = runMyoatlas({"tests"});
  ASSERT_EQ(all.exitCode, 0);
  for (const char* name : {"Ober test", "Pace test", "Three-knuckle test", "Scalene-cramp test", "Apley scratch test"})
    EXPECT_NE(all.out.find(name), std::string::npos) << name;
  const auto unknown = runMyoatlas({"tests", "thomson"});
  EXPECT_EQ(unknown.exitCode, 2);
  EXPECT_NE(unknown.err.find("unknown test 'thomson'"), std::string::npos) << unknown.err;
}

}  // namespace

namespace {

std::filesystem::path scratch(const std::string& name) {
  const std::filesystem::path folder = std::filesystem::path(myo::test::testOutputDir()) / ("report_" + name);
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

// The PDF's text as pdftotext (poppler-utils) reads it, pages in order.
std::string pdfText(const std::filesystem::path& pdf) {
  const std::string command = "pdftotext -layout '" + pdf.string() + "' - 2>&1";
  std::string text;
  if (FILE* pipe = ::popen(command.c_str(), "r")) {
    char buffer[4096];
    for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) text.append(buffer, n);
    ::pclose(pipe);
  }
  return text;
}

const char* kAnnaSession = R"({"format": "myoatlas-session", "version": 2, "client": "Anna K.", "date": "2026-12-04",
  "pain_score": 6, "pain": {"regions": ["left_temple", "left_lateral_neck"], "strokes": []},
  "intake": ["anticoagulants", "red_flag_night_pain"],
  "findings": ["posture:elevated_shoulder.left", "rom:neck_side_bend.right=25", "palpation:trapezius.left:reproduces_pain"],
  "muscles": [{"muscle": "trapezius", "side": "left"}],
  "trigger_points_found": [{"muscle": "trapezius", "side": "left", "status": "active"}],
  "notes": "Desk job.\nSleeps on the left side."})";

TEST(ReportCli, WritesTheSessionRecordAsAPdf) {
  const std::filesystem::path folder = scratch("pdf");
  myo::test::writeText(folder / "anna.myosession", kAnnaSession);
  // Her first visit, two weeks earlier: more pain, the side bend not measured yet, a latent point in levator.
  std::string first = kAnnaSession;
  first.replace(first.find("2026-12-04"), 10, "2026-11-20");
  first.replace(first.find("\"pain_score\": 6"), 15, "\"pain_score\": 8");
  first.replace(first.find("\"rom:neck_side_bend.right=25\", "), 31, "\"posture:forward_head\", ");
  myo::test::writeText(folder / "anna-first.myosession", first);
  const auto result = runMyoatlas({"report", (folder / "anna.myosession").string(), "-o", (folder / "anna.pdf").string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const std::string pdf = myo::test::readText(folder / "anna.pdf");
  ASSERT_GT(pdf.size(), 10000u);
  EXPECT_EQ(pdf.rfind("%PDF", 0), 0u);
  EXPECT_NE(pdf.find("/Count 2"), std::string::npos) << "two pages: the candidates and their reasons do not fit on one";
  // The text of the pages, through poppler's pdftotext.
  const std::string text = pdfText(folder / "anna.pdf");
  for (const char* expected : {"Session record: Anna K.", "Pain today: 6 / 10", "Refer to a physician before treating",
                               "Takes blood thinners", "Neck side bend toward the right: 25° (normal 45°), short",
                               "1. Trapezius, left side", "pressing it reproduced the familiar pain",
                               "Warnings from the intake", "Trapezius, left side: active", "Sleeps on the left side.",
                               "2026-11-20: pain 8 / 10", "2026-12-04: pain 6 / 10",
                               "new: Neck side bend toward the right: 25° (normal 45°), short",
                               "no longer: Posture: Forward head"})
    EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
}

TEST(ReportCli, ADamagedSessionOrAnUnknownCodeExitsTwoAndWritesNothing) {
  const std::filesystem::path folder = scratch("bad");
  myo::test::writeText(folder / "cut.myosession", std::string(kAnnaSession).substr(0, 120));
  auto result = runMyoatlas({"report", (folder / "cut.myosession").string(), "-o", (folder / "cut.pdf").string()});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("cut.myosession"), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(folder / "cut.pdf"));
  std::string typo = kAnnaSession;
  typo.replace(typo.find("rom:neck_side_bend.right=25"), 27, "rom:neck_side_bend.right=725");
  myo::test::writeText(folder / "typo.myosession", typo);
  result = runMyoatlas({"report", (folder / "typo.myosession").string(), "-o", (folder / "typo.pdf").string()});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("/findings/1"), std::string::npos) << result.err;
  EXPECT_FALSE(std::filesystem::exists(folder / "typo.pdf"));
}

}  // namespace

namespace {

// Issue 22's friction: the window's shares (of the pain as painted) and lookup's (of whole
// regions) disagreed without saying why. A session's drawing, dabs and all, now goes to lookup.
TEST(LookupSession, ASessionsDrawingDabsAndFindingsAreLookedUpAsTheWindowDoes) {
  const std::filesystem::path folder = scratch("lookup_session");
  myo::test::writeText(folder / "dabs.myosession", R"({"format": "myoatlas-session", "version": 2, "client": "", "date": "2026-12-04",
    "pain_score": null, "pain": {"regions": [], "strokes": [{"point": [0.071, 1.603, 0.021], "radius": 0.03, "intensity": 1.0, "erase": false}]},
    "intake": ["anticoagulants"], "findings": ["palpation:temporalis.left:reproduces_pain"], "muscles": [], "trigger_points_found": [], "notes": ""})");
  const auto result = runMyoatlas({"lookup", "--session", (folder / "dabs.myosession").string(), "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json document = nlohmann::json::parse(result.out);
  ASSERT_FALSE(document["results"].empty()) << "a drawing of dabs alone is looked up";
  EXPECT_EQ(document["results"][0]["muscle"], "temporalis") << document["results"].dump(2);
  EXPECT_EQ(document["findings"], nlohmann::json::array({"palpation:temporalis.left:reproduces_pain"}));
  EXPECT_FALSE(document["warnings"].empty());
  const auto text = runMyoatlas({"lookup", "--session", (folder / "dabs.myosession").string()});
  EXPECT_NE(text.out.find("Pain in: 1 brush dab (from "), std::string::npos) << text.out;
  // Neither a region nor a session: a usage error.
  const auto nothing = runMyoatlas({"lookup"});
  EXPECT_EQ(nothing.exitCode, 2);
  EXPECT_NE(nothing.err.find("--region or --session"), std::string::npos) << nothing.err;
}

}  // namespace

