#include "window_session.hpp"

#include <gtest/gtest.h>

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
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

bool WindowSession::start(const std::vector<std::string>& extraArguments) {
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
  app_ = spawn(argv,
               {"DISPLAY=" + display_, "HOME=" + (folder_ / "home").string(),
                "XDG_CONFIG_HOME=" + (folder_ / "config").string(), "XDG_STATE_HOME=" + (folder_ / "state").string()},
               folder_ / "app.log");
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

}  // namespace myo::test
