// `myoatlas sheet` as a student prints a layer to revise from: three A4 pages — the layer's
// visible muscles named with leader lines, the same picture with numbered blanks, and the answer
// key — and clear refusals of a layer, a view or a file it cannot write.
#include <gtest/gtest.h>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <regex>
#include <set>
#include <vector>
#include <string>

#include "knowledge_fixture.hpp"
#include "pdf_text.hpp"
#include "run_command.hpp"

namespace {

namespace fs = std::filesystem;
using myo::test::runMyoatlas;

fs::path sheetFile(const std::string& name) {
  return fs::path(myo::test::testOutputDir()) / (std::to_string(::getpid()) + "_sheet_" + name);
}

// One page's text through pdftotext, or "" when it cannot be read.
std::string sheetPageText(const fs::path& file, int page) {
  const std::string command = "pdftotext -layout -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" +
                              file.string() + "' - 2>/dev/null";
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return "";
  std::string text;
  char buffer[4096];
  while (const std::size_t n = std::fread(buffer, 1, sizeof buffer, pipe)) text.append(buffer, n);
  ::pclose(pipe);
  return text;
}

const myo::atlas::KnowledgeBase& sheetCards() {
  static const myo::atlas::KnowledgeBaseReading reading = myo::atlas::readKnowledgeBase(myo::test::sourceAssetsDir());
  return reading.knowledgeBase;
}

// The muscles of the knowledge base whose names a page prints, as a word of its own (so that
// "Gluteus medius" in a page does not count "Gluteus" alone), the longest names first and each
// taken out of the text once found ("Extensor digitorum brevis" does not also name extensor
// digitorum).
std::set<std::string> musclesNamedIn(std::string text, std::optional<myo::atlas::Layer> layer = std::nullopt) {
  std::vector<const myo::atlas::Muscle*> muscles;
  for (const myo::atlas::Muscle& muscle : sheetCards().muscles())
    if (!layer || muscle.layer == *layer) muscles.push_back(&muscle);
  std::stable_sort(muscles.begin(), muscles.end(), [](const auto* a, const auto* b) {
    return a->names.common.size() > b->names.common.size();
  });
  std::set<std::string> named;
  for (const myo::atlas::Muscle* muscle : muscles) {
    const std::regex name("(^|[^A-Za-z])" + std::regex_replace(muscle->names.common, std::regex(R"([.^$|()\[\]{}*+?\\])"), R"(\$&)") +
                          "($|[^A-Za-z])");
    if (!std::regex_search(text, name)) continue;
    named.insert(muscle->id);
    text = std::regex_replace(text, name, "$1#$2");
  }
  return named;
}

struct WrittenSheet {
  fs::path file;
  std::string labelled, blank, key;
};

WrittenSheet writeSheet(const std::string& layer, const std::string& view) {
  WrittenSheet sheet{sheetFile(layer + "-" + view + ".pdf"), "", "", ""};
  const auto result = runMyoatlas({"sheet", "--layer", layer, "--view", view, "-o", sheet.file.string()});
  EXPECT_EQ(result.exitCode, 0) << result.err;
  EXPECT_NE(result.out.find("Wrote"), std::string::npos) << result.out;
  EXPECT_EQ(myo::test::pdfPageCount(sheet.file), 3) << "labelled, blank, answer key";
  sheet.labelled = sheetPageText(sheet.file, 1);
  sheet.blank = sheetPageText(sheet.file, 2);
  sheet.key = sheetPageText(sheet.file, 3);
  return sheet;
}

TEST(SheetCli, TheLabelledSheetNamesTheLayersVisibleMuscles) {
  const WrittenSheet sheet = writeSheet("superficial", "posterior");
  ASSERT_FALSE(sheet.labelled.empty()) << "pdftotext could not read " << sheet.file;
  EXPECT_NE(sheet.labelled.find("Superficial layer"), std::string::npos);
  EXPECT_NE(sheet.labelled.find("Posterior view"), std::string::npos);
  // The big muscles of the back of the body, seen from behind.
  for (const char* id : {"trapezius", "latissimus_dorsi", "gluteus_maximus", "gastrocnemius", "deltoid"})
    EXPECT_EQ(musclesNamedIn(sheet.labelled).count(id), 1u) << id << " is not named on the labelled sheet";
  // Every muscle named is of the layer: none of a deeper one.
  const std::set<std::string> named = musclesNamedIn(sheet.labelled);
  EXPECT_GE(named.size(), 15u);
  for (const std::string& id : named)
    EXPECT_EQ(sheetCards().findMuscle(id)->layer, myo::atlas::Layer::Superficial) << id;
  // From behind, the front of the body does not show.
  for (const char* id : {"rectus_abdominis", "pectoralis_major", "tibialis_anterior"})
    EXPECT_EQ(named.count(id), 0u) << id << " cannot be seen from behind";
}

TEST(SheetCli, TheBlankSheetHasNumberedBlanksAndTheKeyNamesTheSameMuscles) {
  const WrittenSheet sheet = writeSheet("superficial", "anterior");
  const std::set<std::string> labelled = musclesNamedIn(sheet.labelled);
  ASSERT_GE(labelled.size(), 10u) << sheet.labelled;
  EXPECT_TRUE(musclesNamedIn(sheet.blank).empty()) << "the blank sheet gives no name away";
  // "12  ________" on the left, "________  12" on the right: one blank per muscle, numbered 1..N.
  const std::regex blank(R"((\d+)\s+_{8,}|_{8,}\s+(\d+))");
  std::set<int> numbers;
  for (auto it = std::sregex_iterator(sheet.blank.begin(), sheet.blank.end(), blank); it != std::sregex_iterator(); ++it)
    numbers.insert(std::stoi((*it)[1].matched ? (*it)[1].str() : (*it)[2].str()));
  EXPECT_EQ(numbers.size(), labelled.size());
  EXPECT_EQ(numbers.empty() ? 0 : *numbers.begin(), 1);
  EXPECT_EQ(numbers.empty() ? 0 : *numbers.rbegin(), int(labelled.size()));
  EXPECT_NE(sheet.key.find("Answer key"), std::string::npos);
  EXPECT_EQ(musclesNamedIn(sheet.key), labelled) << "the key names the muscles of the labelled sheet";
}

TEST(SheetCli, ADeeperLayerNamesOtherMuscles) {
  const WrittenSheet deep = writeSheet("deep", "posterior");
  const std::set<std::string> named = musclesNamedIn(deep.labelled);
  EXPECT_GE(named.size(), 5u) << deep.labelled;
  for (const std::string& id : named) EXPECT_EQ(sheetCards().findMuscle(id)->layer, myo::atlas::Layer::Deep) << id;
  EXPECT_EQ(named.count("trapezius"), 0u);
}

TEST(SheetCli, BadLayerViewOrFileIsRefusedWithExitCodeTwo) {
  const auto refused = [](const std::vector<std::string>& args, const std::string& mention) {
    const auto result = runMyoatlas(args);
    EXPECT_EQ(result.exitCode, 2) << result.err;
    EXPECT_TRUE(result.out.empty()) << result.out;
    EXPECT_NE(result.err.find(mention), std::string::npos) << "stderr lacks \"" << mention << "\": " << result.err;
  };
  const std::string pdf = sheetFile("refused.pdf").string();
  refused({"sheet", "--layer", "skin", "--view", "anterior", "-o", pdf}, "--layer");
  refused({"sheet", "--layer", "superficial", "--view", "superior", "-o", pdf}, "--view");
  refused({"sheet", "--layer", "superficial", "--view", "anterior"}, "--output");
  refused({"sheet", "--view", "anterior", "-o", pdf}, "--layer");
  refused({"sheet", "--layer", "deep", "--view", "left", "-o", "/nonexistent-folder/sheet.pdf"}, "/nonexistent-folder");
  refused({"sheet", "--layer", "deep", "--view", "left", "-o", sheetFile("sheet.txt").string()}, ".pdf");
  EXPECT_FALSE(fs::exists(pdf)) << "nothing is written on a refusal";
}

}  // namespace
