// `myoatlas muscles [--json]`: the muscles of the knowledge base.
#include <algorithm>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "knowledge_options.hpp"
#include "text_layout.hpp"

namespace myo::cli {

namespace {

struct MusclesOptions {
  bool json = false;
  std::string assets;
};

void printJson(const atlas::KnowledgeBase& knowledgeBase) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const atlas::Muscle& muscle : knowledgeBase.muscles())
    list.push_back({{"id", muscle.id},
                    {"name", muscle.names.common},
                    {"region", atlas::toString(muscle.region)},
                    {"layer", atlas::toString(muscle.layer)}});
  std::cout << list.dump(2) << "\n";
}

// Grouped by body part, as a student meets them, with aligned columns.
void printText(const atlas::KnowledgeBase& knowledgeBase) {
  std::size_t idWidth = 0;
  for (const atlas::Muscle& muscle : knowledgeBase.muscles()) idWidth = std::max(idWidth, muscle.id.size());
  for (const auto& part : namesOf<atlas::BodyPart>()) {
    bool headed = false;
    for (const atlas::Muscle& muscle : knowledgeBase.muscles()) {
      if (muscle.region != part.value) continue;
      if (!headed) {
        std::cout << "\n" << readableName(part.name) << "\n";
        headed = true;
      }
      std::cout << "  " << muscle.id << std::string(idWidth + 2 - muscle.id.size(), ' ') << muscle.names.common
                << "  (" << atlas::toString(muscle.layer) << ")\n";
    }
  }
  std::cout << "\n" << knowledgeBase.muscles().size() << " muscles. `myoatlas show ID` prints a muscle's card.\n";
}

int runMuscles(const MusclesOptions& options) {
  std::optional<atlas::KnowledgeBaseReading> reading = openKnowledgeBase("muscles", options.assets);
  if (!reading) return kExitBadInput;
  if (options.json)
    printJson(reading->knowledgeBase);
  else
    printText(reading->knowledgeBase);
  return kExitOk;
}

}  // namespace

void addMusclesCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<MusclesOptions>();
  CLI::App* command = app.add_subcommand("muscles", "List the muscles of the knowledge base.");
  command->add_flag("--json", options->json,
                    "Print one JSON list on stdout: [{\"id\", \"name\", \"region\", \"layer\"}], sorted by id");
  addAssetsOption(*command, options->assets);
  command->callback([&action, options] { action = [options] { return runMuscles(*options); }; });
}

}  // namespace myo::cli
