#include "myo/atlas/muscle_list.hpp"

#include <fstream>

#include "knowledge/identifiers.hpp"

namespace myo::atlas {

namespace {

std::string trimmed(const std::string& line) {
  const std::size_t first = line.find_first_not_of(" \t\r");
  if (first == std::string::npos) return {};
  const std::size_t last = line.find_last_not_of(" \t\r");
  return line.substr(first, last - first + 1);
}

}  // namespace

Result<std::vector<ExpectedMuscle>> loadMuscleList(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in.is_open()) return Error{file.string() + ": file not found"};
  std::vector<ExpectedMuscle> muscles;
  std::optional<BodyPart> section;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    const std::string text = trimmed(line);
    const std::string where = file.string() + ": line " + std::to_string(number) + ": ";
    if (text.empty() || text.front() == '#') continue;
    if (text.front() == '[') {
      section = text.back() == ']' ? parseEnum<BodyPart>(text.substr(1, text.size() - 2)) : std::nullopt;
      if (!section) return Error{where + "a heading must be [body_part], one of " + enumChoices<BodyPart>()};
      continue;
    }
    if (!isSnakeCaseId(text)) return Error{where + "\"" + text + "\" is not a snake_case muscle id"};
    if (!section) return Error{where + "\"" + text + "\" comes before the first [body_part] heading"};
    for (const ExpectedMuscle& earlier : muscles)
      if (earlier.id == text) return Error{where + "\"" + text + "\" is listed twice"};
    muscles.push_back({text, *section});
  }
  return muscles;
}

}  // namespace myo::atlas
