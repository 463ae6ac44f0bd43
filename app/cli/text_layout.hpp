#pragma once
// Word-wrapping for text meant to be read in a terminal or printed: each paragraph starts after a
// prefix ("  Origin       ", "   3. ") and its later lines are indented to the same column, so
// lists and labelled fields stay readable however long the text is.

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

namespace myo::cli {

inline constexpr std::size_t kTextWidth = 96;

// Writes `prefix` then `text` wrapped to `width` columns, ending with a newline.
void writeWrapped(std::ostream& out, std::string_view prefix, std::string_view text, std::size_t width = kTextWidth);

// "shoulder_and_upper_back" → "Shoulder and upper back", for headings.
std::string readableName(std::string_view snakeCase);

// The number of characters a UTF-8 string takes on screen (one per code point).
std::size_t displayWidth(std::string_view text);

}  // namespace myo::cli
