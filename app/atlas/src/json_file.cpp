#include "json_file.hpp"

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

  void onEvent(nlohmann::json::parse_event_t event, const nlohmann::json& parsed) {
    using Event = nlohmann::json::parse_event_t;
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

// "[json.exception.parse_error.101] parse error at line 3, column 7: syntax error ..." →
// "invalid JSON at line 3, column 7: syntax error ...".
std::string describeJsonParseError(const std::string& what) {
  std::string text = what;
  if (const auto bracket = text.find("] "); text.starts_with("[json.exception") && bracket != std::string::npos)
    text = text.substr(bracket + 2);
  constexpr std::string_view kPrefix = "parse error at ";
  if (text.starts_with(kPrefix)) return "invalid JSON at " + text.substr(kPrefix.size());
  return "invalid JSON: " + text;
}

std::optional<nlohmann::json> readJsonFile(const std::filesystem::path& file, const ProblemLog& log) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(file, error)) {
    log.add("", "file not found");
    return std::nullopt;
  }
  std::ifstream in(file, std::ios::binary);
  if (!in.is_open()) {
    log.add("", "cannot be opened for reading");
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  DuplicateKeyFinder duplicates(log);
  try {
    return nlohmann::json::parse(text.str(), [&duplicates](int, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
      duplicates.onEvent(event, parsed);
      return true;
    });
  } catch (const nlohmann::json::exception& e) {
    log.add("", describeJsonParseError(e.what()));
  }
  return std::nullopt;
}

}  // namespace myo::atlas
