// Client session files: what is saved comes back, a failed save leaves the old file whole, and a
// damaged or newer file is refused with a message naming the file and the problem, and is never
// written over.
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <string>

#include "knowledge_fixture.hpp"
#include "myo/atlas/session.hpp"
#include "myo/atlas/session_autosave.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using myo::atlas::Session;
using myo::test::readText;
using myo::test::writeText;

Session exampleSession() {
  Session session;
  session.client = "Anna K.";
  session.date = "2026-12-01";
  session.painScore = 6;
  session.intake = {"anticoagulants", "hip_replacement_posterior.left"};
  session.findings = {"posture:forward_head", "rom:neck_rotation.left=55", "palpation:trapezius.left:reproduces_pain"};
  session.triggerPointsFound = {{"trapezius", myo::atlas::Side::Left, myo::atlas::TriggerPointStatus::Active},
                                {"levator_scapulae", myo::atlas::Side::Left, myo::atlas::TriggerPointStatus::Latent}};
  session.pain.regions = {"left_temple", "left_lateral_neck", "sternum"};
  session.pain.strokes.push_back({.point = {0.071f, 1.603f, 0.021f}, .radius = 0.03f, .intensity = 0.8f});
  session.pain.strokes.push_back({.point = {0.07f, 1.6f, 0.02f}, .radius = 0.015f, .intensity = 1.0f, .erase = true});
  session.muscles = {{"trapezius", myo::atlas::Side::Left}, {"temporalis", myo::atlas::Side::Left}};
  session.notes = "Desk job, \"worse by evening\".\nSleeps on the left side; ça va mieux.";
  return session;
}

class SessionFiles : public ::testing::Test {
 protected:
  void SetUp() override {
    folder_ = fs::path(myo::test::testOutputDir()) /
              ("sessions_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
               std::to_string(::getpid()));
    fs::remove_all(folder_);
    fs::create_directories(folder_);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::remove_all(folder_, ignored);
  }
  fs::path file(const std::string& name) const { return folder_ / name; }

  fs::path folder_;
};

TEST_F(SessionFiles, WhatIsSavedOpensAgainUnchanged) {
  const fs::path path = file("anna.myosession");
  ASSERT_TRUE(myo::atlas::saveSession(exampleSession(), path).ok());
  const auto opened = myo::atlas::openSession(path);
  ASSERT_TRUE(opened) << opened.error().message;
  EXPECT_EQ(*opened, exampleSession());
  // Saving again over one's own session is an ordinary save.
  Session edited = exampleSession();
  edited.notes += " Second visit.";
  ASSERT_TRUE(myo::atlas::saveSession(edited, path).ok());
  EXPECT_EQ(myo::atlas::openSession(path)->notes, edited.notes);
}

TEST_F(SessionFiles, TheFileSaysWhatItIsAndWhichVersion) {
  const fs::path path = file("anna.myosession");
  ASSERT_TRUE(myo::atlas::saveSession(exampleSession(), path).ok());
  const nlohmann::json document = myo::test::readJson(path);
  EXPECT_EQ(document["format"], "myoatlas-session");
  EXPECT_EQ(document["version"], 2);
  EXPECT_EQ(document["client"], "Anna K.");
  EXPECT_EQ(document["date"], "2026-12-01");
  EXPECT_EQ(document["pain_score"], 6);
  EXPECT_EQ(document["findings"][1], "rom:neck_rotation.left=55");
  EXPECT_EQ(document["intake"][1], "hip_replacement_posterior.left");
  EXPECT_EQ(document["trigger_points_found"][1]["status"], "latent");
  EXPECT_EQ(document["pain"]["regions"][0], "left_temple");
  EXPECT_EQ(document["muscles"][0]["muscle"], "trapezius");
  // Health information: only the user may read it.
  EXPECT_EQ(fs::status(path).permissions() & (fs::perms::group_all | fs::perms::others_all), fs::perms::none);
}

TEST_F(SessionFiles, AFailedSaveLeavesTheOldFileWhole) {
  const fs::path path = file("anna.myosession");
  ASSERT_TRUE(myo::atlas::saveSession(exampleSession(), path).ok());
  const std::string before = readText(path);
  // Something in the way of the temporary file: the write fails before the old file is touched.
  fs::path temporary = path;
  temporary += ".tmp-" + std::to_string(::getpid());
  fs::create_directory(temporary);
  Session edited = exampleSession();
  edited.notes = "this edit does not reach the disk";
  const myo::Status saved = myo::atlas::saveSession(edited, path);
  ASSERT_FALSE(saved.ok());
  EXPECT_NE(saved.error().message.find(path.string()), std::string::npos) << saved.error().message;
  EXPECT_NE(saved.error().message.find("unchanged"), std::string::npos) << saved.error().message;
  EXPECT_EQ(readText(path), before);
  EXPECT_EQ(*myo::atlas::openSession(path), exampleSession());
}

TEST_F(SessionFiles, ADamagedFileIsRefusedNamingTheFileAndWhereItBreaks) {
  const fs::path path = file("damaged.myosession");
  const std::string whole = myo::atlas::sessionJson(exampleSession());
  const std::string truncated = whole.substr(0, whole.size() / 2);  // a copy cut off half-way
  writeText(path, truncated);
  const auto opened = myo::atlas::openSession(path);
  ASSERT_FALSE(opened);
  EXPECT_NE(opened.error().message.find(path.string()), std::string::npos) << opened.error().message;
  EXPECT_NE(opened.error().message.find("invalid JSON at line"), std::string::npos) << opened.error().message;

  const myo::Status saved = myo::atlas::saveSession(exampleSession(), path);
  ASSERT_FALSE(saved.ok());
  EXPECT_NE(saved.error().message.find("will not replace " + path.string()), std::string::npos) << saved.error().message;
  EXPECT_EQ(readText(path), truncated);
}

TEST_F(SessionFiles, AWrongValueIsReportedAtItsJsonPointer) {
  nlohmann::json document = nlohmann::json::parse(myo::atlas::sessionJson(exampleSession()));
  document["muscles"][1]["side"] = "middle";
  document["pain"]["strokes"][0]["radius"] = -1;
  document["pain"]["strokes"][1].erase("erase");
  const fs::path path = file("wrong.myosession");
  writeText(path, document.dump(2));
  const auto opened = myo::atlas::openSession(path);
  ASSERT_FALSE(opened);
  const std::string& message = opened.error().message;
  EXPECT_NE(message.find(path.string() + ": /muscles/1/side: must be left or right"), std::string::npos) << message;
  EXPECT_NE(message.find("/pain/strokes/0/radius: must be greater than 0"), std::string::npos) << message;
  EXPECT_NE(message.find("/pain/strokes/1/erase: required key is missing"), std::string::npos) << message;
}

TEST_F(SessionFiles, ANewerVersionIsRefusedAndNeverOverwritten) {
  nlohmann::json document = nlohmann::json::parse(myo::atlas::sessionJson(exampleSession()));
  document["version"] = 3;
  document["pain"]["shapes"] = nlohmann::json::array();  // something version 3 might add
  const fs::path path = file("newer.myosession");
  writeText(path, document.dump(2));
  const std::string before = readText(path);
  const auto opened = myo::atlas::openSession(path);
  ASSERT_FALSE(opened);
  const std::string& message = opened.error().message;
  EXPECT_NE(message.find(path.string() + ": /version: was written by a newer MyoAtlas (session version 3"), std::string::npos)
      << message;
  EXPECT_EQ(message.find("shapes"), std::string::npos) << "a newer file is refused as a whole: " << message;
  EXPECT_FALSE(myo::atlas::saveSession(exampleSession(), path).ok());
  EXPECT_EQ(readText(path), before);
}

TEST_F(SessionFiles, AnotherKindOfJsonFileIsNotTakenForASession) {
  const fs::path path = file("trapezius.json");
  fs::copy_file(myo::test::sourceAssetsDir() / "knowledge" / "muscles" / "trapezius.json", path);
  const auto opened = myo::atlas::openSession(path);
  ASSERT_FALSE(opened);
  EXPECT_NE(opened.error().message.find("is not a MyoAtlas session"), std::string::npos) << opened.error().message;
  EXPECT_FALSE(myo::atlas::saveSession(exampleSession(), path).ok());
}

TEST_F(SessionFiles, IdsUnknownToTheKnowledgeBaseAreNamedWithTheirPlace) {
  const auto kb = myo::atlas::loadKnowledgeBase(myo::test::sourceAssetsDir());
  ASSERT_TRUE(kb) << kb.error().message;
  const fs::path path = file("anna.myosession");
  EXPECT_TRUE(myo::atlas::checkSessionIds(exampleSession(), *kb, path).ok());
  Session renamed = exampleSession();
  renamed.pain.regions[1] = "left_side_of_neck";
  renamed.muscles[0].muscle = "upper_trapezius";
  const myo::Status checked = myo::atlas::checkSessionIds(renamed, *kb, path);
  ASSERT_FALSE(checked.ok());
  EXPECT_NE(checked.error().message.find(path.string() + ": /pain/regions/1: unknown region 'left_side_of_neck'"),
            std::string::npos)
      << checked.error().message;
  EXPECT_NE(checked.error().message.find("/muscles/0/muscle: unknown muscle 'upper_trapezius'"), std::string::npos)
      << checked.error().message;
}

TEST_F(SessionFiles, FindingsAndIntakeFlagsUnknownToTheKnowledgeBaseAreNamedWithTheirPlace) {
  const auto kb = myo::atlas::loadKnowledgeBase(myo::test::sourceAssetsDir());
  ASSERT_TRUE(kb) << kb.error().message;
  Session typo = exampleSession();
  typo.findings[1] = "rom:neck_rotation.left=400";
  typo.intake[0] = "anticoagulant";
  typo.triggerPointsFound[0].muscle = "trapezuis";
  const myo::Status checked = myo::atlas::checkSessionIds(typo, *kb, file("anna.myosession"));
  ASSERT_FALSE(checked.ok());
  const std::string& message = checked.error().message;
  EXPECT_NE(message.find("/findings/1: 'rom:neck_rotation.left=400': the measured range must be a number from 0 to 360"),
            std::string::npos)
      << message;
  EXPECT_NE(message.find("/intake/0: unknown intake flag 'anticoagulant'; did you mean: anticoagulants"), std::string::npos)
      << message;
  EXPECT_NE(message.find("/trigger_points_found/0/muscle: unknown muscle 'trapezuis'"), std::string::npos) << message;
}

TEST_F(SessionFiles, AVersionOneFileStillOpensWithTheAssessmentEmpty) {
  const fs::path path = file("old.myosession");
  writeText(path, R"({"format": "myoatlas-session", "version": 1, "date": "2026-11-02",
    "pain": {"regions": ["left_temple"], "strokes": []},
    "muscles": [{"muscle": "trapezius", "side": "left"}], "notes": "first visit"})");
  const auto opened = myo::atlas::openSession(path);
  ASSERT_TRUE(opened) << opened.error().message;
  EXPECT_EQ(opened->date, "2026-11-02");
  EXPECT_EQ(opened->notes, "first visit");
  EXPECT_TRUE(opened->client.empty());
  EXPECT_FALSE(opened->painScore);
  EXPECT_TRUE(opened->findings.empty());
  // Saved again, it becomes a version 2 file with nothing lost.
  ASSERT_TRUE(myo::atlas::saveSession(*opened, path).ok());
  EXPECT_EQ(myo::test::readJson(path)["version"], 2);
  EXPECT_EQ(*myo::atlas::openSession(path), *opened);
}

TEST_F(SessionFiles, APainScoreOutsideZeroToTenIsRefused) {
  nlohmann::json document = nlohmann::json::parse(myo::atlas::sessionJson(exampleSession()));
  document["pain_score"] = 11;
  const fs::path path = file("score.myosession");
  writeText(path, document.dump(2));
  const auto opened = myo::atlas::openSession(path);
  ASSERT_FALSE(opened);
  EXPECT_NE(opened.error().message.find("/pain_score:"), std::string::npos) << opened.error().message;
}

TEST_F(SessionFiles, SavingIntoAFolderThatDoesNotExistCreatesIt) {
  const fs::path path = file("clients") / "anna" / "2026-12-01.myosession";
  const myo::Status saved = myo::atlas::saveSession(exampleSession(), path);
  ASSERT_TRUE(saved.ok()) << saved.error().message;
  EXPECT_EQ(*myo::atlas::openSession(path), exampleSession());
  // A file where the folder should be: said plainly.
  writeText(file("notafolder"), "x");
  const myo::Status blocked = myo::atlas::saveSession(exampleSession(), file("notafolder") / "a.myosession");
  ASSERT_FALSE(blocked.ok());
  EXPECT_NE(blocked.error().message.find("is a file, not a folder"), std::string::npos) << blocked.error().message;
}

TEST_F(SessionFiles, AClientsSessionsLineUpAsVisitsOldestFirst) {
  Session first = exampleSession();
  first.date = "2026-11-03";
  first.painScore = 8;
  Session second = exampleSession();
  second.date = "2026-11-17";
  second.painScore = 5;
  second.client = "  anna k. ";  // the same client, typed differently
  Session someoneElse = exampleSession();
  someoneElse.client = "Ben";
  ASSERT_TRUE(myo::atlas::saveSession(second, file("b.myosession")).ok());
  ASSERT_TRUE(myo::atlas::saveSession(first, file("a.myosession")).ok());
  ASSERT_TRUE(myo::atlas::saveSession(exampleSession(), file("c.myosession")).ok());
  ASSERT_TRUE(myo::atlas::saveSession(someoneElse, file("d.myosession")).ok());
  writeText(file("broken.myosession"), "{");
  const std::vector<myo::atlas::Visit> visits = myo::atlas::visitsOf(folder_, "Anna K.");
  ASSERT_EQ(visits.size(), 3u);
  EXPECT_EQ(visits[0].session.painScore, 8);
  EXPECT_EQ(visits[1].session.painScore, 5);
  EXPECT_EQ(visits[2].session.date, "2026-12-01");
}

TEST_F(SessionFiles, TheAutosaveKeepsTheLastEditBesideTheSessionWithoutTouchingIt) {
  const fs::path path = file("anna.myosession");
  ASSERT_TRUE(myo::atlas::saveSession(exampleSession(), path).ok());
  const std::string saved = readText(path);
  const auto autosave = myo::atlas::SessionAutosave::besideSession(path);
  EXPECT_EQ(autosave.file(), file("anna.myosession.autosave"));
  EXPECT_FALSE(autosave.exists());

  Session edited = exampleSession();
  edited.muscles.push_back({"sternocleidomastoid", myo::atlas::Side::Left});
  ASSERT_TRUE(autosave.save(edited).ok());
  // After a crash: the autosave holds the last edit, the session what the user saved.
  ASSERT_TRUE(autosave.exists());
  const auto recovered = autosave.recover();
  ASSERT_TRUE(recovered) << recovered.error().message;
  EXPECT_EQ(*recovered, edited);
  EXPECT_EQ(readText(path), saved);

  ASSERT_TRUE(autosave.discard().ok());
  EXPECT_FALSE(autosave.exists());
  EXPECT_TRUE(autosave.discard().ok());  // nothing left to discard is not an error
}

TEST_F(SessionFiles, AnUntitledSessionAutosavesInTheStateFolder) {
  const fs::path state = file("state") / "myoatlas";  // not there yet
  const auto autosave = myo::atlas::SessionAutosave::untitledIn(state);
  ASSERT_TRUE(autosave.save(exampleSession()).ok());
  EXPECT_EQ(autosave.file().parent_path(), state);
  EXPECT_EQ(*autosave.recover(), exampleSession());
}

TEST(SessionStateFolder, FollowsXdgStateHome) {
  const char* old = std::getenv("XDG_STATE_HOME");
  const std::string previous = old ? old : "";
  ::setenv("XDG_STATE_HOME", "/tmp/some-state", 1);
  EXPECT_EQ(myo::atlas::defaultStateFolder(), fs::path("/tmp/some-state/myoatlas"));
  ::unsetenv("XDG_STATE_HOME");
  const char* oldHome = std::getenv("HOME");
  const std::string previousHome = oldHome ? oldHome : "";
  ::setenv("HOME", "/tmp/some-home", 1);
  EXPECT_EQ(myo::atlas::defaultStateFolder(), fs::path("/tmp/some-home/.local/state/myoatlas"));
  if (oldHome) ::setenv("HOME", previousHome.c_str(), 1);
  if (old) ::setenv("XDG_STATE_HOME", previous.c_str(), 1);
}

}  // namespace
