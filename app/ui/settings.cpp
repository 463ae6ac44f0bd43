#include "settings.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "myo/engine/file_writing.hpp"

namespace myo::ui {

namespace {

using nlohmann::json;

// Reads one member when present; a member of the wrong type is a problem, not a silent default.
class MemberReader {
 public:
  explicit MemberReader(const json& object) : object_(object) {}

  template <class T>
  void read(const char* key, T& value) {
    const auto it = object_.find(key);
    if (it == object_.end()) return;
    try {
      value = it->template get<T>();
    } catch (const json::exception&) {
      problem("\"" + std::string(key) + "\" has the wrong type (" + it->type_name() + ")");
    }
  }

  template <class T>
  void readOptional(const char* key, std::optional<T>& value) {
    const auto it = object_.find(key);
    if (it == object_.end() || it->is_null()) return;
    T read{};
    this->read(key, read);
    value = read;
  }

  void problem(const std::string& message) {
    if (!problems_.empty()) problems_ += "; ";
    problems_ += message;
  }
  const std::string& problems() const { return problems_; }

 private:
  const json& object_;
  std::string problems_;
};

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
  // Read before the window opens: a FIFO would block it, a huge file keep it parsing.
  if (!std::filesystem::is_regular_file(path, ec)) return damaged("it is not a regular file");
  constexpr std::uintmax_t kMaxSettingsBytes = 1u << 20;  // a real one is under 1 KiB
  if (std::filesystem::file_size(path, ec) > kMaxSettingsBytes) return damaged("it is over the 1 MiB limit for settings");
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  if (!in && !in.eof()) return damaged("it cannot be read");
  const json document = json::parse(text.str(), nullptr, false);
  if (document.is_discarded()) return damaged("it is not valid JSON");
  if (!document.is_object())
    return damaged(std::string("it holds ") + (document.is_array() ? "a list" : document.is_string() ? "a string" : "a single value") +
                   ", not an object");

  Settings& s = reading.settings;
  MemberReader reader(document);
  std::string theme(toString(s.theme));
  reader.read("theme", theme);
  if (auto parsed = parseEnum<Theme>(theme)) s.theme = *parsed;
  else reader.problem("\"theme\" must be \"dark\" or \"light\", not \"" + theme + "\"");
  reader.read("ui_scale", s.uiScale);
  if (!(s.uiScale >= kMinUiScale && s.uiScale <= kMaxUiScale)) {
    reader.problem("\"ui_scale\" must lie between 0.75 and 3");
    s.uiScale = 1.0f;
  }
  std::string colormap(toString(s.colormap));
  reader.read("colormap", colormap);
  if (auto parsed = parseColormap(colormap)) s.colormap = *parsed;
  else reader.problem("\"colormap\" \"" + colormap + "\" is not a colour map");
  reader.read("screenshot_without_ui", s.screenshotWithoutUi);
  reader.read("screenshot_folder", s.screenshotFolder);
  reader.read("show_markers", s.showMarkers);
  if (const auto window = document.find("window"); window != document.end()) {
    if (!window->is_object()) {
      reader.problem("\"window\" must be an object");
    } else {
      MemberReader w(*window);
      w.read("width", s.window.width);
      w.read("height", s.window.height);
      w.readOptional("x", s.window.x);
      w.readOptional("y", s.window.y);
      w.read("maximized", s.window.maximized);
      w.read("left_panel_width", s.window.leftPanelWidth);
      w.read("right_panel_width", s.window.rightPanelWidth);
      if (!w.problems().empty()) reader.problem("in \"window\": " + w.problems());
    }
  }
  if (!reader.problems().empty()) return damaged(reader.problems());
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
