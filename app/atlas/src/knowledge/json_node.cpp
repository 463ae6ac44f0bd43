#include "myo/atlas/json_node.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <string>

namespace myo::atlas {

namespace {

// Numbers in messages without trailing zeros: 1 not 1.000000.
std::string formatNumber(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

}  // namespace

JsonNode JsonNode::operator[](std::string_view key) const {
  if (!present() || !value_->is_object()) return absent(log_);
  std::string childPointer = pointer_ + "/" + escapePointerToken(key);
  const auto found = value_->find(key);
  if (found == value_->end()) {
    log_->add(childPointer, "required key is missing");
    return absent(log_);
  }
  return JsonNode(&*found, std::move(childPointer), log_);
}

void JsonNode::report(std::string message) const { log_->add(pointer_, std::move(message)); }

std::string JsonNode::location() const { return log_->file() + ": " + (pointer_.empty() ? "/" : pointer_); }

std::string JsonNode::describeType() const {
  if (!present()) return "nothing";
  switch (value_->type()) {
    case JsonDocument::value_t::null: return "null";
    case JsonDocument::value_t::object: return "an object";
    case JsonDocument::value_t::array: return "a list";
    case JsonDocument::value_t::string: return "a string";
    case JsonDocument::value_t::boolean: return "true or false";
    case JsonDocument::value_t::number_integer:
    case JsonDocument::value_t::number_unsigned:
    case JsonDocument::value_t::number_float: return "a number";
    default: return "an unexpected value";
  }
}

bool JsonNode::expectObject(std::span<const std::string_view> known, std::string_view schemaPage) const {
  if (!present()) return false;
  if (!value_->is_object()) {
    report("must be an object, not " + describeType());
    return false;
  }
  for (const auto& member : value_->items()) {
    const std::string& key = member.key();
    if (std::find(known.begin(), known.end(), key) == known.end())
      log_->add(pointer_ + "/" + escapePointerToken(key),
                "unknown key (misspelt? " + std::string(schemaPage) + " lists the keys)");
  }
  return true;
}

std::string JsonNode::text(Emptiness emptiness) const {
  if (!present()) return {};
  if (!value_->is_string()) {
    report("must be a string, not " + describeType());
    return {};
  }
  const std::string& value = value_->get_ref<const std::string&>();
  const bool blank = value.find_first_not_of(" \t\r\n") == std::string::npos;
  if (blank && emptiness == Emptiness::NotEmpty) report("must not be empty");
  return value;
}

std::vector<std::string> JsonNode::textList(Emptiness emptiness) const {
  std::vector<std::string> values;
  forEach(emptiness, [&](const JsonNode& item) { values.push_back(item.text()); });
  return values;
}

double JsonNode::number(double low, double high, bool lowExclusive) const {
  if (!present()) return low;
  if (!value_->is_number()) {
    report("must be a number, not " + describeType());
    return low;
  }
  const double value = value_->get<double>();
  const bool aboveLow = lowExclusive ? value > low : value >= low;
  if (!std::isfinite(value) || !aboveLow || value > high) {
    const std::string lowest = (lowExclusive ? "greater than " : "at least ") + formatNumber(low);
    if (std::isinf(high)) report("must be " + lowest);
    else if (lowExclusive) report("must be " + lowest + " and at most " + formatNumber(high));
    else report("must be between " + formatNumber(low) + " and " + formatNumber(high));
  }
  return value;
}

double JsonNode::positiveNumber() const {
  return number(0.0, std::numeric_limits<double>::infinity(), /*lowExclusive=*/true);
}

int JsonNode::wholeNumber(int low, int high) const {
  if (!present()) return low;
  if (!value_->is_number()) {
    report("must be a whole number, not " + describeType());
    return low;
  }
  const double value = value_->get<double>();
  if (value != std::floor(value) || value < low || value > high) {
    report("must be a whole number from " + std::to_string(low) + " to " + std::to_string(high));
    return low;
  }
  return static_cast<int>(value);
}

bool JsonNode::boolean() const {
  if (!present()) return false;
  if (!value_->is_boolean()) {
    report("must be true or false, not " + describeType());
    return false;
  }
  return value_->get<bool>();
}

bool JsonNode::expectList(Emptiness emptiness) const {
  if (!present()) return false;
  if (!value_->is_array()) {
    report("must be a list, not " + describeType());
    return false;
  }
  if (value_->empty() && emptiness == Emptiness::NotEmpty) report("must list at least one entry");
  return true;
}

JsonNode JsonNode::element(std::size_t index) const {
  if (!isList() || index >= value_->size()) return absent(log_);
  return JsonNode(&(*value_)[index], pointer_ + "/" + std::to_string(index), log_);
}

}  // namespace myo::atlas
