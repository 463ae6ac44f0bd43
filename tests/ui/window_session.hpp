#pragma once
// A real MyoAtlas window for a UI test: its own Xvfb server (on a display number the server
// picks itself, so parallel tests never collide), `myoatlas view --state-file` with a fresh
// HOME and config folder, and real input through xdotool (XTEST). Tests read what the window
// shows from the state file, waiting on conditions with a deadline; nothing sleeps blindly.

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"

namespace myo::test {

struct Point {
  double x = 0, y = 0;
};

class WindowSession {
 public:
  // folder: this test's scratch folder (HOME, config, state file, screenshots).
  explicit WindowSession(std::filesystem::path folder);
  ~WindowSession();
  WindowSession(const WindowSession&) = delete;
  WindowSession& operator=(const WindowSession&) = delete;

  // Starts Xvfb and the app and waits for the app's first state. False with why() when it fails.
  // environment: more NAME=VALUE entries for the app (MYO_ASSETS_DIR=... for a copy of the cards).
  bool start(const std::vector<std::string>& extraArguments = {}, const std::vector<std::string>& environment = {});
  const std::string& why() const { return why_; }

  // The latest state the window wrote (empty object before the first).
  nlohmann::json state() const;
  // Polls the state until condition holds or the time is up; the last state read is kept in
  // lastState() for the failure message.
  bool waitFor(const std::function<bool(const nlohmann::json&)>& condition,
               std::chrono::milliseconds timeout = std::chrono::seconds(60));
  const nlohmann::json& lastState() const { return last_; }

  // xdotool with these arguments on the test's display; true when it succeeded.
  bool xdotool(const std::vector<std::string>& arguments);
  bool moveMouse(double x, double y);
  bool click(double x, double y);
  bool key(const std::string& keys);
  bool type(const std::string& text);

  // Widgets the state file names ("tour_save"). The left column shows one section at a time:
  // this opens the section the widget is in (the state file's left_column.widget_sections, or
  // each section in turn for a widget not drawn yet); false when it never shows.
  bool showSectionOf(const std::string& widget);
  // Opens its section, then scrolls the section until the widget lies inside the window; false
  // when it never shows or never comes into view.
  bool scrollIntoView(const std::string& widget);
  // The widget's centre once it has stayed put for a few state reads (scrolling has settled).
  Point settledWidgetPoint(const std::string& widget);
  bool clickWidget(const std::string& widget);  // opens its section and scrolls to it first

  // Waits for the app to end by itself (after Ctrl+Q); its exit code, or -1 on time-out.
  int waitForExit(std::chrono::milliseconds timeout);

  const std::filesystem::path& folder() const { return folder_; }
  std::filesystem::path settingsFile() const { return folder_ / "config" / "myoatlas" / "settings.json"; }
  std::string appOutput() const;  // what the app printed on stdout and stderr

 private:
  void stopApp();
  std::filesystem::path folder_;
  std::string display_;
  pid_t xvfb_ = -1;
  pid_t app_ = -1;
  std::string why_;
  nlohmann::json last_ = nlohmann::json::object();
};

// The 3D view without the panels, as the window drew it (Shift+F12, read back from its PNG).
myo::Result<myo::Image> sceneScreenshot(WindowSession& window);

// The centre of a widget the state file names ("peel_slider"), or of part of its width.
Point widgetPoint(const nlohmann::json& state, const std::string& widget, double fractionOfWidth = 0.5);

// In the front view the window opens with, this point of the 3D view lies on the left
// pectoralis major (the person's left is on the viewer's right): upper chest, off the midline.
Point leftPectoralisPoint(const nlohmann::json& state);
// The same place on the right side of the chest.
Point rightPectoralisPoint(const nlohmann::json& state);

// The window names this structure under the cursor.
bool hovering(const nlohmann::json& state, const std::string& id);
std::string hoveredText(const nlohmann::json& state);

// Where a muscle on a side ranks among the pain drawing's candidates (1-based), or 0 when it is not listed.
int candidateRank(const nlohmann::json& state, const std::string& muscle, const std::string& side);

// A scratch folder for one test under build/test-output/ui, empty.
std::filesystem::path freshTestFolder(const std::string& name);
// The name of the test running now, for its folder.
std::string currentTestName();

}  // namespace myo::test
