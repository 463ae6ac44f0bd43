// `myoatlas regions [--json]`: the body-region vocabulary, the places a person can say "it hurts here".
#include <algorithm>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "knowledge_options.hpp"
#include "text_layout.hpp"

namespace myo::cli {

namespace {

struct RegionsOptions {
  bool json = false;
  std::string assets;
};

void printJson(const atlas::RegionVocabulary& regions) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const atlas::Region& region : regions.all())
    list.push_back({{"id", region.id}, {"name", region.name}, {"side", atlas::toString(region.side)}});
  std::cout << list.dump(2) << "\n";
}

void printText(const atlas::RegionVocabulary& regions) {
  std::size_t idWidth = 0;
  std::size_t nameWidth = 0;
  for (const atlas::Region& region : regions.all()) {
    idWidth = std::max(idWidth, region.id.size());
    nameWidth = std::max(nameWidth, region.name.size());
  }
  for (const auto& group : namesOf<atlas::RegionGroup>()) {
    std::cout << "\n" << readableName(group.name) << "\n";
    for (const atlas::Region& region : regions.all()) {
      if (region.group != group.value) continue;
      std::cout << "  " << region.id << std::string(idWidth + 2 - region.id.size(), ' ') << region.name
                << std::string(nameWidth + 2 - region.name.size(), ' ') << region.description << "\n";
    }
  }
  std::cout << "\n" << regions.size() << " regions. Referral zones in muscle files name them without the left_/right_ prefix.\n";
}

int runRegions(const RegionsOptions& options) {
  std::optional<atlas::KnowledgeBaseReading> reading = openKnowledgeBase("regions", options.assets);
  if (!reading) return kExitBadInput;
  if (options.json)
    printJson(reading->knowledgeBase.regions());
  else
    printText(reading->knowledgeBase.regions());
  return kExitOk;
}

}  // namespace

void addRegionsCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<RegionsOptions>();
  CLI::App* command = app.add_subcommand("regions", "List the body regions: where on the body a person can say it hurts.");
  command->add_flag("--json", options->json,
                    "Print one JSON list on stdout: [{\"id\", \"name\", \"side\"}], side being left, right or midline");
  addAssetsOption(*command, options->assets);
  command->callback([&action, options] { action = [options] { return runRegions(*options); }; });
}

}  // namespace myo::cli
