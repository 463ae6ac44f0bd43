#pragma once
// Reading assets/knowledge/regions.json into the region vocabulary, checking each region and the
// vocabulary as a whole (unique ids, both sides of every sided region).

#include <nlohmann/json.hpp>

#include "myo/atlas/json_node.hpp"
#include "myo/atlas/region.hpp"

namespace myo::atlas {

RegionVocabulary readRegions(const JsonDocument& document, const ProblemLog& log);

}  // namespace myo::atlas
