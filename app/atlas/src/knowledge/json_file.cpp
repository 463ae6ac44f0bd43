#include "myo/atlas/json_file.hpp"

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace myo::atlas {

namespace {

// Follows the parser's events to know the JSON pointer of each key, so a duplicate key can be
// reported where it is.
class DuplicateKeyFinder {
 public:
  explicit DuplicateKeyFinder(const ProblemLog& log) : log_(&log) {}

  void onEvent(JsonDocument::parse_event_t event, const JsonDocument& parsed) {
    using Event = JsonDocument::parse_event_t;
    switch (event) {
      case Event::object_start: frames_.push_back({false, 0, {}, {}}); break;
      case Event::array_start: frames_.push_back({true, 0, {}, {}}); break;
      case Event::key: onKey(parsed.get<std::string>()); break;
      case Event::value: finishElement(); break;
      case Event::object_end:
      case Event::array_end:
        if (!frames_.empty()) frames_.pop_back();
        finishElement();
        break;
    }
  }

 private:
  struct Frame {
    bool isList = false;
    std::size_t index = 0;   // the element being read, in a list
    std::string key;         // the member being read, in an object
    std::set<std::string> seen;
  };

  void onKey(const std::string& key) {
    if (frames_.empty() || frames_.back().isList) return;
    Frame& frame = frames_.back();
    frame.key = key;
    if (!frame.seen.insert(key).second)
      log_->add(pointerOfCurrentKey(), "key appears more than once in the same object; only the last one would be read");
  }

  // A list moves on to its next element when one is complete.
  void finishElement() {
    if (!frames_.empty() && frames_.back().isList) ++frames_.back().index;
  }

  std::string pointerOfCurrentKey() const {
    std::string pointer;
    for (const Frame& frame : frames_) {
      pointer += '/';
      pointer += frame.isList ? std::to_string(frame.index) : escapePointerToken(frame.key);
    }
    return pointer;
  }

  const ProblemLog* log_;
  std::vector<Frame> frames_;
};


}  // namespace

namespace {

// The parser's message may quote a byte of the file: invalid UTF-8 or a control character would
// break a terminal line or the JSON of the window's state file. Such bytes are written \xNN.
std::string printableMessage(const std::string& text) {
  std::string out;
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x20 && byte < 0x7f) {
      out += c;
    } else {
      char escaped[8];
      std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
      out += escaped;
    }
  }
  return out;
}

}  // namespace

// "[json.exception.parse_error.101] parse error at line 3, column 7: syntax error ..." →
// "invalid JSON at line 3, column 7: syntax error ...".
std::string describeJsonParseError(const std::string& what) {
  std::string text = printableMessage(what);
  if (const auto bracket = text.find("] "); text.starts_with("[json.exception") && bracket != std::string::npos)
    text = text.substr(bracket + 2);
  constexpr std::string_view kPrefix = "parse error at ";
  if (text.starts_with(kPrefix)) return "invalid JSON at " + text.substr(kPrefix.size());
  return "invalid JSON: " + text;
}

namespace {

// Thrown from the parser's callback to stop at the first level too deep.
struct TooDeep {};

// What is under the name when it is not a file to read.
std::string notAFile(const std::filesystem::path& file) {
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(file, error);
  if (error == std::errc::too_many_symbolic_link_levels) return "is a symbolic link that leads round in a loop";
  if (error == std::errc::permission_denied) return "cannot be read: permission denied";
  if (std::filesystem::is_directory(status)) return "is a folder, not a file";
  if (std::filesystem::is_fifo(status)) return "is a FIFO (named pipe), not a file";
  if (std::filesystem::is_character_file(status) || std::filesystem::is_block_file(status)) return "is a device, not a file";
  if (std::filesystem::exists(status)) return "is not a regular file";
  return "file not found";
}

std::string mebibytes(std::uintmax_t bytes) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f MiB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  return text;
}

}  // namespace

std::optional<JsonDocument> readJsonFile(const std::filesystem::path& file, const ProblemLog& log,
                                           const JsonFileLimits& limits) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    log.add("", notAFile(file));
    return std::nullopt;
  }
  // Checked before reading: a 500 MB file must not keep the window parsing for minutes.
  const std::uintmax_t size = std::filesystem::file_size(file, error);
  if (!error && size > limits.maxBytes) {
    log.add("", "the file is " + mebibytes(size) + ", over the " + mebibytes(limits.maxBytes) + " limit for " +
                    std::string(limits.kind) + " (docs/robustness.md)");
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in.is_open()) {
    log.add("", "cannot be opened for reading");
    return std::nullopt;
  }
  std::stringstream read;
  read << in.rdbuf();
  const std::string text = read.str();
  if (text.size() > limits.maxBytes) {  // the file grew after the check
    log.add("", "the file is over the " + mebibytes(limits.maxBytes) + " limit for " + std::string(limits.kind));
    return std::nullopt;
  }
  if (const std::size_t nul = text.find('\0'); nul != std::string::npos) {
    log.add("", "holds a NUL byte at byte " + std::to_string(nul) + ": not a text file (damaged, or not JSON)");
    return std::nullopt;
  }
  DuplicateKeyFinder duplicates(log);
  try {
    return JsonDocument::parse(text, [&](int depth, JsonDocument::parse_event_t event, JsonDocument& parsed) {
      if (depth > limits.maxDepth) throw TooDeep{};
      duplicates.onEvent(event, parsed);
      return true;
    });
  } catch (const TooDeep&) {
    log.add("", "is nested more than " + std::to_string(limits.maxDepth) + " levels deep, deeper than " +
                    std::string(limits.kind) + " ever is");
  } catch (const JsonDocument::exception& e) {
    log.add("", describeJsonParseError(e.what()));
  }
  return std::nullopt;
}

}  // namespace myo::atlas
