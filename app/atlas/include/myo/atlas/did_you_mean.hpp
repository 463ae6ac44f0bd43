#pragma once
// The "did you mean" tail of a message about an unknown id, so that every command and file reader
// offers its nearest ids in the same words.
//
//   message += didYouMean(nearestMuscleIds(kb, id));   // "; did you mean: trapezius, teres_major"

#include <string>
#include <vector>

namespace myo::atlas {

// "; did you mean: a, b, c", or "" when there is nothing to offer.
std::string didYouMean(const std::vector<std::string>& nearest);

}  // namespace myo::atlas
