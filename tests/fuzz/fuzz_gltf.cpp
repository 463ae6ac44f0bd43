// libFuzzer target: the glTF loader (tinygltf behind loadModel), on .gltf text and .glb containers
// (see fuzz_inputs.hpp). The folder also holds the side files of the BoxTextured-Separate fixture
// (a .bin buffer and a PNG), so that mutated references can reach real external files. Promises
// checked: no crash, errors name the file in one line, a loaded scene is well formed.
#include "fuzz_inputs.hpp"
#include "fuzz_model_checks.hpp"
#include "fuzz_support.hpp"

namespace {

std::filesystem::path gFolder;

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  gFolder = myo::fuzz::scratchFolder("gltf");
  const std::filesystem::path fixtures = std::filesystem::path(MYO_FIXTURES_DIR) / "gltf" / "BoxTextured-Separate";
  std::error_code ec;
  for (const char* side : {"BoxTextured0.bin", "CesiumLogoFlat.png"})
    std::filesystem::copy_file(fixtures / side, gFolder / side, std::filesystem::copy_options::overwrite_existing, ec);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::filesystem::path file = myo::fuzz::writeGltfInput(gFolder, data, size);
  myo::fuzz::abortIfBroken(myo::fuzz::loadProblem(myo::loadModel(file), file));
  return 0;
}
