#pragma once
// The "did you mean" tail of a message about an unknown id, so that every command and file reader
// offers its nearest ids in the same words.
//
//   message += didYouMean(nearestMuscleIds(kb, id));   // "; did you mean: trapezius, teres_major"

#include <string>
#include <string_view>
#include <vector>

namespace myo::atlas {

// "; did you mean: a, b, c", or "" when there is nothing to offer.
std::string didYouMean(const std::vector<std::string>& nearest);

// The `limit` names nearest to the query, however far: those containing it (or contained in it)
// first, then by edit distance. For a short vocabulary, where a list to choose from beats none.
std::vector<std::string> nearestNames(const std::vector<std::string>& names, std::string_view query, std::size_t limit = 3);

}  // namespace myo::atlas
