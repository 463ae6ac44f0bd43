#pragma once
// The spelling of each enumeration in the knowledge-base files. Every enum the files use
// specialises EnumNames next to its declaration, so reading, writing and the "must be one of"
// messages all come from the one table and cannot drift apart.
//
//   std::optional<Layer> layer = parseEnum<Layer>("deep");   // Layer::Deep
//   toString(Layer::Deep);                                   // "deep"
//   enumChoices<Layer>();                                    // "superficial, intermediate, deep"

#include <optional>
#include <string>
#include <string_view>

namespace myo::atlas {

template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

// Specialised per enum with `static constexpr std::array<EnumName<E>, N> kNames`, in file order.
template <class E>
struct EnumNames;

template <class E>
constexpr std::string_view toString(E value) {
  for (const EnumName<E>& entry : EnumNames<E>::kNames)
    if (entry.value == value) return entry.name;
  return "unknown";
}

template <class E>
constexpr std::optional<E> parseEnum(std::string_view text) {
  for (const EnumName<E>& entry : EnumNames<E>::kNames)
    if (entry.name == text) return entry.value;
  return std::nullopt;
}

// The accepted spellings, comma-separated, for error messages and --help.
template <class E>
std::string enumChoices() {
  std::string joined;
  for (const EnumName<E>& entry : EnumNames<E>::kNames) {
    if (!joined.empty()) joined += ", ";
    joined += entry.name;
  }
  return joined;
}

}  // namespace myo::atlas
