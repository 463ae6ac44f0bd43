#pragma once
// Reading a knowledge-base file into a JSON document. Malformed text never throws: the problem,
// with the line and column where parsing stopped, goes to the log. Keys that appear twice in one
// object are reported too, because the JSON library would silently keep only the last.

#include <filesystem>
#include <optional>

#include <nlohmann/json.hpp>

#include "json_node.hpp"

namespace myo::atlas {

std::optional<nlohmann::json> readJsonFile(const std::filesystem::path& file, const ProblemLog& log);

}  // namespace myo::atlas
