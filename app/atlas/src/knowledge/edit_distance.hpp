#pragma once
// How many single-character edits turn one word into another: insertions, deletions,
// substitutions and swaps of neighbours (a common typing slip: "trapezuis").

#include <cstddef>
#include <string_view>

namespace myo::atlas {

std::size_t editDistance(std::string_view a, std::string_view b);

}  // namespace myo::atlas
