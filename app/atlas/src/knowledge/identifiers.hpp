#pragma once
// The spelling rules for ids in the knowledge base.

#include <string_view>

namespace myo::atlas {

// snake_case: lower-case letters and digits in words joined by single underscores, starting with
// a letter ("levator_scapulae", "tp1" is not an id of its own).
bool isSnakeCaseId(std::string_view text);

// A spinal root (C1–C8, T1–T12, L1–L5, S1–S5) or a cranial nerve in Roman numerals ("CN V").
bool isNerveRoot(std::string_view text);

}  // namespace myo::atlas
