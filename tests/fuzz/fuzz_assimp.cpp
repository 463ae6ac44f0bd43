// libFuzzer target: the loader of every other format (Assimp behind loadModel, with the PLY
// structure check in front). Assimp picks its reader by the file's extension, so the first byte of
// the input chooses it (see fuzz_inputs.hpp); scripts/fuzz builds the seed corpus that way from
// the fixtures. Assimp itself is Debian's uninstrumented library: the fuzzer sees coverage only in
// MyoAtlas's code, but a crash anywhere is caught.
#include "fuzz_inputs.hpp"
#include "fuzz_model_checks.hpp"
#include "fuzz_support.hpp"

namespace {

std::filesystem::path gFolder;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  gFolder = myo::fuzz::scratchFolder("assimp");
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::optional<std::filesystem::path> file = myo::fuzz::writeAssimpInput(gFolder, data, size);
  if (file) myo::fuzz::abortIfBroken(myo::fuzz::loadProblem(myo::loadModel(*file), *file));
  return 0;
}
