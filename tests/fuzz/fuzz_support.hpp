#pragma once
// What every fuzz target shares: a private folder on a RAM disk where each input is written as the
// file the program would open (every reader here takes a path, as the program does), and the
// abort that makes libFuzzer keep an input that broke one of the reader's promises.

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>

namespace myo::fuzz {

// /dev/shm when there is one, so that writing each input costs no disk I/O.
inline std::filesystem::path scratchFolder(std::string_view target) {
  std::error_code ec;
  std::filesystem::path base = std::filesystem::is_directory("/dev/shm", ec) ? std::filesystem::path("/dev/shm")
                                                                              : std::filesystem::temp_directory_path();
  std::filesystem::path folder = base / ("myoatlas-fuzz-" + std::string(target) + "-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder, ec);
  return folder;
}

// `broken` is empty when every promise held; else say which one failed and abort.
inline void abortIfBroken(const std::string& broken) {
  if (broken.empty()) return;
  std::fprintf(stderr, "fuzz: broken promise: %s\n", broken.c_str());
  std::abort();
}

}  // namespace myo::fuzz
