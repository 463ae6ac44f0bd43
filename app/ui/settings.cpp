#include "settings.hpp"

#include <algorithm>
#include <cstdlib>

#include <nlohmann/json.hpp>

#include "myo/atlas/json_file.hpp"
#include "myo/engine/file_writing.hpp"

namespace myo::ui {

namespace {

using atlas::Emptiness;
using atlas::JsonDocument;
using atlas::JsonNode;
using nlohmann::json;

bool expectObject(const JsonNode& node) {
  if (!node.isObject()) node.report("must be an object, not " + node.describeType());
  return node.isObject();
}

// An optional member: absent keeps the default; present, it must be valid.
template <class Read>
void readIfPresent(const JsonNode& object, std::string_view key, Read&& read) {
  if (object.has(key)) read(object[key]);
}

// Sizes a screen cannot show are not damage (the file may come from a bigger screen): they are
// clamped to usable ones after reading.
constexpr int kAnyPixels = 1000000;

void readWindow(const JsonNode& node, WindowLayout& w) {
  if (!expectObject(node)) return;
  readIfPresent(node, "width", [&](const JsonNode& n) { w.width = n.wholeNumber(0, kAnyPixels); });
  readIfPresent(node, "height", [&](const JsonNode& n) { w.height = n.wholeNumber(0, kAnyPixels); });
  for (const auto& [key, position] : {std::pair{"x", &w.x}, std::pair{"y", &w.y}})
    if (node.has(key) && !node[key].isNull()) *position = node[key].wholeNumber(-kAnyPixels, kAnyPixels);
  readIfPresent(node, "maximized", [&](const JsonNode& n) { w.maximized = n.boolean(); });
  readIfPresent(node, "left_panel_width", [&](const JsonNode& n) { w.leftPanelWidth = static_cast<float>(n.number(0, kAnyPixels)); });
  readIfPresent(node, "right_panel_width", [&](const JsonNode& n) { w.rightPanelWidth = static_cast<float>(n.number(0, kAnyPixels)); });
}

// Keys this version does not know are left alone: they may come from a newer one.
void readSettingsObject(const JsonNode& root, Settings& s) {
  if (!expectObject(root)) return;
  readIfPresent(root, "theme", [&](const JsonNode& n) { s.theme = n.enumValue(s.theme); });
  readIfPresent(root, "ui_scale", [&](const JsonNode& n) { s.uiScale = static_cast<float>(n.number(kMinUiScale, kMaxUiScale)); });
  readIfPresent(root, "colormap", [&](const JsonNode& n) { s.colormap = n.enumValue(s.colormap); });
  readIfPresent(root, "screenshot_without_ui", [&](const JsonNode& n) { s.screenshotWithoutUi = n.boolean(); });
  readIfPresent(root, "screenshot_folder", [&](const JsonNode& n) { s.screenshotFolder = n.text(Emptiness::MayBeEmpty); });
  readIfPresent(root, "show_markers", [&](const JsonNode& n) { s.showMarkers = n.boolean(); });
  readIfPresent(root, "window", [&](const JsonNode& n) { readWindow(n, s.window); });
}

}  // namespace

std::filesystem::path defaultSettingsPath() {
  const char* xdg = std::getenv("XDG_CONFIG_HOME");
  if (xdg != nullptr && *xdg != '\0') return std::filesystem::path(xdg) / "myoatlas" / "settings.json";
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') return std::filesystem::path(home) / ".config" / "myoatlas" / "settings.json";
  return {};
}

SettingsReading readSettings(const std::filesystem::path& path) {
  SettingsReading reading;
  std::error_code ec;
  if (path.empty() || !std::filesystem::exists(path, ec)) return reading;
  const auto damaged = [&](const std::string& what) {
    reading.settings = Settings{};
    reading.warning = "the settings file " + path.string() + " is damaged (" + what +
                      "); MyoAtlas starts with the default settings and leaves the file as it is. Fix it, "
                      "or delete it to start afresh.";
    return reading;
  };
  // Read before the window opens: readJsonFile refuses a FIFO, which would block it, and a huge
  // file, which would keep it parsing (a real one is under 1 KiB).
  std::vector<atlas::Problem> problems;
  const atlas::ProblemLog log(path.string(), problems);
  const std::optional<JsonDocument> document = atlas::readJsonFile(path, log, {1u << 20, 8, "settings"});
  Settings& s = reading.settings;
  if (document) readSettingsObject(JsonNode(*document, log), s);
  if (!problems.empty()) {
    std::string what;
    for (const atlas::Problem& problem : problems) {
      if (!what.empty()) what += "; ";
      if (!problem.pointer.empty()) what += problem.pointer + ": ";
      what += problem.message;
    }
    return damaged(what);
  }
  // Sizes a screen cannot show are not damage (the file may come from a bigger screen); keep
  // them usable.
  s.window.width = std::clamp(s.window.width, 640, 16384);
  s.window.height = std::clamp(s.window.height, 480, 16384);
  s.window.leftPanelWidth = std::clamp(s.window.leftPanelWidth, 200.0f, 900.0f);
  s.window.rightPanelWidth = std::clamp(s.window.rightPanelWidth, 240.0f, 1200.0f);
  return reading;
}

std::string settingsToJson(const Settings& s) {
  json window{{"width", s.window.width},
              {"height", s.window.height},
              {"maximized", s.window.maximized},
              {"left_panel_width", s.window.leftPanelWidth},
              {"right_panel_width", s.window.rightPanelWidth}};
  if (s.window.x) window["x"] = *s.window.x;
  if (s.window.y) window["y"] = *s.window.y;
  const json document{{"theme", toString(s.theme)},
                      {"ui_scale", s.uiScale},
                      {"colormap", toString(s.colormap)},
                      {"screenshot_without_ui", s.screenshotWithoutUi},
                      {"screenshot_folder", s.screenshotFolder},
                      {"show_markers", s.showMarkers},
                      {"window", window}};
  return document.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

Status writeSettings(const Settings& settings, const std::filesystem::path& path) {
  // The first save of a new user: ~/.config/myoatlas may not exist yet.
  std::error_code ec;
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path(), ec);
  if (ec) return Error{path.string() + ": cannot create the folder " + path.parent_path().string() + ": " + ec.message()};
  return replaceFile(path, settingsToJson(settings), FileAccess::OwnerOnly);
}

}  // namespace myo::ui
