// `myoatlas inspect FILE [--json]`: load any model file the way the viewer would and describe it:
// format, counts, bounding box, node names, warnings and load time. A file that cannot be loaded
// gives one line on stderr and exit code 2.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "terminal_text.hpp"
#include "myo/engine/model_loader.hpp"

namespace myo::cli {

namespace {

struct InspectOptions {
  std::string file;
  bool json = false;
};

std::string oneLine(std::string text) {
  std::replace(text.begin(), text.end(), '\n', ' ');
  return text;
}

std::vector<std::string> nodeNames(const Scene& scene) {
  std::vector<std::string> names;
  for (const Node& node : scene.nodes)
    if (!node.name.empty()) names.push_back(node.name);
  return names;
}

std::string formatNumber(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4g", value);
  return text;
}

std::string formatPoint(const glm::vec3& p) {
  return "(" + formatNumber(p.x) + ", " + formatNumber(p.y) + ", " + formatNumber(p.z) + ")";
}

void printJson(const Scene& scene, double loadMs) {
  const Bounds bounds = scene.bounds();
  const glm::vec3 min = bounds.empty() ? glm::vec3(0.0f) : bounds.min;
  const glm::vec3 max = bounds.empty() ? glm::vec3(0.0f) : bounds.max;
  const nlohmann::json document = {
      {"format", scene.format},
      {"nodes", scene.nodes.size()},
      {"meshes", scene.parts.size()},
      {"vertices", scene.vertexCount()},
      {"triangles", scene.triangleCount()},
      {"materials", scene.materials.size()},
      {"bounds", {{"min", {min.x, min.y, min.z}}, {"max", {max.x, max.y, max.z}}}},
      {"names", nodeNames(scene)},
      {"warnings", scene.warnings},
      {"load_ms", loadMs},
  };
  // Names come from the file: replace invalid UTF-8 rather than fail.
  std::cout << document.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

void printText(std::ostream& out, const std::string& file, const Scene& scene, double loadMs) {
  const Bounds bounds = scene.bounds();
  out << file << "\n";
  out << "  format     " << scene.format << "\n";
  out << "  nodes      " << scene.nodes.size() << "\n";
  out << "  meshes     " << scene.parts.size() << "\n";
  out << "  vertices   " << scene.vertexCount() << "\n";
  out << "  triangles  " << scene.triangleCount() << "\n";
  out << "  materials  " << scene.materials.size() << " (" << scene.textures.size()
            << (scene.textures.size() == 1 ? " texture)\n" : " textures)\n");
  if (bounds.empty()) {
    out << "  bounds     none (nothing to draw)\n";
  } else {
    const glm::vec3 size = bounds.size();
    out << "  bounds     " << formatPoint(bounds.min) << " to " << formatPoint(bounds.max) << ", size "
              << formatNumber(size.x) << " x " << formatNumber(size.y) << " x " << formatNumber(size.z) << "\n";
  }
  const std::vector<std::string> names = nodeNames(scene);
  constexpr std::size_t kShownNames = 12;
  out << "  names      ";
  if (names.empty()) out << "none";
  for (std::size_t i = 0; i < std::min(names.size(), kShownNames); ++i) out << (i ? ", " : "") << oneLine(names[i]);
  if (names.size() > kShownNames) out << " and " << names.size() - kShownNames << " more";
  out << "\n";
  out << "  load time  " << formatNumber(loadMs) << " ms\n";
  if (scene.warnings.empty()) out << "  warnings   none\n";
  for (const std::string& warning : scene.warnings) out << "  warning    " << oneLine(warning) << "\n";
}

int runInspect(const InspectOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  Result<Scene> scene = loadModel(options.file);
  const double loadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!scene) {
    std::cerr << "myoatlas inspect: " << terminalText(oneLine(scene.error().message)) << "\n";
    return exitCodeFor(scene.error());
  }
  if (options.json)
    printJson(*scene, loadMs);
  else {
    // Node names come from the file: an escape sequence in one must not reach the terminal raw.
    std::ostringstream text;
    printText(text, options.file, *scene, loadMs);
    std::cout << terminalText(text.str());
  }
  return kExitOk;
}

}  // namespace

void addInspectCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<InspectOptions>();
  CLI::App* command = app.add_subcommand(
      "inspect",
      "Load a model file and describe it: format, nodes, meshes (drawable parts), vertices, triangles, "
      "materials, bounding box, node names, warnings and load time.");
  command->add_option("FILE", options->file,
                      "Model file: glTF (.gltf, .glb) or any format Assimp reads (.obj, .fbx, .stl, .ply, .dae, .3ds ...)")
      ->required();
  command->add_flag("--json", options->json, "Print one JSON document instead of text");
  command->callback([&action, options] { action = [options] { return runInspect(*options); }; });
}

}  // namespace myo::cli
