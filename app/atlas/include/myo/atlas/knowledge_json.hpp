#pragma once
// The knowledge base written back as JSON, in the schema of docs/knowledge-base.md, for
// `--json` output and exports. Reading a file and writing its record gives the same document.

#include <nlohmann/json.hpp>

#include "myo/atlas/muscle.hpp"
#include "myo/atlas/reference.hpp"
#include "myo/atlas/region.hpp"

namespace myo::atlas {

nlohmann::ordered_json toJson(const Muscle& muscle);
nlohmann::ordered_json toJson(const Region& region);
nlohmann::ordered_json toJson(const Reference& reference);
nlohmann::ordered_json toJson(const ZoneDrawing& drawing);

}  // namespace myo::atlas
