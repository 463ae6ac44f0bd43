#include "myo/atlas/problem.hpp"

#include <algorithm>

namespace myo::atlas {

std::string formatProblem(const Problem& problem) {
  if (problem.pointer.empty()) return problem.file + ": " + problem.message;
  return problem.file + ": " + problem.pointer + ": " + problem.message;
}

std::string escapePointerToken(std::string_view token) {
  std::string escaped;
  escaped.reserve(token.size());
  for (char c : token) {
    if (c == '~')
      escaped += "~0";
    else if (c == '/')
      escaped += "~1";
    else
      escaped += c;
  }
  return escaped;
}

void sortProblems(std::vector<Problem>& problems) {
  std::stable_sort(problems.begin(), problems.end(),
                   [](const Problem& a, const Problem& b) { return a.file < b.file; });
}

}  // namespace myo::atlas
