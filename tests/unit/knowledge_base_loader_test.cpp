// The loader on crafted broken files: each problem is reported as `file: /json/pointer: message`
// and nothing throws, whatever the files hold. Works on a scratch copy, never on assets/.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "knowledge_fixture.hpp"
#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/knowledge_checks.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/muscle_list.hpp"

namespace {

using namespace myo::atlas;
using myo::test::ScratchAssets;

std::vector<std::string> formatted(const std::vector<Problem>& problems) {
  std::vector<std::string> lines;
  for (const Problem& problem : problems) lines.push_back(formatProblem(problem));
  return lines;
}

std::string listed(const std::vector<std::string>& lines) {
  std::string text;
  for (const std::string& line : lines) text += "\n  " + line;
  return text;
}

// A scratch knowledge base with trapezius only (a complete record), changed by `edit`.
class KnowledgeBaseLoader : public ::testing::Test {
 protected:
  KnowledgeBaseLoader() : scratch_(::testing::UnitTest::GetInstance()->current_test_info()->name()) {
    scratch_.keepOnlyMuscles({"trapezius"});
  }

  template <class Edit>
  void editTrapezius(Edit edit) {
    nlohmann::json record = myo::test::readJson(trapezius());
    edit(record);
    myo::test::writeJson(trapezius(), record);
  }

  std::filesystem::path trapezius() const { return scratch_.muscleFile("trapezius"); }
  std::vector<std::string> problems() const { return formatted(readKnowledgeBase(scratch_.dir()).problems); }

  // Expects exactly this one problem in trapezius.json.
  void expectOnly(const std::string& pointerAndMessage) const {
    const std::vector<std::string> found = problems();
    const std::string expected = trapezius().string() + ": " + pointerAndMessage;
    EXPECT_EQ(found, std::vector<std::string>{expected}) << "found:" << listed(found);
  }

  ScratchAssets scratch_;
};

TEST_F(KnowledgeBaseLoader, ACompleteRecordHasNoProblem) {
  const std::vector<std::string> found = problems();
  EXPECT_TRUE(found.empty()) << listed(found);
  const myo::Result<KnowledgeBase> knowledgeBase = loadKnowledgeBase(scratch_.dir());
  ASSERT_TRUE(knowledgeBase) << knowledgeBase.error().message;
  ASSERT_EQ(knowledgeBase->muscles().size(), 1u);
  EXPECT_EQ(knowledgeBase->muscles()[0].file, trapezius());
}

TEST_F(KnowledgeBaseLoader, BadJsonGivesTheFileAndWhereParsingStopped) {
  myo::test::writeText(trapezius(), "{\n  \"id\": \"trapezius\",\n  \"names\": {\"common\": \"Trapezius\",}\n}\n");
  const std::vector<std::string> found = problems();
  ASSERT_EQ(found.size(), 1u) << listed(found);
  const std::string expectedStart = trapezius().string() + ": invalid JSON at line 3, column 35: ";
  EXPECT_EQ(found[0].substr(0, expectedStart.size()), expectedStart) << found[0];
}

TEST_F(KnowledgeBaseLoader, MalformedFilesNeverThrow) {
  for (const std::string& text : {std::string(), std::string("\xff\xfe\x00garbage", 10), std::string("[1, 2, 3]"),
                                  std::string("null"), std::string("{\"id\": "), std::string(100000, '[')}) {
    myo::test::writeText(trapezius(), text);
    myo::Result<KnowledgeBase> knowledgeBase{myo::Error{}};
    EXPECT_NO_THROW(knowledgeBase = loadKnowledgeBase(scratch_.dir()));
    ASSERT_FALSE(knowledgeBase);
    EXPECT_NE(knowledgeBase.error().message.find(trapezius().string()), std::string::npos)
        << knowledgeBase.error().message;
  }
}

TEST_F(KnowledgeBaseLoader, WrongTypeNamesTheKey) {
  editTrapezius([](nlohmann::json& r) { r["names"]["common"] = 5; });
  expectOnly("/names/common: must be a string, not a number");
}

TEST_F(KnowledgeBaseLoader, BadEnumListsTheChoices) {
  editTrapezius([](nlohmann::json& r) { r["trigger_points"][1]["referral"]["side"] = "same"; });
  expectOnly("/trigger_points/1/referral/side: must be one of ipsilateral, contralateral, bilateral");
}

TEST_F(KnowledgeBaseLoader, PnfMethodMustBeOneOfTheThreeDefined) {
  editTrapezius([](nlohmann::json& r) { r["techniques"]["pnf_stretch"]["method"] = "muscle energy"; });
  expectOnly("/techniques/pnf_stretch/method: must be one of hold-relax, contract-relax, contract-relax-antagonist-contract");
}

TEST_F(KnowledgeBaseLoader, MissingKeyIsReportedWhereItBelongs) {
  editTrapezius([](nlohmann::json& r) { r["anatomy"].erase("blood_supply"); });
  expectOnly("/anatomy/blood_supply: required key is missing");
}

TEST_F(KnowledgeBaseLoader, DuplicateTriggerPointId) {
  editTrapezius([](nlohmann::json& r) { r["trigger_points"][1]["id"] = "trapezius/tp1"; });
  expectOnly("/trigger_points/1/id: duplicate trigger point id \"trapezius/tp1\" (also /trigger_points/0/id)");
}

TEST_F(KnowledgeBaseLoader, TriggerPointsAreNumberedInOrder) {
  editTrapezius([](nlohmann::json& r) { r["trigger_points"][2]["id"] = "trapezius/tp9"; });
  expectOnly("/trigger_points/2/id: must be \"trapezius/tp3\": trigger points are numbered <muscle id>/tpN from 1 in "
             "list order");
}

TEST_F(KnowledgeBaseLoader, RangesAreChecked) {
  editTrapezius([](nlohmann::json& r) {
    r["trigger_points"][0]["location"]["along"] = 1.5;
    r["trigger_points"][0]["referral"]["essential"][0]["weight"] = 0;
    r["techniques"]["positional_release"]["hold_seconds"] = 12.5;
  });
  const std::string file = trapezius().string() + ": ";
  EXPECT_EQ(problems(), (std::vector<std::string>{
                            file + "/trigger_points/0/location/along: must be between 0 and 1",
                            file + "/trigger_points/0/referral/essential/0/weight: must be greater than 0 and at most 1",
                            file + "/techniques/positional_release/hold_seconds: must be a whole number from 1 to 600",
                        }));
}

TEST_F(KnowledgeBaseLoader, IdMustMatchTheFileName) {
  editTrapezius([](nlohmann::json& r) { r["id"] = "trapezius_muscle"; });
  const std::vector<std::string> found = problems();
  ASSERT_FALSE(found.empty());
  EXPECT_EQ(found[0], trapezius().string() +
                          ": /id: must equal the file name without .json (\"trapezius\"), not \"trapezius_muscle\"");
}

TEST_F(KnowledgeBaseLoader, MemberMustBeNullOutsideAGroup) {
  editTrapezius([](nlohmann::json& r) { r["trigger_points"][0]["location"]["member"] = "upper_trapezius"; });
  expectOnly("/trigger_points/0/location/member: must be null: this muscle is not a group (its members list is empty)");
}

TEST_F(KnowledgeBaseLoader, MemberMustBeOneOfTheGroup) {
  editTrapezius([](nlohmann::json& r) {
    r["members"] = {"upper_trapezius", "middle_trapezius", "lower_trapezius"};
    for (auto& tp : r["trigger_points"]) tp["location"]["member"] = "upper_trapezius";
    r["trigger_points"][2]["location"]["member"] = "lowest_trapezius";
  });
  expectOnly("/trigger_points/2/location/member: \"lowest_trapezius\" is not one of this entry's members");
}

TEST_F(KnowledgeBaseLoader, UnknownAndRepeatedKeysAreReported) {
  myo::test::writeText(trapezius(), [&] {
    std::string text = myo::test::readText(trapezius());
    const std::size_t notes = text.find("\"notes\"");
    return text.insert(notes, "\"notes\": \"first\", \"blood_suply\": \"typo\", ");
  }());
  const std::string file = trapezius().string() + ": ";
  EXPECT_EQ(problems(), (std::vector<std::string>{
                            file + "/anatomy/notes: key appears more than once in the same object; only the last one "
                                   "would be read",
                            file + "/anatomy/blood_suply: unknown key (misspelt? docs/knowledge-base.md lists the keys)",
                        }));
}

TEST_F(KnowledgeBaseLoader, RootsMustBeSpinalRootsOrCranialNerves) {
  editTrapezius([](nlohmann::json& r) { r["anatomy"]["innervation"]["roots"] = {"C3", "C9", "cranial XI"}; });
  const std::string file = trapezius().string() + ": ";
  const std::string rule = "must be a spinal root (C1-C8, T1-T12, L1-L5, S1-S5) or a cranial nerve such as \"CN V\", not ";
  EXPECT_EQ(problems(), (std::vector<std::string>{file + "/anatomy/innervation/roots/1: " + rule + "\"C9\"",
                                                  file + "/anatomy/innervation/roots/2: " + rule + "\"cranial XI\""}));
}

TEST_F(KnowledgeBaseLoader, EmptyListsAreRefusedWhereTheSchemaNeedsEntries) {
  editTrapezius([](nlohmann::json& r) {
    r["clinical"]["cautions"] = nlohmann::json::array();
    r["clinical"]["satellite_trigger_points"] = nlohmann::json::array();  // may be empty
  });
  expectOnly("/clinical/cautions: must list at least one entry");
}

TEST_F(KnowledgeBaseLoader, EveryPartOfTheRecordNeedsASource) {
  editTrapezius([](nlohmann::json& r) { r["sources"].erase(3); });  // the PNF reference
  expectOnly("/sources: no source covers \"pnf_stretch\"; every part of the record needs one");
}

TEST_F(KnowledgeBaseLoader, StrictLoadFailsWithEveryProblemInTheMessage) {
  editTrapezius([](nlohmann::json& r) {
    r["layer"] = "surface";
    r["trigger_points"][0]["location"]["depth"] = 2;
  });
  const myo::Result<KnowledgeBase> knowledgeBase = loadKnowledgeBase(scratch_.dir());
  ASSERT_FALSE(knowledgeBase);
  const std::string& message = knowledgeBase.error().message;
  EXPECT_NE(message.find("has 2 problems"), std::string::npos) << message;
  EXPECT_NE(message.find(trapezius().string() + ": /layer: must be one of superficial, intermediate, deep"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find(trapezius().string() + ": /trigger_points/0/location/depth: must be one of superficial, "
                                                "deep, not a number"),
            std::string::npos)
      << message;
}

TEST_F(KnowledgeBaseLoader, CrossReferencesMustExist) {
  // Only trapezius is in the scratch knowledge base, so it may name no other muscle but these.
  editTrapezius([](nlohmann::json& r) {
    r["anatomy"]["synergists"] = {"levator_scapulae", "rhomboids_major"};
    r["anatomy"]["antagonists"] = nlohmann::json::array();
    r["clinical"]["associated_trigger_points"] = {"levator_scapulae"};
    r["clinical"]["satellite_trigger_points"] = nlohmann::json::array();
    r["trigger_points"][0]["referral"]["essential"][2]["region"] = "left_temple";
    r["trigger_points"][0]["referral"]["spillover"][0]["region"] = "eyeball";
    r["sources"][0]["ref"] = "travell_1983";
  });
  EXPECT_TRUE(problems().empty()) << "reading alone does not know other files:" << listed(problems());
  const KnowledgeBaseReading reading = readKnowledgeBase(scratch_.dir());
  const std::vector<ExpectedMuscle> expected{{"trapezius", BodyPart::Neck}, {"levator_scapulae", BodyPart::Neck}};
  const std::vector<Problem> found = checkCrossReferences(reading.knowledgeBase, expected, KnowledgeFiles::in(scratch_.dir()));
  const std::string file = trapezius().string() + ": ";
  EXPECT_EQ(formatted(found),
            (std::vector<std::string>{
                file + "/anatomy/synergists/0: refers to \"levator_scapulae\", which is in the muscle list but has no "
                       "file yet",
                file + "/anatomy/synergists/1: unknown muscle id \"rhomboids_major\"; name muscles outside the "
                       "knowledge base in /anatomy/notes",
                file + "/clinical/associated_trigger_points/0: refers to \"levator_scapulae\", which is in the muscle "
                       "list but has no file yet",
                file + "/trigger_points/0/referral/essential/2/region: use the region without its side, \"temple\": "
                       "the side follows from the trigger point and referral/side",
                file + "/trigger_points/0/referral/spillover/0/region: unknown region \"eyeball\"; the regions are "
                       "listed in knowledge/regions.json",
                file + "/sources/0/ref: unknown reference \"travell_1983\"; add it to knowledge/references.json before "
                       "citing it",
            }))
      << listed(formatted(found));
  EXPECT_EQ(found[0].kind, ProblemKind::MissingMuscle);
  EXPECT_EQ(found[1].kind, ProblemKind::Error);
}

TEST_F(KnowledgeBaseLoader, MissingListedMusclesAreNamed) {
  const KnowledgeFiles files = KnowledgeFiles::in(scratch_.dir());
  const KnowledgeBaseReading reading = readKnowledgeBase(scratch_.dir());
  const std::vector<ExpectedMuscle> expected{{"trapezius", BodyPart::ShoulderAndUpperBack}, {"masseter", BodyPart::HeadAndJaw}};
  EXPECT_EQ(formatted(checkMuscleListCovered(reading.knowledgeBase, expected, files)),
            (std::vector<std::string>{
                trapezius().string() + ": /region: is \"neck\" but the muscle list puts trapezius under "
                                       "\"shoulder_and_upper_back\"",
                files.muscleFile("masseter").string() + ": no such file: \"masseter\" is in the muscle list "
                                                        "(muscle-list.txt) but has no file yet",
            }));
}

TEST_F(KnowledgeBaseLoader, RegionFileIsChecked) {
  const std::filesystem::path file = KnowledgeFiles::in(scratch_.dir()).regions;
  nlohmann::json regions = myo::test::readJson(file);
  regions["regions"][1]["id"] = "left_brow";     // left_forehead
  regions["regions"][2]["side"] = "middle";      // right_forehead
  myo::test::writeJson(file, regions);
  const std::string prefix = file.string() + ": ";
  EXPECT_EQ(problems(), (std::vector<std::string>{
                            prefix + "/regions/1/id: must be \"left_forehead\": the base id with the side as prefix "
                                     "(none for a midline region)",
                            prefix + "/regions/2/side: must be one of left, right, midline",
                            prefix + "/regions/2/id: must be \"forehead\": the base id with the side as prefix (none "
                                     "for a midline region)",
                            prefix + "/regions: \"left_forehead\" has no right counterpart \"right_forehead\"",
                        }));
}

TEST(KnowledgeBaseLoaderDirectory, AMissingDirectoryIsAnErrorNamingIt) {
  const myo::Result<KnowledgeBase> knowledgeBase = loadKnowledgeBase("/nonexistent/assets");
  ASSERT_FALSE(knowledgeBase);
  EXPECT_NE(knowledgeBase.error().message.find("/nonexistent/assets: no knowledge/ directory here"), std::string::npos)
      << knowledgeBase.error().message;
}

TEST(KnowledgeBaseLoaderDirectory, MuscleListFormatErrorsGiveTheLine) {
  const std::filesystem::path file = std::filesystem::path(myo::test::testOutputDir()) / "muscle-list-bad.txt";
  myo::test::writeText(file, "# comment\n[neck]\ntrapezius\n[necks]\n");
  const myo::Result<std::vector<ExpectedMuscle>> list = loadMuscleList(file);
  ASSERT_FALSE(list);
  EXPECT_EQ(list.error().message.substr(0, file.string().size() + 10), file.string() + ": line 4: ");
  myo::test::writeText(file, "[neck]\ntrapezius\n\n[head_and_jaw]\n  masseter  \n");
  const myo::Result<std::vector<ExpectedMuscle>> good = loadMuscleList(file);
  ASSERT_TRUE(good) << good.error().message;
  ASSERT_EQ(good->size(), 2u);
  EXPECT_EQ((*good)[1].id, "masseter");
  EXPECT_EQ((*good)[1].region, BodyPart::HeadAndJaw);
  std::filesystem::remove(file);
}

}  // namespace
