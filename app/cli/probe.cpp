// `myoatlas probe --at LANDMARK[.left|.right]|X,Y,Z [--json]`: what the fingers meet pressing into
// the body at a point of the skin, in order, with the depths (atlas::probeToward).
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "pain_input.hpp"
#include "terminal_text.hpp"
#include "myo/atlas/did_you_mean.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/tissue_probe.hpp"

namespace myo::cli {

namespace {

struct ProbeOptions {
  std::string at;
  bool json = false;
};

int probeFailed(const Error& error) {
  std::cerr << "myoatlas probe: " << error.message << "\n";
  return exitCodeFor(error);
}

// "1.2,0.05,-0.3" → a point, or nullopt when it is not three numbers.
std::optional<glm::vec3> parsePoint(const std::string& text) {
  glm::vec3 point;
  char tail = 0;
  if (std::sscanf(text.c_str(), "%f,%f,%f%c", &point.x, &point.y, &point.z, &tail) != 3) return std::nullopt;
  if (!std::isfinite(point.x) || !std::isfinite(point.y) || !std::isfinite(point.z)) return std::nullopt;
  return point;
}

Result<glm::vec3> targetOf(const std::string& at, const atlas::RegionPatches& patches) {
  if (std::optional<glm::vec3> point = parsePoint(at)) {
    if (glm::length(*point) > 3.0f) return Error{"--at " + at + ": a point of the body, in metres (x to the left, y up, z forward)"};
    return *point;
  }
  std::string name = at;
  std::optional<atlas::Side> side;
  if (const std::size_t dot = at.rfind('.'); dot != std::string::npos) {
    side = atlas::parseSide(std::string_view(at).substr(dot + 1));
    if (!side) return Error{"--at " + at + ": the side after the dot must be left or right"};
    name = at.substr(0, dot);
  }
  const auto found = patches.landmarks().find(name);
  if (found == patches.landmarks().end()) {
    std::vector<std::string> names;
    for (const auto& [known, position] : patches.landmarks()) names.push_back(known);
    return Error{"--at: unknown landmark '" + name + "'" + atlas::didYouMean(atlas::nearestNames(names, name)) +
                 " (the landmarks of assets/anatomy/landmarks.json, or a point X,Y,Z in metres)"};
  }
  glm::vec3 point = found->second;
  if (side == atlas::Side::Right) point.x = -point.x;  // the landmarks are kept on the left side
  return point;
}

std::string millimetres(double value) {
  char text[16];
  std::snprintf(text, sizeof text, "%.0f", value);
  return text;
}

int runProbe(const ProbeOptions& options) {
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return probeFailed(kb.error());
  Result<atlas::AtlasScene> body = loadBodyWithSkin();
  if (!body) return probeFailed(body.error());
  Result<glm::vec3> target = targetOf(options.at, body->skin->patches());
  if (!target) return probeFailed(target.error());
  const std::optional<atlas::ProbeResult> probe = atlas::probeToward(*body, *target);
  if (!probe) return probeFailed(Error{"the built-in body has no skin to press on", ErrorKind::Failure});
  if (options.json) {
    nlohmann::ordered_json layers = nlohmann::ordered_json::array();
    for (const atlas::ProbeLayer& layer : probe->layers) {
      const atlas::StructureInfo& s = layer.structure;
      layers.push_back({{"id", s.id},
                        {"kind", s.kind == atlas::StructureKind::Skin ? "skin" : s.kind == atlas::StructureKind::Bone ? "bone" : "muscle"},
                        {"name", atlas::probeLayerName(layer, &*kb)},
                        {"side", s.side ? nlohmann::ordered_json(atlas::toString(*s.side)) : nlohmann::ordered_json()},
                        {"member", s.member},
                        {"from_mm", std::round(layer.fromMm * 10.0) / 10.0},
                        {"to_mm", std::round(layer.toMm * 10.0) / 10.0}});
    }
    const glm::vec3& p = probe->skinPoint;
    const glm::vec3& d = probe->direction;
    std::cout << nlohmann::ordered_json{{"at", options.at},
                                        {"skin_point", {p.x, p.y, p.z}},
                                        {"direction", {d.x, d.y, d.z}},
                                        {"reaches_bone", probe->reachesBone},
                                        {"layers", layers}}
                     .dump(2)
              << "\n";
    return kExitOk;
  }
  std::ostringstream text;
  text << "Pressing in at " << options.at << ", what the fingers meet:\n";
  for (const atlas::ProbeLayer& layer : probe->layers) {
    const std::string depth = layer.structure.kind == atlas::StructureKind::Bone
                                  ? millimetres(layer.fromMm) + " mm"
                                  : millimetres(layer.fromMm) + "–" + millimetres(layer.toMm) + " mm";
    std::string side = layer.structure.side && layer.structure.kind != atlas::StructureKind::Skin
                           ? ", " + std::string(atlas::toString(*layer.structure.side))
                           : "";
    char line[160];
    std::snprintf(line, sizeof line, "  %-12s %s%s\n", depth.c_str(), atlas::probeLayerName(layer, &*kb).c_str(), side.c_str());
    text << line;
  }
  if (!probe->reachesBone) text << "  (no bone within " << int(atlas::kProbeMaxDepth * 100) << " cm)\n";
  text << "Depths are of the body at rest, from the skin's surface.\n";
  std::cout << terminalText(text.str());
  return kExitOk;
}

}  // namespace

void addProbeCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<ProbeOptions>();
  CLI::App* command = app.add_subcommand(
      "probe", "What the fingers meet pressing into the body at a point: skin and fat, each muscle with its depths, "
               "down to the bone.");
  command->add_option("--at", options->at,
                      "Where to press: a landmark of assets/anatomy/landmarks.json (scapula_superior_angle, with .right "
                      "for the right side; left by default), or a point X,Y,Z in metres; the fingers press from the "
                      "nearest skin toward it")
      ->required()
      ->type_name("LANDMARK|X,Y,Z");
  command->add_flag("--json", options->json,
                    "Print one JSON document: {\"at\", \"skin_point\", \"direction\", \"reaches_bone\", \"layers\": [{\"id\", "
                    "\"kind\", \"name\", \"side\", \"member\", \"from_mm\", \"to_mm\"}]}");
  command->footer("Exit status: 0 listed, 2 an unknown landmark or a bad point, 1 the body could not be loaded.");
  command->callback([&action, options] { action = [options] { return runProbe(*options); }; });
}

}  // namespace myo::cli
