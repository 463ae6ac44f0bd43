// The startup figures of `myoatlas bench`: this same program started as a new process that draws
// the built-in body headless at 1280x720 and writes it to a PNG (`myoatlas render --headless`), so
// the time covers everything a user waits for before the first frame: loading the binary and its
// libraries, the body model, the atlas scene, the GL context, shaders and the frame itself. The
// peak memory is that process's maximum resident set, from wait4's rusage.
#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "bench.hpp"

extern char** environ;

namespace myo::cli {

namespace {

struct ProcessRun {
  double wallMs = 0.0;
  double peakMiB = 0.0;
};

std::string readText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Runs `arguments` (arguments[0] is the program) with its output going to `log`, never to our
// stdout (bench --json prints nothing but its JSON there).
Result<ProcessRun> runProcess(const std::vector<std::string>& arguments, const std::filesystem::path& log) {
  std::vector<char*> argv;
  std::vector<std::string> copies = arguments;
  for (std::string& argument : copies) argv.push_back(argument.data());
  argv.push_back(nullptr);

  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO);

  const auto start = std::chrono::steady_clock::now();
  pid_t pid = 0;
  const int spawned = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return Error{"cannot start " + arguments[0] + ": " + std::strerror(spawned)};
  int status = 0;
  rusage usage{};
  if (::wait4(pid, &status, 0, &usage) != pid) return Error{"lost track of the process " + arguments[0]};
  const double wallMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return Error{"`" + arguments[0] + " " + arguments[1] + "` failed: " + readText(log)};
  return ProcessRun{wallMs, static_cast<double>(usage.ru_maxrss) / 1024.0};  // ru_maxrss is in KiB on Linux
}

}  // namespace

Result<std::vector<BenchFigure>> benchStartup(const BenchSettings& settings) {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return Error{"cannot find this program's own file (/proc/self/exe): " + ec.message()};
  const std::filesystem::path frame = settings.scratchFolder / "first-frame.png";
  const std::filesystem::path log = settings.scratchFolder / "first-frame.log";
  const std::vector<std::string> command = {self.string(), "render", "--headless", "--width", "1280", "--height",
                                            "720",         "-o",     frame.string()};

  const int runs = std::min(settings.runs, kSlowRuns);
  std::vector<double> wall;
  std::vector<double> peak;
  for (int i = 0; i <= runs; ++i) {  // the first run warms the page cache and is not counted
    Result<ProcessRun> run = runProcess(command, log);
    if (!run) return run.error();
    if (i == 0) continue;
    wall.push_back(run->wallMs);
    peak.push_back(run->peakMiB);
  }
  return std::vector<BenchFigure>{
      {"startup.first_frame_ms", median(wall), "ms",
       "new process to its first 1280x720 frame of the built-in body, headless, written to a PNG", runs},
      {"startup.peak_memory_mib", median(peak), "MiB", "peak resident memory of that process (getrusage)", runs},
  };
}

}  // namespace myo::cli
