#pragma once
// The atlas spells its enumerations through the engine's one-table-per-vocabulary helpers
// (myo/engine/enum_names.hpp): every enum the knowledge-base files use declares `enumNames(E)`
// next to itself, so reading, writing and the "must be one of" messages cannot drift apart.

#include "myo/engine/enum_names.hpp"

namespace myo::atlas {

using myo::choicesIn;
using myo::EnumName;
using myo::enumChoices;
using myo::EnumTable;
using myo::nameIn;
using myo::parseEnum;
using myo::parseIn;
using myo::toString;

}  // namespace myo::atlas
