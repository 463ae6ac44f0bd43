// `myoatlas bake [-o FILE.glb]`: builds the body model from the anatomy description and writes
// it as binary glTF. Deterministic: the same description always gives the same bytes.
#include <chrono>
#include <cstdio>
#include <iostream>
#include <string>

#include "commands.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/baked_body.hpp"
#include "myo/atlas/body_glb.hpp"
#include "myo/atlas/body_model.hpp"
#include "myo/engine/file_writing.hpp"

namespace myo::cli {

namespace {

struct BakeOptions {
  std::string output = "body.glb";
  std::string anatomy;
  bool quiet = false;
};

int runBake(const BakeOptions& options) {
  const auto start = std::chrono::steady_clock::now();
  // Building takes seconds: refuse an output that cannot be written first.
  if (Status writable = checkReplaceable(options.output); !writable) {
    std::cerr << "myoatlas bake: " << writable.error().message << "\n";
    return exitCodeFor(writable.error());
  }
  const std::filesystem::path folder = options.anatomy.empty() ? atlas::defaultAnatomyFolder() : std::filesystem::path(options.anatomy);
  Result<atlas::AnatomyDescription> description = atlas::loadAnatomy(folder);
  if (!description) {
    std::cerr << "myoatlas bake: " << description.error().message << "\n";
    return exitCodeFor(description.error());
  }
  Result<atlas::BodyModel> body = atlas::buildBodyModel(*description);
  if (!body) {
    std::cerr << "myoatlas bake: " << body.error().message << "\n";
    return exitCodeFor(body.error());
  }
  if (Status written = atlas::writeGlb(atlas::encodeGlb(*body, atlas::bakeKey(folder)), options.output); !written) {
    std::cerr << "myoatlas bake: " << written.error().message << "\n";
    return exitCodeFor(written.error());
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!options.quiet) {
    char time[32];
    std::snprintf(time, sizeof time, "%.2f", seconds);
    std::cout << "wrote " << options.output << " (" << body->structures.size() << " structures, "
              << body->triangleCount() << " triangles) in " << time << " s\n";
  }
  return kExitOk;
}

}  // namespace

void addBakeCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<BakeOptions>();
  CLI::App* command = app.add_subcommand("bake", "Build the body model (skeleton, muscles, skin) from the anatomy "
                                                 "description and write it as binary glTF.");
  command->add_option("-o,--output", options->output, "glTF binary file to write (replaced atomically)")
      ->type_name("FILE.glb")->capture_default_str();
  command->add_option("--anatomy", options->anatomy, "Folder of the anatomy description (default: assets/anatomy)")
      ->type_name("DIR");
  command->add_flag("--quiet", options->quiet, "Print nothing on success");
  command->callback([&action, options] { action = [options] { return runBake(*options); }; });
}

}  // namespace myo::cli
