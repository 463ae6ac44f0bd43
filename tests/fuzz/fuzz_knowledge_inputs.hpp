#pragma once
// How a knowledge-base fuzz input becomes a file (see fuzz_inputs.hpp for the model inputs).

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_inputs.hpp"
#include "myo/atlas/knowledge_files.hpp"

namespace myo::fuzz {

// A knowledge base in `folder` made of real files (one muscle record, the regions, the references,
// the muscle list) of which the input replaces one.
class KnowledgeScratch {
 public:
  KnowledgeScratch(const std::filesystem::path& folder, const std::filesystem::path& realAssets)
      : folder_(folder) {
    const atlas::KnowledgeFiles real = atlas::KnowledgeFiles::in(realAssets);
    const atlas::KnowledgeFiles scratch = atlas::KnowledgeFiles::in(folder);
    std::filesystem::create_directories(scratch.musclesDir);
    files_ = {{scratch.muscleFile("trapezius"), readText(real.muscleFile("trapezius"))},
              {scratch.regions, readText(real.regions)},
              {scratch.references, readText(real.references)},
              {scratch.muscleList, readText(real.muscleList)}};
  }

  const std::filesystem::path& assetsDir() const { return folder_; }

  // The file the input went into, or nothing for an empty input.
  std::optional<std::filesystem::path> write(const std::uint8_t* data, std::size_t size) const {
    if (size < 1) return std::nullopt;
    const std::size_t chosen = data[0] % files_.size();
    for (std::size_t i = 0; i < files_.size(); ++i) {
      if (i == chosen) {
        writeInput(files_[i].file, data + 1, size - 1);
      } else {
        std::ofstream out(files_[i].file, std::ios::binary | std::ios::trunc);
        out << files_[i].pristine;
      }
    }
    return files_[chosen].file;
  }

 private:
  struct Replaceable {
    std::filesystem::path file;
    std::string pristine;
  };
  std::filesystem::path folder_;
  std::vector<Replaceable> files_;
};

}  // namespace myo::fuzz
