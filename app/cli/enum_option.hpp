#pragma once
// The accepted values of an option that takes one spelling of a vocabulary, from the vocabulary's
// table (myo/engine/enum_names.hpp): a value added to the table is accepted, and listed by --help
// and by the "not in {...}" message, with no edit to the command.

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

}  // namespace myo::cli
