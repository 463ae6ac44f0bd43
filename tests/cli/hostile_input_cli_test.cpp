// What a hostile-input probe found (issue 23), as a user meets it on the command line: each test
// failed before its fix. Writers that would have replaced a FIFO or a device node, NaN angles
// that drew a blank picture, escape sequences printed raw, a region that vanished from a pattern
// without a word, stacked triangles that took minutes to draw, and unclear messages.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

#include "knowledge_fixture.hpp"
#include "run_command.hpp"
#include "scoped_environment.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::runMyoatlas;
using myo::test::ScopedEnvironment;
using myo::test::ScratchAssets;

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

// A folder of the test's own under build/test-output, removed with everything in it afterwards.
class TempFolder {
 public:
  explicit TempFolder(const std::string& name)
      : path_(fs::path(myo::test::testOutputDir()) / ("hostile_" + name + "_" + std::to_string(::getpid()))) {
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempFolder() {
    std::error_code ignored;
    fs::remove_all(path_, ignored);
  }
  TempFolder(const TempFolder&) = delete;
  TempFolder& operator=(const TempFolder&) = delete;
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

bool isFifo(const fs::path& path) {
  struct stat info {};
  return ::lstat(path.c_str(), &info) == 0 && S_ISFIFO(info.st_mode);
}

// Item 3: a FIFO or a folder under the output name is refused and stays what it was. (Devices
// take the same path through myo::replaceableTarget; tests never write near a real device.)
TEST(HostileInputCli, WritersRefuseAFifoOrAFolderAndLeaveItAsItWas) {
  const TempFolder folder("writers");
  const fs::path fifo = folder / "pipe.png";
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
  const fs::path pdfFifo = folder / "pipe.pdf";
  ASSERT_EQ(::mkfifo(pdfFifo.c_str(), 0600), 0);
  const fs::path glbFifo = folder / "pipe.glb";
  ASSERT_EQ(::mkfifo(glbFifo.c_str(), 0600), 0);
  const fs::path dir = folder / "folder.png";
  fs::create_directories(dir);

  const std::vector<std::vector<std::string>> commands = {
      {"render", "-o", fifo.string()},
      {"render", "-o", dir.string()},
      {"handout", "--region", "left_temple", "--muscle", "trapezius", "-o", pdfFifo.string()},
      {"handout", "--region", "left_temple", "--muscle", "trapezius", "-o", fifo.string()},
      {"bake", "-o", glbFifo.string()},
  };
  for (const std::vector<std::string>& args : commands) {
    const auto result = runMyoatlas(args);
    const std::string& target = args.back();
    EXPECT_EQ(result.exitCode, 2) << args[0] << " -o " << target << ": " << result.out << result.err;
    EXPECT_TRUE(contains(result.err, target)) << "names the target: " << result.err;
    EXPECT_TRUE(contains(result.err, "FIFO") || contains(result.err, "folder")) << "says what it is: " << result.err;
    EXPECT_FALSE(contains(result.out, "wrote")) << result.out;
  }
  EXPECT_TRUE(isFifo(fifo)) << "the FIFO is still a FIFO";
  EXPECT_TRUE(isFifo(pdfFifo));
  EXPECT_TRUE(isFifo(glbFifo));
  EXPECT_TRUE(fs::is_directory(dir)) << "the folder is still a folder";
  EXPECT_TRUE(fs::is_empty(dir)) << "and nothing was left in it";
}

// Item 3, the link: written through, and the link stays a link.
TEST(HostileInputCli, RenderWritesThroughASymbolicLink) {
  const TempFolder folder("link");
  const fs::path real = folder / "real.png";
  myo::test::writeText(real, "old");
  const fs::path link = folder / "link.png";
  fs::create_symlink(real.filename(), link);
  const auto result = runMyoatlas({"render", "--width", "64", "--height", "48", "-o", link.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_TRUE(fs::is_symlink(link)) << "the link is still a link";
  EXPECT_GT(fs::file_size(real), 100u) << "the picture went where the link points";
}

// Item 6: every comparison with NaN is false, so a range check alone let it through.
TEST(HostileInputCli, NanOrInfiniteCameraAnglesAreRefused) {
  const TempFolder folder("nan");
  const fs::path picture = folder / "picture.png";
  myo::test::writeText(picture, "the user's picture");
  for (const std::vector<std::string>& option :
       {std::vector<std::string>{"--yaw", "nan"}, {"--pitch", "nan"}, {"--yaw", "inf"}, {"--pitch", "-inf"}}) {
    const auto result = runMyoatlas({"render", option[0], option[1], "-o", picture.string()});
    EXPECT_EQ(result.exitCode, 2) << option[0] << " " << option[1] << ": " << result.err;
    EXPECT_TRUE(contains(result.err, "finite")) << result.err;
  }
  EXPECT_EQ(myo::test::readText(picture), "the user's picture");
}

// Item 8: an escape sequence in a node name is shown, not obeyed by the terminal.
TEST(HostileInputCli, InspectShowsEscapeSequencesInNamesInsteadOfPrintingThem) {
  const TempFolder folder("escape");
  const fs::path model = folder / "titled.obj";
  myo::test::writeText(model, "o \x1b]0;pwned\x07\x1b[2J\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n");
  const auto result = runMyoatlas({"inspect", model.string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_FALSE(contains(result.out, "\x1b")) << "no ESC byte reaches the terminal";
  EXPECT_FALSE(contains(result.out, "\x07"));
  EXPECT_TRUE(contains(result.out, "\\x1B]0;pwned\\x07")) << result.out;
}

// Replaces the first `from` in a scratch copy of a muscle's card; false when the card has none.
bool editCard(const ScratchAssets& scratch, const std::string& id, const std::string& from, const std::string& to) {
  const fs::path file = scratch.muscleFile(id);
  std::string text = myo::test::readText(file);
  const std::size_t at = text.find(from);
  if (at == std::string::npos) return false;
  text.replace(at, from.size(), to);
  myo::test::writeText(file, text);
  return true;
}

TEST(HostileInputCli, ShowEscapesControlCharactersInAnEditedMuscleName) {
  ScratchAssets scratch("show_escape");
  ASSERT_TRUE(editCard(scratch, "trapezius", "\"common\": \"", "\"common\": \"\\u001b[31m"));
  const auto result = runMyoatlas({"show", "trapezius", "--assets", scratch.dir().string()});
  ASSERT_EQ(result.exitCode, 0) << result.err;
  EXPECT_FALSE(contains(result.out, "\x1b")) << "no ESC byte reaches the terminal";
  EXPECT_TRUE(contains(result.out, "\\x1B[31m")) << result.out.substr(0, 200);
}

// Item 5: show refuses the card (as for any problem of the muscle's file), lookup warns.
TEST(HostileInputCli, ATriggerPointNamingAnUnknownRegionIsToldByShowAndLookup) {
  ScratchAssets scratch("unknown_zone_region");
  ASSERT_TRUE(editCard(scratch, "trapezius", "{\"region\": \"ear\"", "{\"region\": \"earr\""));

  const auto shown = runMyoatlas({"show", "trapezius", "--assets", scratch.dir().string()});
  EXPECT_EQ(shown.exitCode, 2) << shown.out;
  EXPECT_TRUE(contains(shown.err, scratch.muscleFile("trapezius").string())) << shown.err;
  EXPECT_TRUE(contains(shown.err, "unknown region \"earr\"")) << shown.err;

  const ScopedEnvironment assets("MYO_ASSETS_DIR", scratch.dir().string());
  const auto looked = runMyoatlas({"lookup", "--region", "left_temple"});
  EXPECT_EQ(looked.exitCode, 0) << looked.err;
  EXPECT_TRUE(contains(looked.err, "warning")) << looked.err;
  EXPECT_TRUE(contains(looked.err, "unknown region \"earr\"")) << looked.err;
}

// Item 2: 100,000 copies of one triangle took minutes (each copy filled again by the software
// rasteriser, and simplified for the levels of detail). The limit leaves room for a loaded CI
// machine; the figure measured here is in docs/robustness.md.
TEST(HostileInputCli, RenderOfStackedTrianglesFinishesQuickly) {
  const TempFolder folder("stacked");
  const fs::path model = folder / "stacked.obj";
  {
    std::ofstream out(model);
    out << "v 0 0 0\nv 1 0 0\nv 0 1 0\n";
    for (int i = 0; i < 100000; ++i) out << "f 1 2 3\n";
  }
  const auto start = std::chrono::steady_clock::now();
  const auto result = runMyoatlas({"render", "--model", model.string(), "--width", "320", "--height", "240", "-o",
                                   (folder / "stacked.png").string()});
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_LT(seconds, 30.0) << "took " << seconds << " s";
}

// Item 10: the messages that said the wrong thing.
TEST(HostileInputCli, AnUnknownOptionIsNamedEvenWhenARequiredOneIsMissing) {
  const auto result = runMyoatlas({"lookup", "--frob"});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_TRUE(contains(result.err, "--frob")) << result.err;
}

TEST(HostileInputCli, AnEmptyIdInAListIsRefusedByRenderAsByLookup) {
  const TempFolder folder("empty_ids");
  const fs::path picture = folder / "p.png";
  for (const char* option : {"--region", "--select", "--heatmap"}) {
    const auto result = runMyoatlas({"render", option, "", "-o", picture.string()});
    EXPECT_EQ(result.exitCode, 2) << option << ": " << result.err;
    EXPECT_TRUE(contains(result.err, option)) << result.err;
  }
  EXPECT_FALSE(fs::exists(picture));
}

TEST(HostileInputCli, AHandoutDateThatIsNoDateIsRefused) {
  const TempFolder folder("handout_date");
  for (const char* date : {"yesterday", "2026-13-01", "2026-02-30", "2026-1-1"}) {
    const auto result = runMyoatlas({"handout", "--region", "left_temple", "--muscle", "trapezius", "--date", date,
                                     "-o", (folder / "h.pdf").string()});
    EXPECT_EQ(result.exitCode, 2) << date << ": " << result.err;
    EXPECT_TRUE(contains(result.err, "--date")) << result.err;
  }
}

TEST(HostileInputCli, ViewTakesASessionForASessionNotForAModel) {
  const TempFolder folder("view_session");
  const fs::path damaged = folder / "anna.myosession";
  myo::test::writeText(damaged, "{\"format\": \"myoatlas-session\", \"version\": 1, \"pain\": [");
  const auto result = runMyoatlas({"view", damaged.string()});
  EXPECT_EQ(result.exitCode, 2);
  EXPECT_TRUE(contains(result.err, damaged.string() + ": invalid JSON")) << result.err;
  EXPECT_FALSE(contains(result.err, "3D model")) << result.err;
}

TEST(HostileInputCli, ASymbolicLinkLoopIsCalledALoop) {
  const TempFolder folder("link_loop");
  fs::create_symlink("b.obj", folder / "a.obj");
  fs::create_symlink("a.obj", folder / "b.obj");
  const auto inspected = runMyoatlas({"inspect", (folder / "a.obj").string()});
  EXPECT_EQ(inspected.exitCode, 2);
  EXPECT_TRUE(contains(inspected.err, "loop")) << inspected.err;
  const auto rendered = runMyoatlas({"render", "-o", (folder / "a.obj").string()});
  EXPECT_EQ(rendered.exitCode, 2);
  EXPECT_TRUE(contains(rendered.err, "loop")) << rendered.err;
}

}  // namespace
