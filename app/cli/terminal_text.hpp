#pragma once
// Text from files (a node name in a model, a muscle name in an edited knowledge base) printed to a
// terminal: an escape sequence in it would be run by the terminal (retitle the window, hide text,
// rewrite what was printed before). Control characters are shown as \xNN instead; line breaks
// stay, and so does every printable UTF-8 character.
//
//   std::cout << terminalText(card.str());

#include <string>
#include <string_view>

namespace myo::cli {

// C0 controls but the line break, DEL, and the C1 controls (U+0080 to U+009F, which some terminals
// also obey) written as \xNN.
std::string terminalText(std::string_view text);

}  // namespace myo::cli
