#include "user_path.hpp"

#include <cstdlib>

namespace myo::ui {

std::filesystem::path expandHome(const std::string& typed) {
  if (typed.starts_with("~/"))
    if (const char* home = std::getenv("HOME")) return std::filesystem::path(home) / typed.substr(2);
  return typed;
}

}  // namespace myo::ui
