#pragma once
// The knowledge-base reader as `myoatlas validate` runs it — every file read, then the cross-file
// checks — and its promises: nothing thrown, every problem names a file of the knowledge base and
// says what is wrong, an unreadable muscle list is an error naming it. Returns the broken promise,
// or "" when all held.

#include <exception>
#include <filesystem>
#include <string>
#include <vector>

#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/knowledge_checks.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/muscle_list.hpp"

namespace myo::fuzz {

inline std::string problemsProblem(const std::vector<atlas::Problem>& problems, const std::filesystem::path& assets) {
  for (const atlas::Problem& problem : problems) {
    if (problem.message.empty()) return "a problem says what is wrong: " + atlas::formatProblem(problem);
    if (problem.file.rfind(assets.string(), 0) != 0)
      return "a problem names a file of the knowledge base: " + atlas::formatProblem(problem);
  }
  return {};
}

inline std::string validateProblem(const std::filesystem::path& assets) {
  try {
    const atlas::KnowledgeFiles files = atlas::KnowledgeFiles::in(assets);
    const atlas::KnowledgeBaseReading reading = atlas::readKnowledgeBase(assets);
    if (std::string broken = problemsProblem(reading.problems, assets); !broken.empty()) return broken;
    const Result<std::vector<atlas::ExpectedMuscle>> expected = atlas::loadMuscleList(files.muscleList);
    if (!expected) {
      const std::string& message = expected.error().message;
      if (message.rfind(files.muscleList.string(), 0) != 0 || message.size() <= files.muscleList.string().size() + 2)
        return "the muscle list's error names it and says what is wrong: " + message;
      return {};
    }
    if (std::string broken = problemsProblem(atlas::checkCrossReferences(reading.knowledgeBase, *expected, files), assets);
        !broken.empty())
      return broken;
    return problemsProblem(atlas::checkMuscleListCovered(reading.knowledgeBase, *expected, files), assets);
  } catch (const std::exception& e) {
    return std::string("nothing is thrown, but this was: ") + e.what();
  }
}

}  // namespace myo::fuzz
