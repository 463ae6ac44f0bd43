// `myoatlas muscles`, `regions`, `show` and `validate` as a user runs them, on the real knowledge
// base and on scratch copies (never on assets/ itself).
#include <gtest/gtest.h>

#include <cstdlib>
#include <set>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "knowledge_fixture.hpp"
#include "run_command.hpp"
#include "scoped_environment.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::runMyoatlas;
using myo::test::ScratchAssets;
using myo::test::ScopedEnvironment;

constexpr std::size_t kListedMuscles = 113;
constexpr std::size_t kSidedRegions = 67;
constexpr std::size_t kMidlineRegions = 5;

std::size_t muscleFileCount() {
  std::size_t count = 0;
  for (const auto& entry : fs::directory_iterator(myo::test::sourceAssetsDir() / "knowledge" / "muscles"))
    count += entry.path().extension() == ".json";
  return count;
}

std::set<std::string> keysOf(const nlohmann::json& object) {
  std::set<std::string> keys;
  for (const auto& member : object.items()) keys.insert(member.key());
  return keys;
}

TEST(KnowledgeBaseCli, MusclesJsonListsEveryMuscleWithItsFields) {
  const auto result = runMyoatlas({"muscles", "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json list = nlohmann::json::parse(result.out);  // stdout holds the JSON and nothing else
  ASSERT_TRUE(list.is_array());
  EXPECT_EQ(list.size(), muscleFileCount());
  bool sawTrapezius = false;
  for (const nlohmann::json& muscle : list) {
    EXPECT_EQ(keysOf(muscle), (std::set<std::string>{"id", "name", "region", "layer"})) << muscle.dump();
    if (muscle["id"] == "trapezius") {
      sawTrapezius = true;
      EXPECT_EQ(muscle["name"], "Trapezius");
      EXPECT_EQ(muscle["region"], "neck");
      EXPECT_EQ(muscle["layer"], "superficial");
    }
  }
  EXPECT_TRUE(sawTrapezius);
}

TEST(KnowledgeBaseCli, MusclesTextGroupsByBodyPart) {
  const auto result = runMyoatlas({"muscles"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_NE(result.out.find("Head and jaw"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("levator_scapulae"), std::string::npos);
  EXPECT_NE(result.out.find("Levator scapulae"), std::string::npos);
}

TEST(KnowledgeBaseCli, RegionsJsonHasBothSidesOfEveryRegionAndTheMidline) {
  const auto result = runMyoatlas({"regions", "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  const nlohmann::json list = nlohmann::json::parse(result.out);
  ASSERT_TRUE(list.is_array());
  EXPECT_EQ(list.size(), 2 * kSidedRegions + kMidlineRegions);
  std::set<std::string> ids;
  std::size_t midline = 0;
  for (const nlohmann::json& region : list) {
    EXPECT_EQ(keysOf(region), (std::set<std::string>{"id", "name", "side"})) << region.dump();
    ids.insert(region["id"].get<std::string>());
    midline += region["side"] == "midline";
    EXPECT_TRUE(region["side"] == "left" || region["side"] == "right" || region["side"] == "midline") << region.dump();
  }
  EXPECT_EQ(ids.size(), list.size()) << "region ids are unique";
  EXPECT_EQ(midline, kMidlineRegions);
  for (const char* id : {"left_temple", "right_temple", "vertex", "throat", "sternum", "coccyx", "perineum", "left_big_toe",
                         "right_medial_scapular_border", "left_axilla", "right_flank", "left_lower_ribs"})
    EXPECT_EQ(ids.count(id), 1u) << id;
}

TEST(KnowledgeBaseCli, ShowPrintsTheWholeCard) {
  const auto result = runMyoatlas({"show", "trapezius"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  for (const char* part : {"Trapezius", "Musculus trapezius", "ANATOMY", "Origin", "Insertion", "Innervation",
                           "TRIGGER POINTS", "trapezius/tp1", "Essential zone", "Spillover zone", "Temple",
                           "CLINICAL PICTURE", "Symptoms", "TECHNIQUES", "CAUTIONS", "Palpation",
                           "pressure release", "Positional release", "PNF stretch", "Self-care", "Licensing",
                           "SOURCES", "The Trigger Point Manual", "EVIDENCE"})
    EXPECT_NE(result.out.find(part), std::string::npos) << "the card lacks \"" << part << "\"";
}

// The card's text with its wrapping undone, so a sentence can be found whole.
std::string unwrapped(const std::string& text) {
  std::string flat;
  for (char c : text) {
    const bool space = c == '\n' || c == ' ';
    if (!(space && !flat.empty() && flat.back() == ' ')) flat += space ? ' ' : c;
  }
  return flat;
}

TEST(KnowledgeBaseCli, ShowNamesThePnfMethodWithItsDefinitionCautionAndLicensingNote) {
  struct Expected {
    const char* muscle;
    const char* method;
  };
  for (const Expected& e : {Expected{"trapezius", "Hold-relax: at the first barrier the muscle being stretched contracts"},
                            Expected{"gastrocnemius", "Contract-relax-antagonist-contract (CRAC)"}}) {
    const auto result = runMyoatlas({"show", e.muscle});
    ASSERT_EQ(result.exitCode, 0) << result.err;
    const std::string card = unwrapped(result.out);
    for (const char* part : {e.method, "Hypermobile clients", "to gain range of motion and flexibility",
                             "Some US states require an additional licence to practise assisted stretching",
                             "refers the client to a provider who specialises in assisted stretching",
                             "Positional release comes before massage", "the 0 to 10 scale is Chaitow & DeLany's"})
      EXPECT_NE(card.find(part), std::string::npos) << e.muscle << ": the card lacks \"" << part << "\"";
  }
}

TEST(KnowledgeBaseCli, ShowFindsNamesAndAliasesInAnyCase) {
  const auto scm = runMyoatlas({"show", "SCM"});
  ASSERT_EQ(scm.exitCode, 0) << scm.err;
  EXPECT_EQ(scm.out.rfind("Sternocleidomastoid\n", 0), 0u) << scm.out.substr(0, 80);
  const auto quoted = runMyoatlas({"show", "levator scapulae"});
  ASSERT_EQ(quoted.exitCode, 0) << quoted.err;
  EXPECT_EQ(quoted.out.rfind("Levator scapulae\n", 0), 0u);
  const auto words = runMyoatlas({"show", "Levator", "Scapulae"});
  ASSERT_EQ(words.exitCode, 0) << words.err;
  EXPECT_EQ(words.out, quoted.out);
}

TEST(KnowledgeBaseCli, ShowTakesAPartialNameAsTheWindowsSearchDoes) {
  // The start of a name or of its words, as typed into the window's search box.
  for (const auto& [query, title] : {std::pair{"upper trap", "Trapezius\n"}, std::pair{"lev sca", "Levator scapulae\n"}}) {
    const auto result = runMyoatlas({"show", query});
    ASSERT_EQ(result.exitCode, 0) << query << ": " << result.err;
    EXPECT_EQ(result.out.rfind(title, 0), 0u) << query << ": " << result.out.substr(0, 80);
  }
  // A partial name of several muscles lists them; a misspelling is still only suggested.
  const auto glutei = runMyoatlas({"show", "gluteus"});
  EXPECT_EQ(glutei.exitCode, 2);
  for (const char* id : {"gluteus_maximus", "gluteus_medius", "gluteus_minimus"})
    EXPECT_NE(glutei.err.find(id), std::string::npos) << glutei.err;
}

TEST(KnowledgeBaseCli, ShowJsonIsTheRecordOfTheFile) {
  const auto result = runMyoatlas({"show", "trapezius", "--json"});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_EQ(nlohmann::json::parse(result.out),
            myo::test::readJson(myo::test::sourceAssetsDir() / "knowledge" / "muscles" / "trapezius.json"));
}

TEST(KnowledgeBaseCli, ShowUnknownIdExitsTwoAndSuggestsTheNearest) {
  const auto result = runMyoatlas({"show", "trapezus"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_TRUE(result.out.empty()) << result.out;
  EXPECT_NE(result.err.find("did you mean: trapezius"), std::string::npos) << result.err;
}

TEST(KnowledgeBaseCli, ShowAmbiguousNameExitsTwoAndListsTheMuscles) {
  const auto result = runMyoatlas({"show", "hamstrings"});
  EXPECT_EQ(result.exitCode, 2);
  for (const char* id : {"biceps_femoris", "semimembranosus", "semitendinosus"})
    EXPECT_NE(result.err.find(id), std::string::npos) << result.err;
}

TEST(KnowledgeBaseCli, ValidatePassesOnTheRealData) {
  const auto result = runMyoatlas({"validate"});
  // Problems other than "no file yet" are mistakes in the data, whatever stage it is at.
  std::istringstream lines(result.out);
  std::string mistakes;
  std::size_t missing = 0;
  for (std::string text; std::getline(lines, text);) {
    if (text.starts_with("note: ") || text.starts_with("validate: ")) continue;
    if (text.find("has no file yet") != std::string::npos)
      ++missing;
    else
      mistakes += "\n  " + text;
  }
  EXPECT_TRUE(mistakes.empty()) << "myoatlas validate found problems in assets/knowledge:" << mistakes;
  if (muscleFileCount() < kListedMuscles)
    GTEST_SKIP() << "only " << muscleFileCount() << " of the " << kListedMuscles
                 << " muscle files exist yet; validate can pass only when all are written (" << missing
                 << " lines about missing files)";
  EXPECT_EQ(result.exitCode, 0) << result.out << result.err;
  EXPECT_NE(result.out.find("validate: ok"), std::string::npos) << result.out;
}

TEST(KnowledgeBaseCli, ValidateReportsABrokenFileByPointer) {
  ScratchAssets scratch("validate_broken");
  nlohmann::json record = myo::test::readJson(scratch.muscleFile("trapezius"));
  record["trigger_points"][1]["referral"]["side"] = "same";
  myo::test::writeJson(scratch.muscleFile("trapezius"), record);
  const auto result = runMyoatlas({"validate", scratch.dir().string()});
  EXPECT_EQ(result.exitCode, 1) << result.out << result.err;
  const std::string expected = scratch.muscleFile("trapezius").string() +
                               ": /trigger_points/1/referral/side: must be one of ipsilateral, contralateral, bilateral\n";
  EXPECT_NE(result.out.find(expected), std::string::npos) << result.out;
}

TEST(KnowledgeBaseCli, ValidateReportsMissingMuscles) {
  ScratchAssets scratch("validate_missing");
  fs::remove(scratch.muscleFile("soleus"));
  const auto result = runMyoatlas({"validate", scratch.dir().string()});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_NE(result.out.find(scratch.muscleFile("soleus").string() + ": no such file: \"soleus\" is in the muscle list"),
            std::string::npos)
      << result.out;
}

TEST(KnowledgeBaseCli, ValidateChecksRegionsAgainstTheBodyModel) {
  // Take the temple off the body: the region and every zone that names it no longer land on the skin.
  ScratchAssets scratch("validate_body");
  nlohmann::json patches = myo::test::readJson(scratch.regionPatchesFile());
  ASSERT_TRUE(patches["regions"].contains("temple"));
  patches["regions"].erase("temple");
  myo::test::writeJson(scratch.regionPatchesFile(), patches);
  const auto result = runMyoatlas({"validate", scratch.dir().string()});
  EXPECT_EQ(result.exitCode, 1);
  EXPECT_NE(result.out.find("region left_temple has no patch on the skin"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("trapezius.json: /trigger_points/0/referral/essential/0/region: the zone on temple has no patch"),
            std::string::npos)
      << result.out;
}

TEST(KnowledgeBaseCli, ValidateOnAMissingDirectoryIsAUsageError) {
  const auto result = runMyoatlas({"validate", "/nonexistent/assets"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_NE(result.err.find("/nonexistent/assets"), std::string::npos) << result.err;
}

TEST(KnowledgeBaseCli, AssetsOptionAndVariableChooseTheKnowledgeBase) {
  ScratchAssets scratch("assets_option");
  scratch.keepOnlyMuscles({"trapezius", "deltoid"});
  const auto byOption = runMyoatlas({"muscles", "--json", "--assets", scratch.dir().string()});
  ASSERT_EQ(byOption.exitCode, 0) << byOption.err;
  EXPECT_EQ(nlohmann::json::parse(byOption.out).size(), 2u);

  const ScopedEnvironment variable("MYO_ASSETS_DIR", scratch.dir().string());
  const auto byVariable = runMyoatlas({"muscles", "--json"});
  ASSERT_EQ(byVariable.exitCode, 0) << byVariable.err;
  EXPECT_EQ(nlohmann::json::parse(byVariable.out).size(), 2u);

  const auto wrong = runMyoatlas({"regions", "--assets", "/nonexistent/assets"});
  EXPECT_EQ(wrong.exitCode, 2);
  EXPECT_NE(wrong.err.find("/nonexistent/assets"), std::string::npos) << wrong.err;
}

TEST(KnowledgeBaseCli, ShowRefusesACardWhoseFileIsBroken) {
  ScratchAssets scratch("show_broken");
  myo::test::writeText(scratch.muscleFile("deltoid"), "{ not json");
  const auto broken = runMyoatlas({"show", "deltoid", "--assets", scratch.dir().string()});
  EXPECT_EQ(broken.exitCode, 2);
  EXPECT_NE(broken.err.find(scratch.muscleFile("deltoid").string() + ": invalid JSON at line 1"), std::string::npos)
      << broken.err;
  const auto other = runMyoatlas({"show", "trapezius", "--json", "--assets", scratch.dir().string()});
  EXPECT_EQ(other.exitCode, 0) << other.err;
  EXPECT_TRUE(nlohmann::json::accept(other.out)) << "stdout holds only the JSON";
  EXPECT_NE(other.err.find("warning"), std::string::npos) << other.err;

  nlohmann::json record = myo::test::readJson(scratch.muscleFile("trapezius"));
  record["layer"] = "surface";
  myo::test::writeJson(scratch.muscleFile("trapezius"), record);
  const auto faulty = runMyoatlas({"show", "trapezius", "--assets", scratch.dir().string()});
  EXPECT_EQ(faulty.exitCode, 2);
  EXPECT_NE(faulty.err.find("/layer: must be one of superficial, intermediate, deep"), std::string::npos) << faulty.err;
}

TEST(KnowledgeBaseCli, HelpDescribesEveryOption) {
  struct Expected {
    const char* command;
    std::initializer_list<const char*> options;
  };
  for (const Expected& e : {Expected{"muscles", {"--json", "--assets"}}, Expected{"regions", {"--json", "--assets"}},
                            Expected{"show", {"ID", "--json", "--assets"}}, Expected{"validate", {"DIR"}}}) {
    const auto result = runMyoatlas({e.command, "--help"});
    EXPECT_EQ(result.exitCode, 0) << e.command;
    for (const char* option : e.options) EXPECT_NE(result.out.find(option), std::string::npos) << e.command << " " << option;
  }
  const auto top = runMyoatlas({"--help"});
  for (const char* command : {"muscles", "regions", "show", "validate"})
    EXPECT_NE(top.out.find(command), std::string::npos) << command;
}

}  // namespace
