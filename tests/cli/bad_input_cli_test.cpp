// Broken input everywhere, as a user meets it: every option of every command given a wrong value,
// and every kind of file the program reads given broken content. Each must end with exit code 2
// (documented exceptions: `validate` reports problems with 1), a message on stderr that names the
// option or the file and the problem, nothing on stdout, and the user's files as they were.
#include <gtest/gtest.h>

#include <filesystem>
#include <initializer_list>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "knowledge_fixture.hpp"
#include "run_command.hpp"
#include "scoped_environment.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::runMyoatlas;
using myo::test::ScopedEnvironment;
using myo::test::ScratchAssets;

// A file the user already has where a command will write. Tests check it is left as it was.
class UserFile {
 public:
  explicit UserFile(const std::string& name)
      : path_(fs::path(myo::test::testOutputDir()) / ("users_" + std::to_string(::getpid()) + "_" + name)) {
    myo::test::writeText(path_, kContent);
  }
  ~UserFile() {
    std::error_code ignored;
    fs::remove(path_, ignored);
  }
  UserFile(const UserFile&) = delete;
  UserFile& operator=(const UserFile&) = delete;

  std::string path() const { return path_.string(); }
  bool untouched() const { return fs::is_regular_file(path_) && myo::test::readText(path_) == kContent; }

 private:
  static constexpr const char* kContent = "the user's own file, which a failed command must not touch\n";
  fs::path path_;
};

// Nothing left beside a file that a failed write could have left half-written.
std::vector<std::string> leftoversBeside(const fs::path& file) {
  std::vector<std::string> found;
  for (const auto& entry : fs::directory_iterator(file.parent_path())) {
    const std::string name = entry.path().filename().string();
    if (name != file.filename().string() && name.rfind(file.filename().string(), 0) == 0) found.push_back(name);
  }
  return found;
}

// Runs `args` and expects a refusal: exit 2, stdout empty, stderr mentioning each of `mentions`.
void expectRefused(const std::vector<std::string>& args, const std::vector<std::string>& mentions, int exitCode = 2) {
  std::string command;
  for (const std::string& arg : args) command += " " + arg;
  const auto result = runMyoatlas(args);
  EXPECT_EQ(result.exitCode, exitCode) << "myoatlas" << command << "\n" << result.err;
  EXPECT_TRUE(result.out.empty()) << "myoatlas" << command << " printed on stdout: " << result.out;
  for (const std::string& mention : mentions)
    EXPECT_NE(result.err.find(mention), std::string::npos) << "myoatlas" << command << ": stderr lacks \"" << mention
                                                           << "\": " << result.err;
}

// --- options ----------------------------------------------------------------------------------

TEST(BadInputCli, RenderOptionsOutOfRangeOrUnknownAreRefusedAndTheOutputIsKept) {
  const UserFile picture("picture.png");
  struct Case {
    std::vector<std::string> options;
    std::vector<std::string> mentions;
  };
  const std::vector<Case> cases = {
      {{"--width", "0"}, {"--width", "0"}},
      {{"--width", "8193"}, {"--width", "8193"}},
      {{"--width", "wide"}, {"--width", "wide"}},
      {{"--height", "-5"}, {"--height"}},
      {{"--yaw", "181"}, {"--yaw", "181"}},
      {{"--pitch", "-90"}, {"--pitch"}},
      {{"--view", "frontal"}, {"--view", "frontal"}},
      {{"--side", "up"}, {"--side", "up"}},
      {{"--colormap", "rainbow"}, {"--colormap", "rainbow"}},
      {{"--peel", "fat"}, {"--peel", "fat"}},
      {{"--layers", "skin,fat"}, {"--layers", "'fat'"}},
      {{"--select", "trapezius.top"}, {"--select trapezius.top", "left or right"}},
      {{"--select", "trapezus"}, {"--select trapezus", "did you mean: trapezius"}},
      {{"--heatmap", "trapezus"}, {"--heatmap trapezus", "did you mean: trapezius"}},
      {{"--heatmap", "trapezius/tp99"}, {"--heatmap trapezius/tp99", "trapezius/tp1"}},
      {{"--region", "left_elbowpit"}, {"--region left_elbowpit", "unknown region"}},
      {{"--xray"}, {"--xray", "--select"}},
      {{"--frame-painted"}, {"--frame-painted", "--region"}},
      {{"--colour", "red"}, {"--colour"}},
      {{"--width"}, {"--width"}},
  };
  for (const Case& c : cases) {
    std::vector<std::string> args = {"render", "-o", picture.path()};
    args.insert(args.end(), c.options.begin(), c.options.end());
    expectRefused(args, c.mentions);
    EXPECT_TRUE(picture.untouched()) << c.options.front();
  }
  EXPECT_TRUE(leftoversBeside(picture.path()).empty()) << leftoversBeside(picture.path()).front();
}

TEST(BadInputCli, EveryCommandRefusesAnUnknownOption) {
  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"--bogus"},
           {"view", "--bogus"},
           {"render", "-o", "x.png", "--bogus"},
           {"inspect", "model.glb", "--bogus"},
           {"bench", "--bogus"},
           {"bake", "--bogus"},
           {"muscles", "--bogus"},
           {"regions", "--bogus"},
           {"show", "trapezius", "--bogus"},
           {"validate", "--bogus"},
           {"lookup", "--region", "left_temple", "--bogus"},
           {"handout", "--region", "left_temple", "--muscle", "trapezius", "-o", "x.pdf", "--bogus"},
           {"measure", "--bogus"},
           {"zones", "--bogus"},
           {"chart", "trapezius", "-o", "x.png", "--bogus"},
           {"sheet", "--layer", "deep", "--view", "anterior", "-o", "x.pdf", "--bogus"}})
    expectRefused(args, {"--bogus"});
}

TEST(BadInputCli, BenchOptionsOutOfRangeAreRefused) {
  expectRefused({"bench", "--runs", "0"}, {"--runs", "0"});
  expectRefused({"bench", "--runs", "1001"}, {"--runs", "1001"});
  expectRefused({"bench", "--runs", "many"}, {"--runs", "many"});
  expectRefused({"bench", "--only", "nothing"}, {"'nothing'"});
}

TEST(BadInputCli, AMistypedCommandIsNotTakenForTheViewer) {
  // Without a command, a word is a file to view; one that does not exist is said to be neither.
  expectRefused({"rendr", "-o", "x.png"}, {"-o"});
  expectRefused({"rendr"}, {"rendr: no such file, nor a command"});
}

TEST(BadInputCli, MissingRequiredArgumentsAreUsageErrors) {
  expectRefused({"render"}, {"--output"});
  expectRefused({"inspect"}, {"FILE"});
  expectRefused({"show"}, {"id"});
}

// --- output files -----------------------------------------------------------------------------

TEST(BadInputCli, RenderOntoAFolderIsRefusedBeforeDrawing) {
  const fs::path folder = fs::path(myo::test::testOutputDir()) / ("render_into_folder_" + std::to_string(::getpid()));
  fs::create_directories(folder);
  expectRefused({"render", "-o", folder.string(), "--width", "32", "--height", "32"},
                {folder.string() + ": is a folder, not a file"});
  EXPECT_TRUE(fs::is_directory(folder));
  EXPECT_TRUE(fs::is_empty(folder));
  fs::remove_all(folder);
}

TEST(BadInputCli, RenderIntoAMissingFolderSaysWhichFolder) {
  expectRefused({"render", "-o", "/nonexistent-dir/x.png"}, {"/nonexistent-dir/x.png", "no folder /nonexistent-dir"});
}

TEST(BadInputCli, BakeKeepsTheUsersFileWhenTheDescriptionIsBroken) {
  ScratchAssets scratch("bake_broken_landmarks");
  const fs::path landmarks = scratch.dir() / "anatomy" / "landmarks.json";
  myo::test::writeText(landmarks, "{ \"landmarks\": [1, 2,, 3] }");
  const UserFile body("body.glb");
  expectRefused({"bake", "--anatomy", (scratch.dir() / "anatomy").string(), "-o", body.path()},
                {landmarks.string(), "invalid JSON"});
  EXPECT_TRUE(body.untouched());
  EXPECT_TRUE(leftoversBeside(body.path()).empty());
}

TEST(BadInputCli, BakeRefusesABadOutputOrAnatomyFolderAtOnce) {
  expectRefused({"bake", "-o", "/nonexistent-dir/body.glb"}, {"/nonexistent-dir/body.glb", "no folder"});
  expectRefused({"bake", "-o", myo::test::testOutputDir()}, {"is a folder, not a file"});
  const UserFile body("body_kept.glb");
  expectRefused({"bake", "--anatomy", "/nonexistent/anatomy", "-o", body.path()}, {"/nonexistent/anatomy"});
  EXPECT_TRUE(body.untouched());
}

// --- model files ------------------------------------------------------------------------------

TEST(BadInputCli, BrokenModelFilesAreRefusedNamingTheFileAndTheOutputIsKept) {
  const fs::path folder = fs::path(myo::test::testOutputDir()) / ("broken_models_" + std::to_string(::getpid()));
  fs::create_directories(folder);
  struct Case {
    const char* name;
    std::string content;
    const char* problem;
  };
  const std::vector<Case> cases = {
      {"truncated.glb", std::string("glTF\x02\x00\x00\x00", 8), "truncated"},
      {"not-json.gltf", "{ \"asset\": { \"version\": \"2.0\" ", "JSON"},
      {"no-asset.gltf", "{}", "asset"},
      {"garbage.stl", "solid x\nfacet normal banana\n", ""},
      {"garbage.obj", "f 1 2 3\nf 4 5 6\n", ""},
      {"header-only.ply", "ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nend_header\n1\n", ""},
      {"picture.txt", "not a model at all", ""},
      {"empty.glb", "", "empty"},
  };
  const UserFile picture("model_picture.png");
  for (const Case& c : cases) {
    const fs::path model = folder / c.name;
    myo::test::writeText(model, c.content);
    expectRefused({"inspect", model.string()}, {model.string() + ": ", c.problem});
    expectRefused({"render", "--model", model.string(), "-o", picture.path()}, {model.string() + ": ", c.problem});
    EXPECT_TRUE(picture.untouched()) << c.name;
  }
  expectRefused({"inspect", folder.string()}, {folder.string() + ": is a folder"});
  fs::remove_all(folder);
}

// --- the knowledge base and the anatomy description ---------------------------------------------

TEST(BadInputCli, RenderWithABrokenMuscleRecordNamesTheFile) {
  ScratchAssets scratch("render_broken_record");
  myo::test::writeText(scratch.muscleFile("trapezius"), "{ \"id\": \"trapezius\", }");
  const ScopedEnvironment assets("MYO_ASSETS_DIR", scratch.dir().string());
  const UserFile picture("heat.png");
  expectRefused({"render", "--heatmap", "trapezius", "-o", picture.path()},
                {scratch.muscleFile("trapezius").string() + ": invalid JSON"});
  EXPECT_TRUE(picture.untouched());
}

TEST(BadInputCli, ValidateNamesEachBrokenFileOfTheKnowledgeBase) {
  struct Case {
    const char* file;  // under the assets directory
    const char* content;
    const char* problem;
  };
  const Case cases[] = {{"knowledge/regions.json", "[1, 2", "invalid JSON at line 1, column 6"},
                        {"knowledge/references.json", "{\"references\": 7}", "/references: must be a list"},
                        {"knowledge/muscle-list.txt", "[head_and_jaw]\nNot An Id!\n", "line 2: \"Not An Id!\""},
                        {"anatomy/region-patches.json", "{ \"regions\": ", "invalid JSON at line 1, column 14"}};
  // One run with every file broken: validate reads on past a broken file and reports them all.
  ScratchAssets scratch("validate_broken_files");
  for (const Case& c : cases) myo::test::writeText(scratch.dir() / c.file, c.content);
  const auto result = runMyoatlas({"validate", scratch.dir().string()});
  EXPECT_EQ(result.exitCode, 1) << result.out << result.err;  // validate: 1 = problems found
  const std::string said = result.out + result.err;
  for (const Case& c : cases) {
    const std::string expected = (scratch.dir() / c.file).string() + ": " + c.problem;
    EXPECT_NE(said.find(expected), std::string::npos) << "\"" << expected << "\" not said";
  }
}

TEST(BadInputCli, BakeNamesTheBrokenPlaceOfEachAnatomyFile) {
  struct Case {
    const char* file;  // under anatomy/
    const char* content;
    const char* problem;
  };
  for (const Case& c : {Case{"bones.json", "{\"bones\": 3}", "bones.json: /"},
                        Case{"body.json", "", "body.json"},
                        Case{"muscles/neck.json", "{\"muscles\": [{\"id\": 5}]}", "neck.json: /"}}) {
    ScratchAssets scratch("bake_broken_file");
    const fs::path file = scratch.dir() / "anatomy" / c.file;
    myo::test::writeText(file, c.content);
    const UserFile body("anatomy_body.glb");
    expectRefused({"bake", "--anatomy", (scratch.dir() / "anatomy").string(), "-o", body.path()},
                  {file.string(), c.problem});
    EXPECT_TRUE(body.untouched()) << c.file;
  }
}

}  // namespace

namespace {

TEST(BadInputCli, QuizKindsAreCheckedAndNeedAStudyRound) {
  expectRefused({"view", "--quiz", "study", "--quiz-kinds", "origin,bogus"}, {"--quiz-kinds", "bogus"});
  expectRefused({"view", "--quiz", "name", "--quiz-kinds", "origin"}, {"--quiz-kinds", "--quiz study"});
  expectRefused({"view", "--quiz", "ligament"}, {"--quiz", "ligament"});
}

}  // namespace
