#pragma once
// Sets an environment variable for the commands a test runs, and restores it afterwards.

#include <cstdlib>
#include <string>

namespace myo::test {

class ScopedEnvironment {
 public:
  ScopedEnvironment(const char* name, const std::string& value) : name_(name) {
    if (const char* old = std::getenv(name)) previous_ = old;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnvironment() {
    if (previous_.empty())
      ::unsetenv(name_);
    else
      ::setenv(name_, previous_.c_str(), 1);
  }
  ScopedEnvironment(const ScopedEnvironment&) = delete;
  ScopedEnvironment& operator=(const ScopedEnvironment&) = delete;

 private:
  const char* name_;
  std::string previous_;
};

}  // namespace myo::test
