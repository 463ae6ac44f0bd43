#include "knowledge_options.hpp"

#include <algorithm>
#include <iostream>

#include "myo/atlas/knowledge_files.hpp"

namespace myo::cli {

void addAssetsOption(CLI::App& command, std::string& dir) {
  command
      .add_option("--assets", dir,
                  "Assets directory holding knowledge/ (default: $" + std::string(atlas::kAssetsDirVariable) +
                      " if set, else " + atlas::defaultAssetsDir().string() + ")")
      ->type_name("DIR");
}

std::filesystem::path assetsDirOrDefault(const std::string& dir) {
  return dir.empty() ? atlas::defaultAssetsDir() : std::filesystem::path(dir);
}

std::optional<atlas::KnowledgeBaseReading> openKnowledgeBase(const std::string& commandName, const std::string& dir) {
  const std::filesystem::path assets = assetsDirOrDefault(dir);
  std::error_code error;
  if (!std::filesystem::is_directory(atlas::KnowledgeFiles::in(assets).root, error)) {
    std::cerr << "myoatlas " << commandName << ": " << assets.string()
              << ": no knowledge/ directory here; give the assets directory with --assets DIR or $"
              << atlas::kAssetsDirVariable << "\n";
    return std::nullopt;
  }
  atlas::KnowledgeBaseReading reading = atlas::readKnowledgeBase(assets);
  if (!reading.problems.empty())
    std::cerr << "myoatlas " << commandName << ": warning: the knowledge base has " << reading.problems.size()
              << (reading.problems.size() == 1 ? " problem" : " problems") << "; `myoatlas validate "
              << assets.string() << "` lists them\n";
  return reading;
}

std::vector<atlas::Problem> problemsIn(const std::vector<atlas::Problem>& problems, const std::filesystem::path& file) {
  std::vector<atlas::Problem> found;
  std::copy_if(problems.begin(), problems.end(), std::back_inserter(found),
               [&](const atlas::Problem& problem) { return problem.file == file.string(); });
  return found;
}

}  // namespace myo::cli
