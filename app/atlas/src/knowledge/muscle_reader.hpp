#pragma once
// Reading one muscle record (a parsed assets/knowledge/muscles/<id>.json) into a Muscle, checking
// every key of docs/knowledge-base.md on the way: presence, type, enums, ranges, the numbering of
// trigger points and the members of groups. What needs other files (do the ids it names exist?)
// is left to knowledge_checks.

#include <nlohmann/json.hpp>
#include <string>

#include "myo/atlas/json_node.hpp"
#include "myo/atlas/muscle.hpp"

namespace myo::atlas {

// `fileId` is the file name without .json: the id the record must have, and the one the muscle
// is filed under whatever the record says.
Muscle readMuscle(const JsonDocument& document, const std::string& fileId, const ProblemLog& log);

}  // namespace myo::atlas
