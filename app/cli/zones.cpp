// `myoatlas zones [ID] [--write] [--assets DIR]`: the drawn referral zones of a muscle (or of every
// muscle): whether each shape lies on the skin, its area, and the regions it covers; with --write,
// the card's region lists are rewritten from the drawing.
#include <cmath>
#include <iostream>
#include <map>
#include <memory>

#include "commands.hpp"
#include "knowledge_options.hpp"
#include "pain_input.hpp"
#include "terminal_text.hpp"
#include "myo/atlas/drawn_zone_file.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/pain_lookup.hpp"
#include "myo/atlas/zone_regions.hpp"

namespace myo::cli {

namespace {

struct ZonesOptions {
  std::string muscle;
  bool write = false;
  std::string assets;
};

// Prints a zone's shapes; returns its field (max over the shapes) and counts the problems.
std::vector<float> reportZone(const atlas::SkinMap& skin, const std::vector<atlas::DrawnShape>& shapes,
                              const char* zoneName, const std::vector<float>& area, int& problems) {
  std::vector<float> field(skin.mesh().vertexCount(), 0.0f);
  for (std::size_t s = 0; s < shapes.size(); ++s) {
    const atlas::PaintedShape painted = skin.paintOnBothSides(shapes[s]);
    double cm2 = 0.0;
    for (std::size_t v = 0; v < field.size(); ++v) {
      field[v] = std::max(field[v], painted.field[v]);
      cm2 += double(area[v]) * painted.field[v] * 1e4;
    }
    std::cout << "    " << zoneName << " " << s << " (" << (shapes[s].kind == atlas::ShapeKind::Area ? "area" : "stroke")
              << "): " << std::lround(cm2) << " cm²\n";
    for (const std::string& problem : painted.problems) std::cout << "      problem: " << terminalText(problem) << "\n";
    problems += int(painted.problems.size());
  }
  return field;
}

int runZones(const ZonesOptions& options) {
  std::optional<atlas::KnowledgeBaseReading> reading = openKnowledgeBase("zones", options.assets);
  if (!reading) return kExitBadInput;
  const atlas::KnowledgeBase& kb = reading->knowledgeBase;
  if (!options.muscle.empty() && kb.findMuscle(options.muscle) == nullptr) {
    std::cerr << "myoatlas zones: unknown muscle \"" << terminalText(options.muscle) << "\"\n";
    return kExitBadInput;
  }
  Result<atlas::AtlasScene> body = loadBodyWithSkin();
  if (!body) {
    std::cerr << "myoatlas zones: " << body.error().message << "\n";
    return exitCodeFor(body.error());
  }
  const atlas::SkinMap& skin = *body->skin;
  const atlas::RegionCover cover(skin);
  const std::vector<float> area = atlas::vertexAreas(skin.mesh());
  const atlas::KnowledgeFiles files = atlas::KnowledgeFiles::in(assetsDirOrDefault(options.assets));
  int problems = 0, undrawn = 0, stale = 0;
  for (const atlas::Muscle& muscle : kb.muscles()) {
    if (!options.muscle.empty() && muscle.id != options.muscle) continue;
    std::map<std::string, atlas::Referral> changed;
    for (const atlas::TriggerPoint& tp : muscle.triggerPoints) {
      const atlas::ZoneDrawing& drawing = tp.referral.drawing;
      if (drawing.empty()) {
        std::cout << tp.id << ": not drawn\n";
        ++undrawn;
        continue;
      }
      std::cout << tp.id << "\n";
      const int before = problems;
      const auto essential = reportZone(skin, drawing.essential, "essential", area, problems);
      const auto spillover = reportZone(skin, drawing.spillover, "spillover", area, problems);
      atlas::Referral computed = tp.referral;
      computed.essential = cover.regionsOf(essential);
      computed.spillover = cover.regionsOf(spillover);
      std::cout << "    essential regions: " << atlas::describeRegions(computed.essential) << "\n"
                << "    spillover regions: " << atlas::describeRegions(computed.spillover) << "\n";
      const bool same = atlas::sameRegions(computed.essential, tp.referral.essential) &&
                        atlas::sameRegions(computed.spillover, tp.referral.spillover);
      if (!same) {
        if (!options.write) {
          std::cout << "    the card's region lists differ: `myoatlas zones " << muscle.id << " --write` rewrites them\n";
          ++stale;
        }
        if (problems == before && !computed.essential.empty()) changed.emplace(tp.id, computed);
      }
    }
    if (options.write && !changed.empty()) {
      if (Status saved = atlas::saveReferrals(files.muscleFile(muscle.id), changed); !saved) {
        std::cerr << "myoatlas zones: " << saved.error().message << "\n";
        return exitCodeFor(saved.error());
      }
      std::cout << "  wrote " << changed.size() << " region list(s) into " << files.muscleFile(muscle.id).string() << "\n";
    }
  }
  std::cout << "\n" << problems << " problem(s), " << undrawn << " trigger point(s) not drawn";
  if (!options.write) std::cout << ", " << stale << " with region lists to rewrite";
  std::cout << "\n";
  return problems > 0 ? kExitBadInput : kExitOk;
}

}  // namespace

void addZonesCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<ZonesOptions>();
  CLI::App* command = app.add_subcommand(
      "zones", "Check the drawn referral zones of a muscle (or all): on the skin, their area, the regions they cover.");
  command->add_option("muscle", options->muscle, "A muscle id; all muscles when left out");
  command->add_flag("--write", options->write,
                    "Rewrite each card's essential and spillover region lists from its drawing");
  addAssetsOption(*command, options->assets);
  command->footer("The format is in docs/knowledge-base.md, \"Drawn zones\". Exit status: 0 every shape is on the "
                  "skin, 2 a shape is not (or an unknown muscle), 1 the body could not be loaded.");
  command->callback([&action, options] { action = [options] { return runZones(*options); }; });
}

}  // namespace myo::cli
