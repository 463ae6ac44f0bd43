#pragma once
// One page drawn with cairo, written as a one-page PDF (vector, the size given in points) or a
// PNG at 150 dpi, chosen by the file's extension, and replaced atomically. The chart and the
// handout share it; each draws its own page.

#include <cairo.h>

#include <filesystem>
#include <functional>
#include <string>

#include "myo/engine/result.hpp"

namespace myo::atlas {

struct PageSize {
  double width = 595.276;  // A4 portrait, in points
  double height = 841.89;
};

// `what` names the document in messages ("a chart"). Fails, naming the file, on another
// extension, when cairo cannot lay the page out, or when the file cannot be written.
Status writePage(const std::filesystem::path& file, PageSize size, const std::string& title, const std::string& what,
                 const std::function<void(cairo_t*)>& draw);

}  // namespace myo::atlas
