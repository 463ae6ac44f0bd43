#include "myo/atlas/knowledge_files.hpp"

#include <cstdlib>
#include <string>

namespace myo::atlas {

std::filesystem::path defaultAssetsDir() {
  const char* fromEnvironment = std::getenv(std::string(kAssetsDirVariable).c_str());
  if (fromEnvironment != nullptr && *fromEnvironment != '\0') return fromEnvironment;
  return MYO_SOURCE_ASSETS_DIR;
}

KnowledgeFiles KnowledgeFiles::in(const std::filesystem::path& assetsDir) {
  KnowledgeFiles files;
  files.root = assetsDir / "knowledge";
  files.musclesDir = files.root / "muscles";
  files.regions = files.root / "regions.json";
  files.references = files.root / "references.json";
  files.muscleList = files.root / "muscle-list.txt";
  files.assessment = files.root / "assessment.json";
  files.tests = files.root / "tests.json";
  files.findingsDir = files.root / "findings";
  return files;
}

std::filesystem::path KnowledgeFiles::muscleFile(std::string_view id) const {
  return musclesDir / (std::string(id) + ".json");
}

}  // namespace myo::atlas
