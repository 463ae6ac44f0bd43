#include "io/extras_metadata.hpp"

#include <nlohmann/json.hpp>

namespace myo::io {

namespace {

std::string asText(const nlohmann::json& value) {
  // Invalid UTF-8 in a string is replaced, not thrown about: metadata is for display and lookup.
  return value.is_string() ? value.get<std::string>()
                           : value.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

bool addExtras(std::string_view jsonText, std::map<std::string, std::string>& metadata) {
  if (jsonText.empty()) return true;
  const nlohmann::json extras = nlohmann::json::parse(jsonText, nullptr, /*allow_exceptions=*/false);
  if (extras.is_discarded()) return false;
  if (extras.is_object()) {
    for (const auto& [key, value] : extras.items()) metadata.emplace(key, asText(value));
  } else if (!extras.is_null()) {
    metadata.emplace("extras", asText(extras));
  }
  return true;
}

}  // namespace myo::io
