#pragma once
// One table per vocabulary: how an enumeration is spelled in files, on the command line and on
// screen. Each enum spelled as text declares `enumNames(E)` next to itself, returning its table in
// listing order; argument-dependent lookup finds it, so the enum may live in any namespace.
// Parsing, printing, the "must be one of" messages and the command line's choices all come from
// the table: adding a value is one edit.
//
//   constexpr std::array<EnumName<Colormap>, 4> enumNames(Colormap) { return {{...}}; }
//   parseEnum<Colormap>("heat");        // Colormap::Heat
//   toString(Colormap::Heat);           // "heat"
//   enumChoices<Colormap>();            // "clinical, heat, viridis, cividis"
//
// A vocabulary that takes only some of an enum's values (the three muscle layers of a card) is a
// table of its own, and the *In functions take it.

#include <array>
#include <concepts>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace myo {

template <class E>
struct EnumName {
  E value;
  std::string_view name;
};

template <class E, std::size_t N>
using EnumTable = std::array<EnumName<E>, N>;

template <class E>
concept NamedEnum = std::is_enum_v<E> && requires(E value) { enumNames(value); };

template <class E>
constexpr auto namesOf() {
  return enumNames(E{});
}

template <class E, std::size_t N>
constexpr std::string_view nameIn(const EnumTable<E, N>& table, E value) {
  for (const EnumName<E>& entry : table)
    if (entry.value == value) return entry.name;
  return "unknown";
}

template <class E, std::size_t N>
constexpr std::optional<E> parseIn(const EnumTable<E, N>& table, std::string_view text) {
  for (const EnumName<E>& entry : table)
    if (entry.name == text) return entry.value;
  return std::nullopt;
}

// "a, b, c" or, with lastSeparator " or ", "a, b or c": for messages and --help.
template <class E, std::size_t N>
std::string choicesIn(const EnumTable<E, N>& table, std::string_view lastSeparator = ", ") {
  std::string joined;
  for (std::size_t i = 0; i < N; ++i) {
    if (i > 0) joined += i + 1 == N ? lastSeparator : std::string_view(", ");
    joined += table[i].name;
  }
  return joined;
}

template <class E, std::size_t N>
std::vector<std::string> spellingsIn(const EnumTable<E, N>& table) {
  std::vector<std::string> names;
  for (const EnumName<E>& entry : table) names.emplace_back(entry.name);
  return names;
}

template <NamedEnum E>
constexpr std::string_view toString(E value) {
  return nameIn(namesOf<E>(), value);
}

template <NamedEnum E>
constexpr std::optional<E> parseEnum(std::string_view text) {
  return parseIn(namesOf<E>(), text);
}

template <NamedEnum E>
std::string enumChoices(std::string_view lastSeparator = ", ") {
  return choicesIn(namesOf<E>(), lastSeparator);
}

}  // namespace myo
