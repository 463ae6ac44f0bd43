#include "knowledge/identifiers.hpp"

#include <charconv>
#include <string>

namespace myo::atlas {

namespace {

bool isLowerOrDigit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// "5" within [1, last]: no sign, no leading zero.
bool isNumberUpTo(std::string_view digits, int last) {
  if (digits.empty() || digits.front() == '0') return false;
  int value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  return error == std::errc() && end == digits.data() + digits.size() && value >= 1 && value <= last;
}

}  // namespace

bool isSnakeCaseId(std::string_view text) {
  if (text.empty() || text.front() < 'a' || text.front() > 'z' || text.back() == '_') return false;
  char previous = '\0';
  for (char c : text) {
    if (c == '_' && previous == '_') return false;
    if (c != '_' && !isLowerOrDigit(c)) return false;
    previous = c;
  }
  return true;
}

bool isNerveRoot(std::string_view text) {
  if (text.starts_with("CN ")) {
    const std::string_view numeral = text.substr(3);
    return !numeral.empty() && numeral.size() <= 4 &&
           numeral.find_first_not_of("IVX") == std::string_view::npos;
  }
  if (text.size() < 2) return false;
  const std::string_view digits = text.substr(1);
  switch (text.front()) {
    case 'C': return isNumberUpTo(digits, 8);
    case 'T': return isNumberUpTo(digits, 12);
    case 'L': return isNumberUpTo(digits, 5);
    case 'S': return isNumberUpTo(digits, 5);
    default: return false;
  }
}

}  // namespace myo::atlas
