#pragma once
// A structural check of PLY files before Assimp parses them.
//
// Assimp 5.2's PLY reader crashes or loops forever on damaged files (a misspelt `end_header`, an
// unknown property type, a list running past the end of the data): fuzzing the fixtures gave a
// crash or a hang for about one damaged file in ten. This check walks the header and the whole body
// the way the format defines them (every element, property and list, in ASCII or binary) and
// refuses the file with a plain reason unless everything is where the header says. Files that pass
// have exactly the structure Assimp expects.

#include <cstdint>
#include <span>

#include "myo/engine/result.hpp"

namespace myo::io {

bool looksLikePly(std::span<const std::uint8_t> bytes);  // starts with "ply", in any case

// Errors are plain reasons; the caller prefixes the file's path.
Status checkPly(std::span<const std::uint8_t> bytes);

}  // namespace myo::io
