#pragma once
// A title word wider than the space for it ("Sternocleidomastoid" in a narrow column) would be
// broken in the middle or cut short: the title is set smaller until its longest word fits, though
// never below the size of the text under it. Presenter mode's caption (ImGui) and the captioned
// slides (cairo) measure with their own fonts and share this rule.
//
//   titleSize = fittedTitleSize(caption.title, titleSize, textSize, width,
//                               [&](std::string_view word) { return widthAtTitleSize(word); });

#include <functional>
#include <string_view>

namespace myo::atlas {

// The size to set `title` at so that its widest word, measured by `wordWidth` at `titleSize`,
// fits `width`: `titleSize` when it already does (or when there is no width to fit), else
// smaller, but never below `textSize`.
double fittedTitleSize(std::string_view title, double titleSize, double textSize, double width,
                       const std::function<double(std::string_view word)>& wordWidth);

}  // namespace myo::atlas
