// `myoatlas chart ID[/tpN] [--side left|right] [--colormap M] -o FILE.pdf|FILE.png`: the referral
// chart of a muscle's trigger points, or of one, as the Trigger Point Manual draws it.
#include <algorithm>
#include <cmath>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "enum_option.hpp"
#include "pain_input.hpp"
#include "myo/atlas/chart_page.hpp"
#include "myo/atlas/chart_views.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/trigger_point_placement.hpp"
#include "myo/atlas/trigger_point_ref.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/file_writing.hpp"
#include "myo/engine/snapshot.hpp"

namespace myo::cli {

namespace {

struct ChartOptions {
  std::string spec;
  atlas::Side side = atlas::Side::Left;
  std::string colormap = "clinical";
  std::string output;
};

// The X at the trigger point, bold enough to find on the printed page at arm's length.
constexpr float kChartCrossScale = 3.0f;

int fail(const Error& error) {
  std::cerr << "myoatlas chart: " << error.message << "\n";
  return exitCodeFor(error);
}

glm::vec3 toSrgb(const glm::vec3& linear) { return glm::pow(linear, glm::vec3(1.0f / 2.2f)); }

std::string sourceOf(const atlas::KnowledgeBase& kb, const atlas::Muscle& muscle) {
  for (const atlas::SourceCitation& source : muscle.sources) {
    if (std::find(source.covers.begin(), source.covers.end(), atlas::RecordPart::Referral) == source.covers.end()) continue;
    const atlas::Reference* reference = kb.findReference(source.ref);
    if (reference == nullptr) continue;
    return "Pattern after " + atlas::citationText(*reference) +
           (source.chapter.empty() ? "" : ", chapter " + source.chapter) + ". Drawn for MyoAtlas.";
  }
  return "";
}

int runChart(const ChartOptions& options) {
  const std::filesystem::path output(options.output);
  const std::string extension = output.extension().string();
  if (extension != ".pdf" && extension != ".png") return fail(Error{"-o must name a .pdf or a .png file"});
  if (Status writable = checkReplaceable(output); !writable) return fail(writable.error());
  const std::optional<Colormap> colormap = parseColormap(options.colormap);
  if (!colormap) return fail(Error{"--colormap " + options.colormap + ": must be " + enumChoices<Colormap>(" or ")});
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return fail(kb.error());
  Result<std::vector<atlas::TriggerPointOnSide>> points =
      atlas::resolveTriggerPoints(*kb, options.spec, atlas::showing(options.side));
  if (!points) return fail(points.error());
  const atlas::Muscle& muscle = *kb->findMuscle(atlas::parseTriggerPointRef(options.spec)->muscle);

  Result<atlas::AtlasScene> body = loadBodyWithSkin();
  if (!body) return fail(body.error());
  atlas::AtlasView view;
  view.patterns = *points;
  view.markers = true;
  view.crossScale = kChartCrossScale;
  view.display.layers[static_cast<int>(atlas::Layer::Skin)] = {true, 1.0f};
  std::vector<glm::vec3> markers;
  for (const atlas::TriggerPointOnSide& tp : *points)
    if (auto placed = atlas::placeTriggerPoint(body->scene, body->index, muscle, *tp.point, tp.side, &body->skin->surface()))
      markers.push_back(placed->position);
  const std::vector<glm::vec2> heat = atlas::skinHeat(*body, view);
  const std::vector<atlas::ChartView> plan = atlas::planChartViews(*body->skin, heat, markers);

  Result<std::unique_ptr<Context>> context = createContext({.kind = ContextKind::Headless});
  if (!context) return fail(context.error());
  atlas::AtlasView withoutX = view;
  withoutX.markers = false;
  const SceneLook look = atlas::sceneLook(*body, &*kb, view);
  const SceneLook lookWithoutX = atlas::sceneLook(*body, &*kb, withoutX);
  Result<SnapshotRenderer> snapshots = SnapshotRenderer::create(body->scene);
  if (!snapshots) return fail(snapshots.error());
  atlas::ChartPage page;
  page.title = muscle.names.common;
  for (const atlas::ChartView& v : plan) {
    SnapshotRequest request{.view = v.preset, .width = 640, .height = 900, .samples = 4, .orbitPitch = v.pitch};
    request.settings.background = {1.0f, 1.0f, 1.0f, 1.0f};
    request.settings.colormap = *colormap;
    request.frame = v.frame;
    Result<Image> picture = snapshots->render(request, v.showsTriggerPoints ? look : lookWithoutX);
    if (!picture) return fail(picture.error());
    page.views.push_back({std::move(*picture), v.caption});
  }
  page.subtitle = (points->size() == 1 ? points->front().point->name : std::to_string(points->size()) + " trigger points") +
                  " - " + std::string(atlas::toString(options.side)) + " side";
  for (std::size_t i = 0; i < points->size(); ++i) {
    const atlas::TriggerPoint& tp = *(*points)[i].point;
    page.patterns.push_back((points->size() > 1 ? tp.name + ": " : std::string()) + tp.referral.description);
  }
  page.source = sourceOf(*kb, muscle);
  page.essentialColour = toSrgb(sampleColormap(*colormap, 1.0f));
  page.spilloverColour = toSrgb(sampleColormap(*colormap, 0.65f));
  if (Status written = atlas::writeChart(page, output); !written) return fail(written.error());
  std::cout << "Wrote " << output.string() << " (" << plan.size() << " view" << (plan.size() == 1 ? "" : "s") << ")\n";
  return kExitOk;
}

}  // namespace

void addChartCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<ChartOptions>();
  CLI::App* command = app.add_subcommand(
      "chart", "Draw the referral chart of a muscle or one trigger point: the pattern from the views that show it.");
  command->add_option("trigger_points", options->spec, "A muscle id (all its trigger points) or one: trapezius/tp1")
      ->required();
  addEnumOption(*command, "--side", options->side, "The side of the trigger point");
  command->add_option("--colormap", options->colormap, enumChoices<Colormap>(" or ") + " (colour-blind safe)")
      ->capture_default_str();
  command->add_option("-o,--output", options->output, "The chart: FILE.pdf (A4 landscape) or FILE.png (150 dpi)")
      ->required();
  command->footer("Exit status: 0 written, 2 an unknown muscle or trigger point or a bad file name, 1 the body or "
                  "the knowledge base could not be loaded.");
  command->callback([&action, options] { action = [options] { return runChart(*options); }; });
}

}  // namespace myo::cli
