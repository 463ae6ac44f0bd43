#include "window_session.hpp"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <optional>
#include <sstream>
#include <thread>

#include "run_command.hpp"

namespace myo::test {

namespace {

using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// fork + exec with extra environment; stdout and stderr to `log` (appended) unless empty.
pid_t spawn(const std::vector<std::string>& argv, const std::vector<std::string>& environment,
            const std::filesystem::path& log, int keepOpenFd = -1) {
  const pid_t pid = ::fork();
  if (pid != 0) return pid;
  ::setpgid(0, 0);
  if (!log.empty()) {
    const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    ::dup2(fd, 1);
    ::dup2(fd, 2);
  }
  for (int fd = 3; fd < 256; ++fd)
    if (fd != keepOpenFd) ::close(fd);
  for (const std::string& entry : environment) ::putenv(const_cast<char*>(entry.c_str()));
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  ::execvp(args[0], args.data());
  ::_exit(127);
}

void stop(pid_t& pid) {
  if (pid <= 0) return;
  ::kill(pid, SIGTERM);
  for (int i = 0; i < 100; ++i) {
    if (::waitpid(pid, nullptr, WNOHANG) == pid) {
      pid = -1;
      return;
    }
    std::this_thread::sleep_for(20ms);
  }
  ::kill(pid, SIGKILL);
  ::waitpid(pid, nullptr, 0);
  pid = -1;
}

}  // namespace

std::filesystem::path freshTestFolder(const std::string& name) {
  const std::filesystem::path folder = std::filesystem::path(testOutputDir()) / "ui" / name;
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  return folder;
}

std::string currentTestName() { return ::testing::UnitTest::GetInstance()->current_test_info()->name(); }

WindowSession::WindowSession(std::filesystem::path folder) : folder_(std::move(folder)) {}

WindowSession::~WindowSession() {
  stopApp();
  stop(xvfb_);
}

void WindowSession::stopApp() { stop(app_); }

bool WindowSession::start(const std::vector<std::string>& extraArguments, const std::vector<std::string>& environment) {
  // Xvfb chooses a free display and writes its number to the pipe.
  int pipeFds[2];
  if (::pipe(pipeFds) != 0) return why_ = "pipe failed", false;
  xvfb_ = spawn({"Xvfb", "-displayfd", std::to_string(pipeFds[1]), "-screen", "0", "1400x900x24", "-nolisten", "tcp"},
                {}, folder_ / "xvfb.log", pipeFds[1]);
  ::close(pipeFds[1]);
  std::string number;
  const auto deadline = Clock::now() + 20s;
  ::fcntl(pipeFds[0], F_SETFL, O_NONBLOCK);
  while (Clock::now() < deadline && number.find('\n') == std::string::npos) {
    char buffer[16];
    const ssize_t n = ::read(pipeFds[0], buffer, sizeof buffer);
    if (n > 0) number.append(buffer, static_cast<std::size_t>(n));
    else if (n == 0) break;  // Xvfb exited
    else std::this_thread::sleep_for(20ms);
  }
  ::close(pipeFds[0]);
  if (number.find('\n') == std::string::npos)
    return why_ = "Xvfb did not start: " + slurp(folder_ / "xvfb.log"), false;
  display_ = ":" + number.substr(0, number.find('\n'));

  std::filesystem::create_directories(folder_ / "home");
  std::vector<std::string> argv{MYO_BINARY, "view", "--state-file", (folder_ / "state.json").string()};
  argv.insert(argv.end(), extraArguments.begin(), extraArguments.end());
  std::vector<std::string> appEnvironment{"DISPLAY=" + display_, "HOME=" + (folder_ / "home").string(),
                                          "XDG_CONFIG_HOME=" + (folder_ / "config").string(),
                                          "XDG_STATE_HOME=" + (folder_ / "state").string()};
  appEnvironment.insert(appEnvironment.end(), environment.begin(), environment.end());
  app_ = spawn(argv, appEnvironment, folder_ / "app.log");
  // Loading the body and the first frame take a few seconds on a software renderer.
  if (!waitFor([](const nlohmann::json& s) { return s.value("ready", false) && s.value("scene_renders", 0) > 0; }, 90s))
    return why_ = "the window did not come up: " + appOutput(), false;
  return true;
}

nlohmann::json WindowSession::state() const {
  const nlohmann::json parsed = nlohmann::json::parse(slurp(folder_ / "state.json"), nullptr, false);
  return parsed.is_object() ? parsed : nlohmann::json::object();
}

bool WindowSession::waitFor(const std::function<bool(const nlohmann::json&)>& condition,
                            std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (true) {
    last_ = state();
    if (condition(last_)) return true;
    if (Clock::now() >= deadline) return false;
    if (app_ > 0 && ::waitpid(app_, nullptr, WNOHANG) == app_) {
      app_ = -1;
      return false;  // the app is gone: no point waiting
    }
    std::this_thread::sleep_for(30ms);
  }
}

bool WindowSession::xdotool(const std::vector<std::string>& arguments) {
  std::vector<std::string> argv{"xdotool"};
  argv.insert(argv.end(), arguments.begin(), arguments.end());
  pid_t pid = spawn(argv, {"DISPLAY=" + display_}, folder_ / "xdotool.log");
  int status = 0;
  ::waitpid(pid, &status, 0);
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

bool WindowSession::moveMouse(double x, double y) {
  return xdotool({"mousemove", std::to_string(int(x)), std::to_string(int(y))});
}

bool WindowSession::click(double x, double y) { return moveMouse(x, y) && xdotool({"click", "1"}); }

bool WindowSession::key(const std::string& keys) { return xdotool({"key", keys}); }

bool WindowSession::type(const std::string& text) { return xdotool({"type", "--delay", "30", text}); }

namespace {

// Where the wheel scrolls the left column's section: its own padding at the left edge, over no
// list of its own.
std::optional<Point> sectionScrollPoint(const nlohmann::json& state) {
  if (!state.at("widgets").contains("left_column_body")) return std::nullopt;
  const nlohmann::json& rect = state.at("widgets").at("left_column_body");
  return Point{rect.at("x").get<double>() + 3.0, rect.at("y").get<double>() + rect.at("height").get<double>() * 0.5};
}

bool showsWidget(const nlohmann::json& s, const std::string& widget) {
  return s.contains("widgets") && s["widgets"].contains(widget);
}

}  // namespace

bool WindowSession::showSectionOf(const std::string& widget) {
  const auto has = [&](const nlohmann::json& s) { return showsWidget(s, widget); };
  // A widget of the shown section, or of the right column, is there at once or soon.
  if (waitFor(has, 3s)) return true;
  const nlohmann::json now = lastState();
  if (!now.contains("left_column")) return waitFor(has, 27s);
  const auto clickSection = [&](const std::string& section) {
    const std::string button = "left_section_" + section;
    if (!showsWidget(lastState(), button)) return false;
    const Point at = widgetPoint(lastState(), button);
    return click(at.x, at.y) && waitFor(has, 3s);
  };
  // The state file names the section a widget was last drawn in; one never drawn is looked for in each.
  const nlohmann::json& known = now.at("left_column").at("widget_sections");
  if (known.contains(widget) && clickSection(known.at(widget).get<std::string>())) return true;
  for (const auto& section : now.at("left_column").at("sections"))
    if (clickSection(section.get<std::string>())) return true;
  return waitFor(has, 20s);
}

bool WindowSession::scrollIntoView(const std::string& widget) {
  const auto has = [&](const nlohmann::json& s) { return showsWidget(s, widget); };
  if (!showSectionOf(widget)) return false;
  for (int attempt = 0; attempt < 40; ++attempt) {
    const nlohmann::json now = state();
    if (!has(now)) return false;
    const nlohmann::json& rect = now.at("widgets").at(widget);
    const double top = rect.at("y").get<double>();
    const double bottom = top + rect.at("height").get<double>();
    const double windowHeight = now.at("window").at("height").get<double>();
    // A widget of the left column is in view inside the column's scrolled body: scrolled up past its
    // top, it still reports a place on the screen, under the section buttons, and a click there
    // opens another section.
    double visibleTop = 0.0;
    const bool inLeftColumn = now.contains("left_column") && now.at("left_column").at("widget_sections").contains(widget);
    if (inLeftColumn && now.at("widgets").contains("left_column_body"))
      visibleTop = now.at("widgets").at("left_column_body").at("y").get<double>();
    const bool below = bottom > windowHeight - 10.0;
    if (!below && top > visibleTop) return true;
    const Point over = sectionScrollPoint(now).value_or(Point{40, 300});
    if (!moveMouse(over.x, over.y) || !xdotool({"click", below ? "5" : "4"})) return false;
    const bool moved = waitFor([&](const nlohmann::json& s) { return has(s) && s.at("widgets").at(widget).at("y") != rect.at("y"); }, 5s);
    // The end of the column: the last widget may sit against the window's edge, still whole.
    if (!moved && top >= visibleTop && bottom <= windowHeight) return true;
  }
  return false;
}

Point WindowSession::settledWidgetPoint(const std::string& widget) {
  nlohmann::json rect;
  int sameReads = 0;
  waitFor([&](const nlohmann::json& s) {
    if (!s.contains("widgets") || !s["widgets"].contains(widget)) return false;
    const nlohmann::json& now = s.at("widgets").at(widget);
    sameReads = now == rect ? sameReads + 1 : 0;
    rect = now;
    // Reads can come faster than slow frames: only a window with no frame due has a final layout.
    return sameReads >= 2 && s.value("settled", false);
  }, 10s);
  return widgetPoint(lastState(), widget);
}

bool WindowSession::clickWidget(const std::string& widget) {
  if (!scrollIntoView(widget)) return false;
  const Point point = settledWidgetPoint(widget);
  return click(point.x, point.y);
}

int WindowSession::waitForExit(std::chrono::milliseconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (app_ > 0 && Clock::now() < deadline) {
    int status = 0;
    if (::waitpid(app_, &status, WNOHANG) == app_) {
      app_ = -1;
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(30ms);
  }
  return -1;
}

std::string WindowSession::appOutput() const { return slurp(folder_ / "app.log"); }

Point widgetPoint(const nlohmann::json& state, const std::string& widget, double fractionOfWidth) {
  const nlohmann::json& rect = state.at("widgets").at(widget);
  return {rect["x"].get<double>() + rect["width"].get<double>() * fractionOfWidth,
          rect["y"].get<double>() + rect["height"].get<double>() * 0.5};
}

namespace {

Point inSceneViewport(const nlohmann::json& state, double fractionOfWidth, double fractionOfHeight) {
  const nlohmann::json& viewport = state.at("scene_viewport");
  return {viewport.at("x").get<double>() + viewport.at("width").get<double>() * fractionOfWidth,
          viewport.at("y").get<double>() + viewport.at("height").get<double>() * fractionOfHeight};
}

}  // namespace

Point leftPectoralisPoint(const nlohmann::json& state) { return inSceneViewport(state, 0.57, 0.245); }
Point rightPectoralisPoint(const nlohmann::json& state) { return inSceneViewport(state, 0.43, 0.245); }

bool hovering(const nlohmann::json& state, const std::string& id) {
  return state.contains("hovered") && state["hovered"].is_object() && state["hovered"].value("id", "") == id;
}

std::string hoveredText(const nlohmann::json& state) {
  return state.contains("hovered") ? state["hovered"].dump() : "nothing";
}

myo::Result<myo::Image> sceneScreenshot(WindowSession& window) {
  const std::string before = window.state().value("last_screenshot", "");
  if (!window.key("shift+F12")) return myo::Error{"xdotool could not press Shift+F12"};
  if (!window.waitFor([&](const nlohmann::json& s) { return s.value("last_screenshot", "") != before; },
                      std::chrono::seconds(30)))
    return myo::Error{"the window wrote no screenshot after Shift+F12"};
  return myo::readPng(window.lastState().value("last_screenshot", ""));
}

int candidateRank(const nlohmann::json& state, const std::string& muscle, const std::string& side) {
  for (const nlohmann::json& c : state.at("pain").at("candidates"))
    if (c.at("muscle") == muscle && c.at("side") == side) return c.at("rank").get<int>();
  return 0;
}

}  // namespace myo::test
