// What the window remembers between runs, and what it does with a settings file it cannot read:
// says so, naming the file, and leaves the file exactly as it was.
#include <gtest/gtest.h>

#include "knowledge_fixture.hpp"
#include "window_session.hpp"

namespace {

using myo::test::WindowSession;
using nlohmann::json;
using namespace std::chrono_literals;

std::filesystem::path folderFor(const std::string& name) { return myo::test::freshTestFolder("settings-" + name); }

// Keys go to the window under the pointer (there is no window manager under Xvfb).
void pointAtTheBody(WindowSession& window) {
  const json viewport = window.state().at("scene_viewport");
  ASSERT_TRUE(window.moveMouse(viewport.at("x").get<double>() + 20, viewport.at("y").get<double>() + 20));
}

TEST(WindowSettings, ADamagedSettingsFileIsReportedByNameAndLeftAsItIs) {
  WindowSession window(folderFor("damaged"));
  const std::string damaged = "{\"theme\": \"light\", \"ui_scale\": 1.5,";
  std::filesystem::create_directories(window.settingsFile().parent_path());
  myo::test::writeText(window.settingsFile(), damaged);
  ASSERT_TRUE(window.start()) << window.why();
  const std::string file = window.settingsFile().string();
  EXPECT_TRUE(window.waitFor([&](const json& s) {
    return s.at("settings_warning").is_string() && s["settings_warning"].get<std::string>().find(file) != std::string::npos;
  }, 30s)) << window.lastState().at("settings_warning");
  EXPECT_EQ(window.lastState().at("theme"), "dark") << "the damaged file's values are not used";
  pointAtTheBody(window);
  ASSERT_TRUE(window.key("t"));  // a change that would be saved
  ASSERT_TRUE(window.waitFor([](const json& s) { return s.at("theme") == "light"; }, 30s));
  ASSERT_TRUE(window.key("ctrl+q"));
  EXPECT_EQ(window.waitForExit(30s), 0) << window.appOutput();
  EXPECT_NE(window.appOutput().find(file), std::string::npos) << "stderr does not name the file: " << window.appOutput();
  EXPECT_EQ(myo::test::readText(window.settingsFile()), damaged);
}

TEST(WindowSettings, TheThemeIsRememberedBetweenRuns) {
  const std::filesystem::path folder = folderFor("remembered");
  {
    WindowSession window(folder);
    ASSERT_TRUE(window.start()) << window.why();
    pointAtTheBody(window);
    ASSERT_TRUE(window.key("t"));
    ASSERT_TRUE(window.waitFor([](const json& s) { return s.at("theme") == "light"; }, 30s));
    ASSERT_TRUE(window.key("ctrl+q"));
    ASSERT_EQ(window.waitForExit(30s), 0) << window.appOutput();
  }
  std::filesystem::remove(folder / "state.json");
  WindowSession again(folder);
  ASSERT_TRUE(again.start()) << again.why();
  EXPECT_EQ(again.lastState().at("theme"), "light");
  EXPECT_EQ(again.lastState().at("settings_warning"), nullptr);
}

}  // namespace
