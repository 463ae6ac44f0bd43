#pragma once
// Reading a knowledge-base file into a JSON document. Malformed text never throws: the problem,
// with the line and column where parsing stopped, goes to the log. Keys that appear twice in one
// object are reported too, because the JSON library would silently keep only the last.

#include <filesystem>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "json_node.hpp"

namespace myo::atlas {

// A parse error of the JSON library for people: "[json.exception.parse_error.101] parse error at
// line 3, column 7: syntax error ..." becomes "invalid JSON at line 3, column 7: syntax error ...".
std::string describeJsonParseError(const std::string& what);

std::optional<nlohmann::json> readJsonFile(const std::filesystem::path& file, const ProblemLog& log);

}  // namespace myo::atlas
