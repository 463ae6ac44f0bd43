#pragma once
// A file path as the user typed it into a field: "~/x" means their home folder, as in a shell.

#include <filesystem>
#include <string>

namespace myo::ui {

std::filesystem::path expandHome(const std::string& typed);

}  // namespace myo::ui
