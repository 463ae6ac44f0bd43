#pragma once
// The exit code of every command, from whose fault a failure is (../shared/DESIGN.md): 0 success,
// 2 bad input or usage, 1 a failure of the program's own. Commands return exitCodeFor(error) for
// an Error, so one kind of failure exits alike in every command.

#include "myo/engine/result.hpp"

namespace myo::cli {

constexpr int exitCodeFor(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::BadInput: return 2;
    case ErrorKind::Failure: return 1;
  }
  return 1;
}

constexpr int exitCodeFor(const Error& error) { return exitCodeFor(error.kind); }

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = exitCodeFor(ErrorKind::Failure);
inline constexpr int kExitBadInput = exitCodeFor(ErrorKind::BadInput);

}  // namespace myo::cli
