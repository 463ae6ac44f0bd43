#pragma once
// The accepted values of an option that takes one spelling of a vocabulary, from the vocabulary's
// table (myo/engine/enum_names.hpp): a value added to the table is accepted, and listed by --help
// and by the "not in {...}" message, with no edit to the command.

#include <string>

#include <CLI/CLI.hpp>

#include "myo/engine/enum_names.hpp"

namespace myo::cli {

template <class E, std::size_t N>
CLI::IsMember oneOf(const EnumTable<E, N>& table) {
  return CLI::IsMember(spellingsIn(table));
}

template <NamedEnum E>
CLI::IsMember oneOf() {
  return oneOf(namesOf<E>());
}

// An option that takes one spelling of `table` and keeps the enum itself in `value`: the text
// becomes the enum here, where it comes in. --help shows the default's spelling, as it would for
// an option kept as text.
template <class E, std::size_t N>
CLI::Option* addEnumOption(CLI::App& command, const std::string& name, E& value, const EnumTable<E, N>& table,
                           const std::string& description) {
  const auto set = [&value, table](const std::string& text) {
    if (const std::optional<E> parsed = parseIn(table, text)) value = *parsed;
  };
  return command.add_option_function<std::string>(name, set, description)
      ->check(oneOf(table))
      ->default_str(std::string(nameIn(table, value)));
}

template <NamedEnum E>
CLI::Option* addEnumOption(CLI::App& command, const std::string& name, E& value, const std::string& description) {
  return addEnumOption(command, name, value, namesOf<E>(), description);
}

}  // namespace myo::cli
