#include "text_layout.hpp"

#include <string>
#include <vector>

namespace myo::cli {

namespace {

std::vector<std::string_view> wordsOf(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = text.find_first_not_of(" \t\n");
  while (start != std::string_view::npos) {
    const std::size_t end = text.find_first_of(" \t\n", start);
    words.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    start = end == std::string_view::npos ? end : text.find_first_not_of(" \t\n", end);
  }
  return words;
}

}  // namespace

std::string readableName(std::string_view snakeCase) {
  std::string name(snakeCase);
  for (char& c : name)
    if (c == '_') c = ' ';
  if (!name.empty() && name.front() >= 'a' && name.front() <= 'z') name.front() = static_cast<char>(name.front() - 'a' + 'A');
  return name;
}

std::size_t displayWidth(std::string_view text) {
  std::size_t width = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++width;  // skip UTF-8 continuation bytes
  return width;
}

void writeWrapped(std::ostream& out, std::string_view prefix, std::string_view text, std::size_t width) {
  const std::size_t indent = displayWidth(prefix);
  const std::string hanging(indent, ' ');
  out << prefix;
  std::size_t column = indent;
  bool lineEmpty = true;
  for (std::string_view word : wordsOf(text)) {
    const std::size_t wordWidth = displayWidth(word);
    // A word longer than the line goes on a line of its own rather than being cut.
    if (!lineEmpty && column + 1 + wordWidth > width) {
      out << '\n' << hanging;
      column = indent;
      lineEmpty = true;
    }
    if (!lineEmpty) {
      out << ' ';
      ++column;
    }
    out << word;
    column += wordWidth;
    lineEmpty = false;
  }
  out << '\n';
}

}  // namespace myo::cli
