// The settings file the window remembers things in: defaults when it is missing, a clear warning
// naming the file when it is damaged, and everything kept when it is written and read back.
#include <gtest/gtest.h>

#include <fstream>

#include "knowledge_fixture.hpp"
#include "settings.hpp"

namespace {

using namespace myo::ui;

std::filesystem::path scratchFile(const std::string& name) {
  const std::filesystem::path folder = std::filesystem::path(myo::test::testOutputDir()) / "ui-settings";
  std::filesystem::create_directories(folder);
  std::filesystem::remove(folder / name);
  return folder / name;
}

TEST(UiSettings, AMissingFileGivesTheDefaultsWithoutAWarning) {
  const SettingsReading reading = readSettings(scratchFile("missing.json"));
  EXPECT_FALSE(reading.warning.has_value());
  EXPECT_EQ(reading.settings.theme, Theme::Dark);
  EXPECT_FLOAT_EQ(reading.settings.uiScale, 1.0f);
}

TEST(UiSettings, WhatIsWrittenIsReadBack) {
  const std::filesystem::path file = scratchFile("round-trip.json");
  Settings settings;
  settings.theme = Theme::Light;
  settings.uiScale = 1.75f;
  settings.colormap = myo::Colormap::Viridis;
  settings.screenshotWithoutUi = true;
  settings.window.width = 1600;
  settings.window.x = 40;
  settings.window.leftPanelWidth = 400.0f;
  ASSERT_TRUE(writeSettings(settings, file));
  const SettingsReading reading = readSettings(file);
  ASSERT_FALSE(reading.warning.has_value()) << *reading.warning;
  EXPECT_EQ(reading.settings.theme, Theme::Light);
  EXPECT_FLOAT_EQ(reading.settings.uiScale, 1.75f);
  EXPECT_EQ(reading.settings.colormap, myo::Colormap::Viridis);
  EXPECT_TRUE(reading.settings.screenshotWithoutUi);
  EXPECT_EQ(reading.settings.window.width, 1600);
  EXPECT_EQ(reading.settings.window.x, 40);
  EXPECT_FALSE(reading.settings.window.y.has_value());
  EXPECT_FLOAT_EQ(reading.settings.window.leftPanelWidth, 400.0f);
}

TEST(UiSettings, ADamagedFileIsNamedInTheWarningAndTheDefaultsAreUsed) {
  const std::filesystem::path file = scratchFile("damaged.json");
  myo::test::writeText(file, "{\"theme\": \"light\", \"ui_scale\": ");
  const SettingsReading reading = readSettings(file);
  ASSERT_TRUE(reading.warning.has_value());
  EXPECT_NE(reading.warning->find(file.string()), std::string::npos) << *reading.warning;
  EXPECT_NE(reading.warning->find("invalid JSON"), std::string::npos) << *reading.warning;
  EXPECT_EQ(reading.settings.theme, Theme::Dark) << "half a damaged file is not trusted";
}

TEST(UiSettings, AValueOfTheWrongKindOrOutOfRangeIsReportedByName) {
  const std::filesystem::path file = scratchFile("wrong-values.json");
  myo::test::writeText(file, R"({"theme": "purple", "ui_scale": 40, "window": {"width": "wide"}})");
  const SettingsReading reading = readSettings(file);
  ASSERT_TRUE(reading.warning.has_value());
  for (const char* named : {"/theme", "/ui_scale", "/window/width"})
    EXPECT_NE(reading.warning->find(named), std::string::npos) << named << " missing from: " << *reading.warning;
}

TEST(UiSettings, ConfigFolderFollowsXdgConfigHome) {
  const char* saved = std::getenv("XDG_CONFIG_HOME");
  const std::string previous = saved != nullptr ? saved : "";
  ::setenv("XDG_CONFIG_HOME", "/tmp/some-config", 1);
  EXPECT_EQ(defaultSettingsPath(), std::filesystem::path("/tmp/some-config/myoatlas/settings.json"));
  if (saved != nullptr) ::setenv("XDG_CONFIG_HOME", previous.c_str(), 1);
  else ::unsetenv("XDG_CONFIG_HOME");
}

}  // namespace
