#pragma once
// Where the knowledge base lives. Everything is found from one assets directory (the one holding
// knowledge/), so a teacher can point the program at a copy to try changes:
//   1. an explicit directory (`--assets DIR`, `validate DIR`),
//   2. else the environment variable MYO_ASSETS_DIR,
//   3. else the assets/ directory of the source tree the program was built from.

#include <filesystem>
#include <string_view>

namespace myo::atlas {

inline constexpr std::string_view kAssetsDirVariable = "MYO_ASSETS_DIR";

// The directory to use when none is given: $MYO_ASSETS_DIR if set and not empty, else the
// source tree's assets/.
std::filesystem::path defaultAssetsDir();

// The files of the knowledge base inside an assets directory.
struct KnowledgeFiles {
  std::filesystem::path root;        // <assets>/knowledge
  std::filesystem::path musclesDir;  // <assets>/knowledge/muscles, one <id>.json per muscle
  std::filesystem::path regions;     // <assets>/knowledge/regions.json
  std::filesystem::path references;  // <assets>/knowledge/references.json
  std::filesystem::path muscleList;  // <assets>/knowledge/muscle-list.txt, the muscles that must exist
  std::filesystem::path assessment;  // <assets>/knowledge/assessment.json, the assessment's vocabulary
  std::filesystem::path tests;       // <assets>/knowledge/tests.json, the named tests
  std::filesystem::path findingsDir; // <assets>/knowledge/findings, which findings point to each muscle

  static KnowledgeFiles in(const std::filesystem::path& assetsDir);

  // The file a muscle's record must live in.
  std::filesystem::path muscleFile(std::string_view id) const;
};

}  // namespace myo::atlas
