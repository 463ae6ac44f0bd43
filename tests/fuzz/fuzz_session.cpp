// libFuzzer target: the session reader (`openSession`) and the rule that protects what the user
// saved: a file the reader refuses (damaged, another kind of file, newer) is never written over by
// `saveSession`. The input is the session file. Promises (fuzz_session_checks.hpp): no crash, every
// line of a refusal starts with the file's path, a refused file stays byte for byte as it was, and a
// session that opens is written back and read again unchanged.
#include "fuzz_inputs.hpp"
#include "fuzz_session_checks.hpp"
#include "fuzz_support.hpp"

namespace {

std::filesystem::path gFolder;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  gFolder = myo::fuzz::scratchFolder("session");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::filesystem::path file = gFolder / "client.myosession";
  myo::fuzz::writeInput(file, data, size);
  myo::fuzz::abortIfBroken(myo::fuzz::sessionProblem(file));
  return 0;
}
