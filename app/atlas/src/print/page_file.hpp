#pragma once
// A document drawn with cairo, written as a PDF (vector, pages of the size given in points) or a
// PNG at 150 dpi with the pages one under the other, chosen by the file's extension, and replaced
// atomically. The chart and the handout share it; each draws its own pages and calls `nextPage`
// between two of them.

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

using NextPage = std::function<void()>;

// `what` names the document in messages ("a chart"). Fails, naming the file, on another
// extension, when cairo cannot lay the page out, or when the file cannot be written.
Status writePage(const std::filesystem::path& file, PageSize size, const std::string& title, const std::string& what,
                 const std::function<void(cairo_t*, const NextPage& nextPage)>& draw);

}  // namespace myo::atlas
