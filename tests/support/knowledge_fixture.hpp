#pragma once
// Helpers for tests of the knowledge base. Tests never modify assets/: the ones that need broken
// or partial data work on a scratch copy under build/test-output, removed when the test ends.

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "myo/atlas/knowledge_base.hpp"
#include "run_command.hpp"

namespace myo::test {

// The source tree's assets/, where the real knowledge base lives.
inline std::filesystem::path sourceAssetsDir() { return MYO_ASSETS_DIR; }

// The real knowledge base, read once for the whole test program.
inline const atlas::KnowledgeBase& sourceKnowledgeBase() {
  static const atlas::KnowledgeBaseReading reading = atlas::readKnowledgeBase(sourceAssetsDir());
  return reading.knowledgeBase;
}

inline std::string readText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

inline void writeText(const std::filesystem::path& file, std::string_view text) {
  std::ofstream out(file, std::ios::binary | std::ios::trunc);
  out << text;
}

inline nlohmann::json readJson(const std::filesystem::path& file) { return nlohmann::json::parse(readText(file)); }

inline void writeJson(const std::filesystem::path& file, const nlohmann::json& value) {
  writeText(file, value.dump(2));
}

// A copy of assets/knowledge and assets/anatomy in a directory of its own; `dir()` is the assets directory to pass to
// the loader or to `myoatlas ... --assets`.
class ScratchAssets {
 public:
  explicit ScratchAssets(std::string_view name)
      : dir_(std::filesystem::path(testOutputDir()) / (std::string(name) + "_" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    std::filesystem::copy(sourceAssetsDir() / "knowledge", dir_ / "knowledge", std::filesystem::copy_options::recursive);
    std::filesystem::copy(sourceAssetsDir() / "anatomy", dir_ / "anatomy", std::filesystem::copy_options::recursive);
  }
  ~ScratchAssets() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  ScratchAssets(const ScratchAssets&) = delete;
  ScratchAssets& operator=(const ScratchAssets&) = delete;

  const std::filesystem::path& dir() const { return dir_; }
  std::filesystem::path musclesDir() const { return dir_ / "knowledge" / "muscles"; }
  std::filesystem::path muscleFile(std::string_view id) const { return musclesDir() / (std::string(id) + ".json"); }
  std::filesystem::path regionPatchesFile() const { return dir_ / "anatomy" / "region-patches.json"; }

  // Leaves only the given muscle files, for tests that want a small, known knowledge base.
  void keepOnlyMuscles(std::initializer_list<std::string_view> ids) {
    for (const auto& entry : std::filesystem::directory_iterator(musclesDir())) {
      const std::string id = entry.path().stem().string();
      bool keep = false;
      for (std::string_view wanted : ids) keep = keep || id == wanted;
      if (!keep) std::filesystem::remove(entry.path());
    }
    // The findings of the muscles removed go with them.
    for (const auto& entry : std::filesystem::directory_iterator(dir_ / "knowledge" / "findings")) {
      nlohmann::ordered_json findings = nlohmann::ordered_json::parse(readText(entry.path()));
      nlohmann::ordered_json kept = nlohmann::ordered_json::object();
      for (const auto& [id, value] : findings["muscles"].items())
        for (std::string_view wanted : ids)
          if (id == wanted) kept[id] = value;
      findings["muscles"] = kept;
      std::ofstream(entry.path()) << findings.dump(2) << "\n";
    }
  }

 private:
  std::filesystem::path dir_;
};

}  // namespace myo::test
