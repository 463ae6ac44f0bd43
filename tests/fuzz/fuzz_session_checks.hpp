#pragma once
// The promises of the session reader and writer, checked on one session file: returns the broken
// promise, or "" when all held (the fuzzer aborts on it, the regression test reports it).

#include <exception>
#include <filesystem>
#include <sstream>
#include <string>

#include "fuzz_inputs.hpp"
#include "myo/atlas/session.hpp"

namespace myo::fuzz {

inline std::string sessionProblem(const std::filesystem::path& file) {
  try {
    const std::string before = readText(file);
    const Result<atlas::Session> opened = atlas::openSession(file);
    if (!opened) {
      std::istringstream lines(opened.error().message);
      for (std::string line; std::getline(lines, line);)
        if (line.rfind(file.string() + ": ", 0) != 0) return "every line of a refusal names the file: " + line;
      if (atlas::saveSession(atlas::Session{}, file)) return "a file the reader refuses is not written over";
      if (readText(file) != before) return "a refused file is left as it was";
      return {};
    }
    // What opens is written back and reads the same.
    std::filesystem::path copy = file;
    copy += ".again";
    if (Status saved = atlas::saveSession(*opened, copy); !saved) return "an opened session can be saved: " + saved.error().message;
    const Result<atlas::Session> again = atlas::openSession(copy);
    if (!again) return "a saved session opens again: " + again.error().message;
    if (!(*again == *opened)) return "a session reads back as it was saved";
    return {};
  } catch (const std::exception& e) {
    return std::string("nothing is thrown, but this was: ") + e.what();
  }
}

}  // namespace myo::fuzz
