// Every input the fuzzers found (tests/fuzz/regressions/TARGET/), replayed exactly as the fuzzer ran
// it (tests/fuzz/fuzz_inputs.hpp) against the same promises: no crash, a refusal is one line naming
// the file and the problem, a loaded model is well formed, the knowledge-base problems name their
// file. A crash here takes the test binary down, which ctest reports as a failure.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "fuzz_inputs.hpp"
#include "fuzz_knowledge_inputs.hpp"
#include "fuzz_knowledge_checks.hpp"
#include "fuzz_model_checks.hpp"
#include "fuzz_session_checks.hpp"
#include "myo/engine/model_loader.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> savedInputs(const char* target) {
  std::vector<fs::path> inputs;
  const fs::path folder = fs::path(MYO_FUZZ_REGRESSIONS_DIR) / target;
  if (fs::is_directory(folder))
    for (const auto& entry : fs::directory_iterator(folder))
      if (entry.is_regular_file()) inputs.push_back(entry.path());
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

std::vector<std::uint8_t> bytesOf(const fs::path& file) {
  const std::string text = myo::fuzz::readText(file);
  return {text.begin(), text.end()};
}

fs::path freshFolder(const std::string& name) {
  const fs::path folder = fs::path(myo::test::testOutputDir()) / ("fuzz_regression_" + name);
  fs::remove_all(folder);
  fs::create_directories(folder);
  return folder;
}

TEST(FuzzRegression, GltfInputsAreLoadedOrClearlyRefused) {
  const std::vector<fs::path> inputs = savedInputs("gltf");
  if (inputs.empty()) GTEST_SKIP() << "no saved glTF inputs";
  const fs::path folder = freshFolder("gltf");
  for (const fs::path& input : inputs) {
    const std::vector<std::uint8_t> bytes = bytesOf(input);
    const fs::path file = myo::fuzz::writeGltfInput(folder, bytes.data(), bytes.size());
    EXPECT_EQ(myo::fuzz::loadProblem(myo::loadModel(file), file), "") << input.filename();
  }
}

TEST(FuzzRegression, OtherFormatInputsAreLoadedOrClearlyRefused) {
  const std::vector<fs::path> inputs = savedInputs("assimp");
  if (inputs.empty()) GTEST_SKIP() << "no saved inputs of other formats";
  const fs::path folder = freshFolder("assimp");
  for (const fs::path& input : inputs) {
    const std::vector<std::uint8_t> bytes = bytesOf(input);
    const std::optional<fs::path> file = myo::fuzz::writeAssimpInput(folder, bytes.data(), bytes.size());
    ASSERT_TRUE(file) << input.filename() << " is empty";
    EXPECT_EQ(myo::fuzz::loadProblem(myo::loadModel(*file), *file), "") << input.filename();
  }
}

TEST(FuzzRegression, KnowledgeBaseInputsGiveLocatedProblems) {
  const std::vector<fs::path> inputs = savedInputs("knowledge");
  if (inputs.empty()) GTEST_SKIP() << "no saved knowledge-base inputs";
  const myo::fuzz::KnowledgeScratch scratch(freshFolder("knowledge"), MYO_SOURCE_ASSETS_DIR);
  for (const fs::path& input : inputs) {
    const std::vector<std::uint8_t> bytes = bytesOf(input);
    ASSERT_TRUE(scratch.write(bytes.data(), bytes.size())) << input.filename() << " is empty";
    EXPECT_EQ(myo::fuzz::validateProblem(scratch.assetsDir()), "") << input.filename();
  }
}

TEST(FuzzRegression, SessionInputsAreOpenedOrRefusedAndKept) {
  const std::vector<fs::path> inputs = savedInputs("session");
  if (inputs.empty()) GTEST_SKIP() << "no saved session inputs";
  const fs::path folder = freshFolder("session");
  for (const fs::path& input : inputs) {
    const std::vector<std::uint8_t> bytes = bytesOf(input);
    const fs::path file = folder / "client.myosession";
    myo::fuzz::writeInput(file, bytes.data(), bytes.size());
    EXPECT_EQ(myo::fuzz::sessionProblem(file), "") << input.filename();
  }
}

}  // namespace
