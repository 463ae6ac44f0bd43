#pragma once
// A problem found in a knowledge-base file, located precisely enough for a person to fix it:
// the file, the JSON pointer of the offending value (RFC 6901, "" for the whole file) and what is
// wrong, printed as `file: /json/pointer: message`.

#include <string>
#include <string_view>
#include <vector>

namespace myo::atlas {

// Most problems are errors in the data. A muscle of the muscle list that has no file yet is told
// apart, so that a knowledge base still being written can be told from a broken one.
enum class ProblemKind { Error, MissingMuscle };

struct Problem {
  std::string file;
  std::string pointer;  // "/trigger_points/1/referral/side"; empty when the file as a whole is at fault
  std::string message;
  ProblemKind kind = ProblemKind::Error;
};

// `file: /pointer: message`, or `file: message` when the pointer is empty.
std::string formatProblem(const Problem& problem);

// A JSON pointer token with `~` and `/` escaped as RFC 6901 requires.
std::string escapePointerToken(std::string_view token);

// Problems in a stable order: by file, then in the order they were found.
void sortProblems(std::vector<Problem>& problems);

}  // namespace myo::atlas
