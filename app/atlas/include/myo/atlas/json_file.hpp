#pragma once
// Reading a knowledge-base file into a JSON document. Malformed text never throws: the problem,
// with the line and column where parsing stopped, goes to the log. Keys that appear twice in one
// object are reported too, because the JSON library would silently keep only the last.

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "myo/atlas/json_node.hpp"

namespace myo::atlas {

// A parse error of the JSON library for people: "[json.exception.parse_error.101] parse error at
// line 3, column 7: syntax error ..." becomes "invalid JSON at line 3, column 7: syntax error ...".
std::string describeJsonParseError(const std::string& what);

// Bounds checked before and while parsing (docs/robustness.md): what is past them is refused with
// a message naming the limit, never parsed for minutes.
struct JsonFileLimits {
  std::uintmax_t maxBytes = 4u << 20;  // a knowledge-base file is a few tens of KiB
  int maxDepth = 32;                   // the deepest real file nests 5 levels
  std::string_view kind = "a knowledge-base file";  // "over the 4.0 MiB limit for <kind>"
};

// A file that is not regular (a folder, a FIFO, a device), a NUL byte, invalid JSON, a file over
// the limits and a key given twice are reported to the log, with the reason.
std::optional<JsonDocument> readJsonFile(const std::filesystem::path& file, const ProblemLog& log,
                                           const JsonFileLimits& limits = {});

}  // namespace myo::atlas
