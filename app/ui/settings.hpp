#pragma once
// What the window remembers between runs: theme, UI scale, colour map, window and panel layout,
// screenshot choices. Kept as JSON in $XDG_CONFIG_HOME/myoatlas/settings.json (or
// ~/.config/myoatlas/settings.json). A file that cannot be read is reported and left alone: the
// program runs with defaults and does not write over it, so nothing the user saved is lost.
//
// Not here: ImGui (this file is plain data and JSON, unit-tested).

#include <filesystem>
#include <optional>
#include <string>

#include "myo/engine/colormap.hpp"
#include "myo/engine/enum_names.hpp"
#include "myo/engine/result.hpp"

namespace myo::ui {

enum class Theme { Dark, Light };

constexpr EnumTable<Theme, 2> enumNames(Theme) {
  return {{
      {Theme::Dark, "dark"},
      {Theme::Light, "light"},
  }};
}

struct WindowLayout {
  int width = 1400;   // screen coordinates
  int height = 900;
  std::optional<int> x, y;  // unset: wherever the system puts a new window
  bool maximized = false;
  float leftPanelWidth = 340.0f;   // at UI scale 1
  float rightPanelWidth = 440.0f;
};

struct Settings {
  Theme theme = Theme::Dark;
  float uiScale = 1.0f;  // 0.75 .. 3: fonts and widgets, for projectors and high-DPI screens
  Colormap colormap = Colormap::Clinical;
  bool screenshotWithoutUi = false;
  std::string screenshotFolder;  // empty: ~/Pictures/MyoAtlas
  bool showMarkers = true;
  WindowLayout window;
};

inline constexpr float kMinUiScale = 0.75f;
inline constexpr float kMaxUiScale = 3.0f;

// $XDG_CONFIG_HOME/myoatlas/settings.json, else $HOME/.config/myoatlas/settings.json; empty
// when neither variable is set.
std::filesystem::path defaultSettingsPath();

struct SettingsReading {
  Settings settings;
  // Set when the file exists but is damaged: names the file and what is wrong. The caller must
  // then not save over it.
  std::optional<std::string> warning;
};

// A missing file gives the defaults without a warning.
SettingsReading readSettings(const std::filesystem::path& path);

std::string settingsToJson(const Settings& settings);
Status writeSettings(const Settings& settings, const std::filesystem::path& path);


}  // namespace myo::ui
