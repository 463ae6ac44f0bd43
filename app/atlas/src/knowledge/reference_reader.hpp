#pragma once
// Reading assets/knowledge/references.json: the publications muscle records cite.

#include <vector>

#include <nlohmann/json.hpp>

#include "myo/atlas/json_node.hpp"
#include "myo/atlas/reference.hpp"

namespace myo::atlas {

std::vector<Reference> readReferences(const JsonDocument& document, const ProblemLog& log);

}  // namespace myo::atlas
