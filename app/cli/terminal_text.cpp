#include "terminal_text.hpp"

#include <cstdio>

namespace myo::cli {

namespace {

void appendEscaped(std::string& out, unsigned char byte) {
  char escaped[8];
  std::snprintf(escaped, sizeof escaped, "\\x%02X", byte);
  out += escaped;
}

}  // namespace

std::string terminalText(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n' || (byte >= 0x20 && byte != 0x7f && byte != 0xc2)) {
      out += text[i];
      continue;
    }
    // U+0080..U+009F are C2 80..C2 9F in UTF-8; any other C2 sequence is a printable character.
    if (byte == 0xc2) {
      const bool control = i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
                           static_cast<unsigned char>(text[i + 1]) <= 0x9f;
      if (!control) {
        out += text[i];
        continue;
      }
      appendEscaped(out, byte);
      appendEscaped(out, static_cast<unsigned char>(text[++i]));
      continue;
    }
    appendEscaped(out, byte);
  }
  return out;
}

}  // namespace myo::cli
