#include "myo/atlas/title_fitting.hpp"

#include <algorithm>

namespace myo::atlas {

namespace {

// A little under the exact ratio, so that rounding in the font's metrics cannot leave the word
// a fraction too wide.
constexpr double kFittingMargin = 0.98;

}  // namespace

double fittedTitleSize(std::string_view title, double titleSize, double textSize, double width,
                       const std::function<double(std::string_view word)>& wordWidth) {
  double widest = 0.0;
  for (std::size_t start = 0; start < title.size();) {
    const std::size_t end = std::min(title.find(' ', start), title.size());
    widest = std::max(widest, wordWidth(title.substr(start, end - start)));
    start = end + 1;
  }
  if (widest <= width || width <= 0.0) return titleSize;
  return std::max(textSize, titleSize * width / widest * kFittingMargin);
}

}  // namespace myo::atlas
