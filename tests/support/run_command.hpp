#pragma once
// Runs the real myoatlas binary the way a user would, capturing what it prints.

#include <string>
#include <vector>

namespace myo::test {

struct CommandResult {
  int exitCode = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs build/bin/myoatlas with `args` (no shell involved) and an environment without DISPLAY,
// so that rendering goes through the headless path as on CI.
CommandResult runMyoatlas(const std::vector<std::string>& args);

std::string fixturesDir();        // ../shared/fixtures, or "" when it is absent
// Why a test that needs ../shared/fixtures cannot run, or "" when it can. On CI (CI set) a missing
// folder is a failure, not a skip: the loader tests must not pass there by not running.
std::string fixturesMissing();
std::string testOutputDir();      // build/test-output, created on demand

}  // namespace myo::test
