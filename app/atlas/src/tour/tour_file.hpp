#pragma once
// Shared by the tour reader and writer: whether a file is a tour this version reads (the right
// "format" and a version no newer than kTourVersion), so saveTour never replaces anything else.

#include <filesystem>

#include "myo/engine/result.hpp"

namespace myo::atlas {

Status checkTourFile(const std::filesystem::path& file);

}  // namespace myo::atlas
