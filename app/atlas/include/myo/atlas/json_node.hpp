#pragma once
// The one way the program reads its JSON files (knowledge base, anatomy description, sessions,
// tours, region patches, settings): typed values read out of a parsed document while recording,
// instead of throwing, a Problem for every value that is missing or malformed. Each JsonNode
// knows its JSON pointer, so every message says exactly where the problem is. A node under a
// missing or malformed parent is "absent": reading it yields a default and reports nothing, so one
// mistake gives one message. Objects keep their members in file order (the anatomy's landmarks
// may refer to the ones above them).
//
//   std::vector<Problem> problems;
//   const ProblemLog log("tour.json", problems);
//   const JsonNode root(document, log);
//   if (root.expectObject({"title", "steps"})) title = root["title"].text();
//   if (!problems.empty()) ... formatProblem(problems.front()) ...
//
// Not here: parsing text (json_file.hpp) and writing JSON.

#include <cstddef>
#include <initializer_list>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "myo/atlas/enum_names.hpp"
#include "myo/atlas/problem.hpp"

namespace myo::atlas {

using JsonDocument = nlohmann::ordered_json;

// Where the problems of one file go.
class ProblemLog {
 public:
  ProblemLog(std::string file, std::vector<Problem>& problems) : file_(std::move(file)), problems_(&problems) {}
  void add(std::string pointer, std::string message) const {
    problems_->push_back({file_, std::move(pointer), std::move(message)});
  }
  const std::string& file() const { return file_; }

 private:
  std::string file_;
  std::vector<Problem>* problems_;
};

enum class Emptiness { NotEmpty, MayBeEmpty };

class JsonNode {
 public:
  // The root of a document.
  JsonNode(const JsonDocument& root, const ProblemLog& log) : value_(&root), log_(&log) {}

  bool present() const { return value_ != nullptr; }
  bool isNull() const { return value_ != nullptr && value_->is_null(); }
  const std::string& pointer() const { return pointer_; }

  // A required member of an object: reports `required key is missing` when the object lacks it.
  JsonNode operator[](std::string_view key) const;
  // Whether this is an object with this member, for optional keys: `if (n.has("k")) n["k"]...`.
  bool has(std::string_view key) const { return present() && value_->is_object() && value_->contains(key); }
  bool isString() const { return present() && value_->is_string(); }
  bool isNumber() const { return present() && value_->is_number(); }
  bool isObject() const { return present() && value_->is_object(); }
  bool isList() const { return present() && value_->is_array(); }
  std::size_t size() const { return isList() ? value_->size() : 0; }
  // An element of a list (absent when out of range or not a list).
  JsonNode element(std::size_t index) const;

  // Reports a problem at this node.
  void report(std::string message) const;
  // "file: /pointer", to say where something was read from.
  std::string location() const;

  // True when present and an object; reports a wrong type, and every key not in `known`
  // (pointing the reader at `schemaPage`, the page that lists the keys).
  bool expectObject(std::initializer_list<std::string_view> known,
                    std::string_view schemaPage = "docs/knowledge-base.md") const {
    return expectObject(std::span<const std::string_view>(known.begin(), known.size()), schemaPage);
  }
  bool expectObject(std::span<const std::string_view> known, std::string_view schemaPage) const;

  std::string text(Emptiness emptiness = Emptiness::NotEmpty) const;
  std::vector<std::string> textList(Emptiness emptiness) const;
  // A number in [low, high], or in (low, high] when `lowExclusive`; `high` may be infinite.
  double number(double low, double high, bool lowExclusive = false) const;
  // A number greater than 0.
  double positiveNumber() const;
  int wholeNumber(int low, int high) const;
  bool boolean() const;

  template <class E>
  E enumValue(E fallback) const {
    return enumValue(namesOf<E>(), fallback);
  }

  // One of the spellings of `table`, a vocabulary that takes only some of E's values.
  template <class E, std::size_t N>
  E enumValue(const EnumTable<E, N>& table, E fallback) const {
    if (!present()) return fallback;
    if (value_->is_string()) {
      if (auto parsed = parseIn(table, value_->get_ref<const std::string&>())) return *parsed;
      report("must be one of " + choicesIn(table));
    } else {
      report("must be one of " + choicesIn(table) + ", not " + describeType());
    }
    return fallback;
  }

  // Calls `visit(element)` for each element of a list; reports when this is not a list, or is
  // empty where it must not be.
  template <class Visit>
  void forEach(Emptiness emptiness, Visit&& visit) const {
    if (!expectList(emptiness)) return;
    for (std::size_t i = 0; i < value_->size(); ++i) visit(element(i));
  }

  // Calls `visit(key, member)` for each member of an object, in file order; reports when this
  // is not an object.
  template <class Visit>
  void forEachMember(Visit&& visit) const {
    if (!present()) return;
    if (!value_->is_object()) {
      report("must be an object, not " + describeType());
      return;
    }
    for (auto it = value_->begin(); it != value_->end(); ++it)
      visit(it.key(), JsonNode(&it.value(), pointer_ + "/" + escapePointerToken(it.key()), log_));
  }

  // "a string", "a number", "null", for messages.
  std::string describeType() const;

 private:
  JsonNode(const JsonDocument* value, std::string pointer, const ProblemLog* log)
      : value_(value), pointer_(std::move(pointer)), log_(log) {}
  static JsonNode absent(const ProblemLog* log) { return JsonNode(nullptr, std::string(), log); }

  bool expectList(Emptiness emptiness) const;

  const JsonDocument* value_ = nullptr;
  std::string pointer_;
  const ProblemLog* log_ = nullptr;
};

}  // namespace myo::atlas
