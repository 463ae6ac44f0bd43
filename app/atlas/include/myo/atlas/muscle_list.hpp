#pragma once
// The muscles the atlas promises to cover (assets/knowledge/muscle-list.txt): the floor that
// `myoatlas validate` holds the data to. The file lists ids under `[body_part]` headings:
//
//   # comment
//   [head_and_jaw]
//   temporalis
//   masseter

#include <filesystem>
#include <string>
#include <vector>

#include "myo/atlas/muscle.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

struct ExpectedMuscle {
  std::string id;
  BodyPart region = BodyPart::Neck;  // the heading it is listed under
};

// The list in file order, or an error `file: line N: message` for a line that is not a heading, a
// snake_case id or a comment.
Result<std::vector<ExpectedMuscle>> loadMuscleList(const std::filesystem::path& file);

}  // namespace myo::atlas
