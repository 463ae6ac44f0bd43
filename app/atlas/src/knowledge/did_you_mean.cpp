#include "myo/atlas/did_you_mean.hpp"

#include <algorithm>
#include <utility>

#include "knowledge/edit_distance.hpp"

namespace myo::atlas {

std::string didYouMean(const std::vector<std::string>& nearest) {
  std::string text;
  for (std::size_t i = 0; i < nearest.size(); ++i) text += (i ? ", " : "; did you mean: ") + nearest[i];
  return text;
}

std::vector<std::string> nearestNames(const std::vector<std::string>& names, std::string_view query, std::size_t limit) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const std::string& name : names) {
    const bool contains = name.find(query) != std::string::npos || (!name.empty() && query.find(name) != std::string_view::npos);
    scored.emplace_back(contains ? 0 : editDistance(query, name), name);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> nearest;
  for (std::size_t i = 0; i < std::min(limit, scored.size()); ++i) nearest.push_back(scored[i].second);
  return nearest;
}

}  // namespace myo::atlas
