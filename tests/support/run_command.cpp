#include "run_command.hpp"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace myo::test {

namespace {

std::string slurp(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace

CommandResult runMyoatlas(const std::vector<std::string>& args) {
  const std::filesystem::path dir = testOutputDir();
  const std::string tag = std::to_string(::getpid()) + "_" + std::to_string(std::rand());
  const std::filesystem::path outPath = dir / ("cmd_" + tag + ".out");
  const std::filesystem::path errPath = dir / ("cmd_" + tag + ".err");

  const pid_t pid = ::fork();
  if (pid == 0) {
    const int outFd = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int errFd = ::open(errPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ::dup2(outFd, 1);
    ::dup2(errFd, 2);
    ::unsetenv("DISPLAY");
    ::unsetenv("WAYLAND_DISPLAY");
    std::vector<char*> argv;
    std::string binary = MYO_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  CommandResult result;
  result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  result.out = slurp(outPath);
  result.err = slurp(errPath);
  std::filesystem::remove(outPath);
  std::filesystem::remove(errPath);
  return result;
}

std::string fixturesDir() {
  const std::filesystem::path dir = MYO_FIXTURES_DIR;
  return std::filesystem::is_directory(dir) ? std::filesystem::canonical(dir).string() : std::string();
}

std::string fixturesMissing() {
  if (!fixturesDir().empty()) return "";
  return std::string("the shared fixtures are not at ") + MYO_FIXTURES_DIR;
}

std::string testOutputDir() {
  const std::filesystem::path dir = MYO_TEST_OUTPUT_DIR;
  std::filesystem::create_directories(dir);
  return dir.string();
}

}  // namespace myo::test
