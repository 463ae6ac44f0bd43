#include "myo/atlas/did_you_mean.hpp"

namespace myo::atlas {

std::string didYouMean(const std::vector<std::string>& nearest) {
  std::string text;
  for (std::size_t i = 0; i < nearest.size(); ++i) text += (i ? ", " : "; did you mean: ") + nearest[i];
  return text;
}

}  // namespace myo::atlas
