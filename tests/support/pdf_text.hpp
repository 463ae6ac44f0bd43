#pragma once
// What a PDF says, as a reader would see it: its text through pdftotext (poppler-utils, listed in
// scripts/packages.txt), and how many pages it has, read from the file itself.

#include <cstdio>
#include <filesystem>
#include <optional>
#include <regex>
#include <string>

#include "knowledge_fixture.hpp"

namespace myo::test {

// The text of the PDF, or nullopt when pdftotext cannot be run.
inline std::optional<std::string> pdfText(const std::filesystem::path& file) {
  const std::string command = "pdftotext -layout '" + file.string() + "' - 2>/dev/null";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return std::nullopt;
  std::string text;
  char buffer[4096];
  while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  if (::pclose(pipe) != 0) return std::nullopt;
  return text;
}

// Page objects in the file ("/Type /Page", not "/Pages"); cairo writes them uncompressed.
inline int pdfPageCount(const std::filesystem::path& file) {
  const std::string bytes = readText(file);
  static const std::regex kPage(R"(/Type\s*/Page[^s])");
  return int(std::distance(std::sregex_iterator(bytes.begin(), bytes.end(), kPage), std::sregex_iterator()));
}

}  // namespace myo::test
