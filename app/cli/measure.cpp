// `myoatlas measure [--json]`: what the body measures — stature, segments, girths, breadths — and
// every muscle's volume beside its published target, for whoever edits the anatomy description.
#include <cmath>
#include <cstdio>
#include <iostream>
#include <memory>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "default_scene.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/body_measures.hpp"

namespace myo::cli {

namespace {

struct MeasureOptions {
  bool json = false;
  std::string model;
  std::string anatomy;
};

double rounded(double value, double unit) { return std::round(value / unit) * unit; }

nlohmann::ordered_json lengthsJson(const atlas::NamedLengths& lengths) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (const auto& [name, metres] : lengths)
    out[name] = metres > 0.0f ? nlohmann::ordered_json(rounded(metres, 0.001)) : nlohmann::ordered_json();
  return out;
}

std::string sourceOf(const atlas::VolumeTarget& target) {
  return target.estimate ? "estimate: " + target.note : target.citation;
}

void printJson(const atlas::BodyMeasures& m) {
  nlohmann::ordered_json muscles = nlohmann::ordered_json::array();
  for (const atlas::MuscleMeasure& muscle : m.muscles) {
    nlohmann::ordered_json row{
        {"id", muscle.id}, {"side", atlas::toString(muscle.side)}, {"volume_cm3", rounded(muscle.volumeCm3, 0.1)}};
    row["target_cm3"] = muscle.target ? nlohmann::ordered_json(muscle.target->cm3) : nlohmann::ordered_json();
    row["source"] = muscle.target ? nlohmann::ordered_json(sourceOf(*muscle.target)) : nlohmann::ordered_json();
    row["estimate"] = muscle.target && muscle.target->estimate;
    row["length_m"] = rounded(muscle.lengthM, 0.001);
    muscles.push_back(std::move(row));
  }
  nlohmann::ordered_json targets = nlohmann::ordered_json::object();
  for (const auto& [name, target] : m.targets)
    targets[name] = {{"target_m", rounded(target.metres, 0.001)}, {"source", target.citation}, {"note", target.note}};
  const nlohmann::ordered_json out{{"stature_m", rounded(m.statureM, 0.001)},
                                   {"segments_m", lengthsJson(m.segments)},
                                   {"girths_m", lengthsJson(m.girths)},
                                   {"breadths_m", lengthsJson(m.breadths)},
                                   {"targets_m", targets},
                                   {"muscles", muscles}};
  std::cout << out.dump(2) << "\n";
}

// The survey's figure beside a measure, and how far off the body is: "  target 0.355   +66%  Hingorjo MR, ...".
std::string besideTarget(const atlas::BodyMeasures& m, const std::string& name) {
  const auto target = m.targets.find(name);
  if (target == m.targets.end()) return {};
  char text[160];
  const std::optional<double> off = m.deviation(name);
  char percent[16] = "    -";
  if (off) std::snprintf(percent, sizeof percent, "%+4.0f%%", 100.0 * *off);
  std::snprintf(text, sizeof text, "  target %5.3f  %s  %.40s", static_cast<double>(target->second.metres), percent,
                target->second.citation.c_str());
  return text;
}

// `targets`: the measures whose survey figures go beside these lengths (the girths and breadths), or none.
void printLengths(const char* heading, const atlas::NamedLengths& lengths, const atlas::BodyMeasures* targets) {
  std::cout << heading << "\n";
  for (const auto& [name, metres] : lengths)
    if (metres > 0.0f)
      std::printf("  %-12s %6.3f m%s\n", name.c_str(), static_cast<double>(metres), targets ? besideTarget(*targets, name).c_str() : "");
    else
      std::printf("  %-12s      -  %s\n    (no tape round it alone: it touches the trunk or the other limb)\n", name.c_str(),
                  targets ? besideTarget(*targets, name).c_str() : "");
}

void printText(const atlas::BodyMeasures& m) {
  std::printf("stature %.3f m\n", static_cast<double>(m.statureM));
  printLengths("segments (between joint centres)", m.segments, nullptr);
  printLengths("girths (a tape round the skin)", m.girths, &m);
  printLengths("breadths (bony)", m.breadths, &m);
  std::printf("\nmuscles (one side)                  volume   target   off   length  source\n");
  for (const atlas::MuscleMeasure& muscle : m.muscles) {
    if (muscle.side == atlas::Side::Right) continue;  // the right side is the left's mirror image
    if (muscle.target)
      std::printf("  %-32s %7.1f  %7.1f  %+4.0f%%  %5.3f m  %s\n", muscle.id.c_str(), muscle.volumeCm3,
                  static_cast<double>(muscle.target->cm3), 100.0 * muscle.deviation(), static_cast<double>(muscle.lengthM),
                  muscle.target->estimate ? "estimate" : muscle.target->citation.substr(0, 40).c_str());
    else
      std::printf("  %-32s %7.1f        -     -   %5.3f m  no target\n", muscle.id.c_str(), muscle.volumeCm3,
                  static_cast<double>(muscle.lengthM));
  }
  std::cout << "\nvolumes in cm3; --json gives every figure with its full source.\n";
}

int runMeasure(const MeasureOptions& options) {
  const std::filesystem::path folder = options.anatomy.empty() ? atlas::defaultAnatomyFolder() : std::filesystem::path(options.anatomy);
  Result<atlas::AnatomyDescription> description = atlas::loadAnatomy(folder);
  if (!description) {
    std::cerr << "myoatlas measure: " << description.error().message << "\n";
    return exitCodeFor(description.error());
  }
  Result<Scene> scene = loadSceneOrDefault(options.model);
  if (!scene) {
    std::cerr << "myoatlas measure: " << scene.error().message << "\n";
    return exitCodeFor(scene.error());
  }
  const atlas::BodyMeasures measures = atlas::measureBody(*scene, *description);
  if (options.json)
    printJson(measures);
  else
    printText(measures);
  return kExitOk;
}

}  // namespace

void addMeasureCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<MeasureOptions>();
  CLI::App* command = app.add_subcommand(
      "measure", "What the body measures: stature, segment lengths, girths, breadths, and each muscle's volume and "
                 "length beside its published target volume.");
  command->add_flag("--json", options->json,
                    "Print one JSON document: {\"stature_m\", \"segments_m\", \"girths_m\", \"breadths_m\", \"targets_m\": "
                    "{name: {\"target_m\", \"source\", \"note\"}}, \"muscles\": "
                    "[{\"id\", \"side\", \"volume_cm3\", \"target_cm3\", \"source\", \"estimate\", \"length_m\"}]}");
  command->add_option("--model", options->model, "A body model file (default: the built-in body)");
  command->add_option("--anatomy", options->anatomy, "Folder of the anatomy description (default: assets/anatomy)");
  command->callback([&action, options] { action = [options] { return runMeasure(*options); }; });
}

}  // namespace myo::cli
