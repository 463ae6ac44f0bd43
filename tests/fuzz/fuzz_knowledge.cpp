// libFuzzer target: the knowledge-base reader, as `myoatlas validate` runs it. The first byte of the
// input chooses which file of an otherwise real knowledge base it replaces (a muscle record, the
// regions, the references, the muscle list; see fuzz_inputs.hpp); scripts/fuzz writes the seeds
// that way from assets/knowledge. Promises: fuzz_knowledge_checks.hpp.
#include <memory>

#include "fuzz_knowledge_inputs.hpp"
#include "fuzz_knowledge_checks.hpp"
#include "fuzz_support.hpp"

namespace {

std::unique_ptr<myo::fuzz::KnowledgeScratch> gScratch;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  gScratch = std::make_unique<myo::fuzz::KnowledgeScratch>(myo::fuzz::scratchFolder("knowledge"), MYO_SOURCE_ASSETS_DIR);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (gScratch->write(data, size)) myo::fuzz::abortIfBroken(myo::fuzz::validateProblem(gScratch->assetsDir()));
  return 0;
}
