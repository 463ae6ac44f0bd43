// `myoatlas render`: a picture of the body (or any model), drawn headless, written to a PNG.
#include <array>
#include <cmath>
#include <cstdlib>
#include <iostream>
#include <sstream>
#include <string>

#include "commands.hpp"
#include "enum_option.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/tour.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/file_writing.hpp"
#include "render_setup.hpp"
#include "render_tour.hpp"

namespace myo::cli {

namespace {

// How --side lists the sides: one side before both, as its help always has (a tour lists "both"
// first: enumNames(SideFilter)).
constexpr EnumTable<atlas::SideFilter, 3> kSideOptions{{
    {atlas::SideFilter::Left, "left"},
    {atlas::SideFilter::Right, "right"},
    {atlas::SideFilter::Both, "both"},
}};

struct RenderOptions {
  std::string model;
  std::string output;
  std::string tour;
  std::string view = "anterior";
  int width = 1280;
  int height = 720;
  bool headless = false;
  bool captions = false;
  std::vector<std::string> select;
  std::vector<std::string> heatmap;
  std::vector<std::string> regions;
  std::vector<std::string> layers;
  std::string peel;
  bool xray = false;
  bool markers = false;
  bool isolate = false;
  bool framePainted = false;
  bool labels = false;
  double yawDegrees = 0.0;
  double pitchDegrees = 0.0;
  atlas::SideFilter side = atlas::SideFilter::Both;
  std::string colormap = "clinical";
};

std::vector<std::string> splitList(const std::vector<std::string>& values) {
  std::vector<std::string> out;
  for (const std::string& value : values) {
    std::stringstream in(value);
    std::string item;
    while (std::getline(in, item, ','))
      if (!item.empty()) out.push_back(item);
  }
  return out;
}

// `--region ""` or `--select a,,b` names nothing: said rather than drawn as if the option were absent
// (lookup refuses an empty region the same way).
Status noEmptyItem(const char* option, const std::vector<std::string>& values) {
  for (const std::string& value : values) {
    std::stringstream in(value);
    std::string item;
    bool any = false;
    while (std::getline(in, item, ',')) {
      any = true;
      if (item.empty()) return Error{std::string(option) + " '" + value + "': an empty id in the list"};
    }
    if (!any || value.back() == ',') return Error{std::string(option) + " '" + value + "': an empty id in the list"};
  }
  return {};
}

// CLI11's Range lets NaN through (every comparison with NaN is false): a camera angle of NaN
// drew a blank picture. Checked before the range.
const CLI::Validator kFiniteNumber(
    [](std::string& text) {
      char* end = nullptr;
      const double value = std::strtod(text.c_str(), &end);
      if (end == text.c_str() || !std::isfinite(value)) return std::string("must be a finite number, not '" + text + "'");
      return std::string();
    },
    "NUMBER");

int fail(const Error& error) {
  std::cerr << "myoatlas render: " << error.message << "\n";
  return exitCodeFor(error);
}

// The picture the options ask for, as a tour step: `render` and the tours draw through the same
// stageStep, so a slide and the picture of the same options cannot differ.
Result<atlas::TourStep> stepFromOptions(const RenderOptions& options) {
  atlas::TourStep step;
  for (const auto& [option, values] : {std::pair{"--select", &options.select}, std::pair{"--heatmap", &options.heatmap},
                                       std::pair{"--region", &options.regions}, std::pair{"--layers", &options.layers}})
    if (Status ok = noEmptyItem(option, *values); !ok) return ok.error();
  const std::optional<ViewPreset> view = parseViewPreset(options.view);
  if (!view) return Error{"unknown view '" + options.view + "'"};
  step.camera.view = *view;
  step.camera.yawDegrees = float(options.yawDegrees);
  step.camera.pitchDegrees = float(options.pitchDegrees);
  const std::vector<std::string> selections = splitList(options.select);
  // Isolating a structure is asking to see it: frame it rather than the whole body.
  if (options.framePainted)
    step.camera.framing = atlas::TourFraming::Painted;
  else if (options.isolate && !selections.empty())
    step.camera.framing = atlas::TourFraming::Selection;
  step.side = options.side;
  step.xray = options.xray;
  step.isolate = options.isolate;
  step.markers = options.markers;
  for (const std::string& text : selections) {
    const std::optional<atlas::StructureRef> ref = atlas::parseStructureRef(text);
    if (!ref) return Error{"--select " + text + ": the side after the dot must be left or right"};
    step.selection.push_back(*ref);
  }
  for (const std::string& spec : splitList(options.heatmap)) step.patterns.push_back({spec, atlas::SideFilter::Both});
  step.regions = splitList(options.regions);
  // Labels name the selection when there is one, else every muscle the picture shows.
  if (options.labels) {
    step.labels.muscles = step.selection;
    step.labels.every = step.labels.muscles.empty();
  }
  const std::vector<std::string> layers = splitList(options.layers);
  if (!layers.empty()) {
    std::array<bool, 5> shown{};
    for (const std::string& name : layers) {
      const std::optional<atlas::Layer> layer = atlas::parseLayer(name);
      if (!layer) return Error{"--layers: unknown layer '" + name + "'; use skin, superficial, intermediate, deep, bone"};
      shown[static_cast<int>(*layer)] = true;
    }
    step.layers = shown;
  }
  if (!options.peel.empty()) {
    step.peel = atlas::parseLayer(options.peel);
    if (!step.peel) return Error{"--peel: unknown layer '" + options.peel + "'"};
  }
  return step;
}

int renderPicture(const RenderOptions& options) {
  // Refuse an output that cannot be written before the user waits for the picture.
  if (Status writable = checkReplaceable(options.output); !writable) return fail(writable.error());
  Result<atlas::TourStep> step = stepFromOptions(options);
  if (!step) return fail(step.error());
  // The knowledge base and the skin's map only when the picture needs them: a plain picture
  // starts faster without. The anatomy description and region patches are files people edit: a
  // mistake there is bad input.
  const bool needsKnowledge = !step->patterns.empty() || !step->selection.empty() || step->markers || step->labels.any();
  const bool paintsSkin = !step->patterns.empty() || !step->regions.empty() || step->markers ||
                          step->camera.framing == atlas::TourFraming::Painted;
  Result<atlas::AtlasScene> atlasScene =
      loadRenderScene(options.model, paintsSkin ? atlas::SkinMapping::Build : atlas::SkinMapping::Skip);
  if (!atlasScene) return fail(atlasScene.error());
  if (step->labels.any() && !atlasScene->index.isBody())
    return fail(Error{"--labels names the muscles of the built-in body; " + options.model +
                      " has no muscles the atlas knows (its nodes carry no body-model metadata)"});
  atlas::KnowledgeBase kb;
  if (needsKnowledge) {
    Result<atlas::KnowledgeBase> loaded = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
    if (!loaded) return fail(loaded.error());
    kb = std::move(*loaded);
  }
  const PictureSize size{options.width, options.height};
  Result<atlas::StagedStep> staged = atlas::stageStep(*step, kb, *atlasScene, size.aspect(), atlas::StepWording::RenderOptions);
  if (!staged) return fail(staged.error());

  Result<std::unique_ptr<Context>> context =
      createContext({.kind = options.headless ? ContextKind::Headless : ContextKind::Auto});
  if (!context) return fail(context.error());
  const Colormap colormap = parseColormap(options.colormap).value_or(Colormap::Clinical);
  Result<SnapshotRenderer> snapshots = SnapshotRenderer::create(atlasScene->scene);
  if (!snapshots) return fail(snapshots.error());
  Result<Image> image = drawStagedStep(*snapshots, *atlasScene, needsKnowledge ? &kb : nullptr, *staged, size, colormap,
                                       atlas::labelFontPixels(size.height));
  if (!image) return fail(image.error());
  if (Status written = writePng(*image, options.output); !written) return fail(written.error());
  std::cout << "wrote " << options.output << " (" << options.width << "x" << options.height << ", " << options.view << ")\n";
  return kExitOk;
}

int runRender(const RenderOptions& options) {
  if (options.captions && options.tour.empty())
    return fail(Error{"--captions puts a tour step's words on its slide: it goes with --tour FILE"});
  if (!options.tour.empty())
    return renderTourSlides({.tour = options.tour,
                             .outputDir = options.output,
                             .model = options.model,
                             .size = {options.width, options.height},
                             .colormap = parseColormap(options.colormap).value_or(Colormap::Clinical),
                             .headless = options.headless,
                             .captions = options.captions});
  return renderPicture(options);
}

}  // namespace

void addRenderCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand(
      "render", "Render a picture headless (no window or display needed) to a PNG file, or a tour to one PNG a step.");
  command->add_option("-o,--output", o->output,
                      "PNG file to write (replaced atomically); with --tour, the folder for the slides (created if missing)")
      ->required()
      ->type_name("OUT.png|DIR");
  CLI::Option* tour = command->add_option("--tour", o->tour,
                                          "Render every step of a tour file (docs/tours.md) to DIR/01-<title>.png, "
                                          "02-...; the steps say what to show, so only --width, --height, --colormap, "
                                          "--model and --captions go with it")
                          ->type_name("FILE");
  command->add_flag("--captions", o->captions,
                    "With --tour: each slide carries its step's words, the tour's title, \"3 / 8\", the step's title and "
                    "caption, in a dark column on the right of a wide slide (a band below on a squarer one); the "
                    "picture is framed for the rest of the slide");
  command->add_option("--model", o->model,
                      "Model file to draw: glTF (.gltf, .glb) or any format Assimp reads "
                      "(.obj, .fbx, .stl, .ply, .dae, .3ds ...); default: the built-in body")
      ->type_name("FILE");
  command->add_option("--view", o->view, "Where the camera looks from: " + enumChoices<ViewPreset>(" or "))
      ->check(oneOf<ViewPreset>())
      ->capture_default_str();
  command->add_option("--width", o->width, "Image width in pixels")->check(CLI::Range(16, 8192))->capture_default_str();
  command->add_option("--height", o->height, "Image height in pixels")->check(CLI::Range(16, 8192))->capture_default_str();
  command->add_option("--select", o->select, "Select structures, outlined and tinted: ID or ID.left / ID.right, comma-separated")
      ->type_name("ID[.side],...");
  command->add_option("--heatmap", o->heatmap,
                      "Paint the referred-pain pattern of a muscle's trigger points (ID) or of one (ID/tpN) on the skin, "
                      "comma-separated; on the sides chosen by --side")
      ->type_name("ID[/tpN],...");
  command->add_option("--region", o->regions, "Paint body regions on the skin (ids of `myoatlas regions`), comma-separated")
      ->type_name("ID,...");
  command->add_option("--layers", o->layers,
                      "Layers to show, comma-separated: " + enumChoices<atlas::Layer>() +
                          " "
                      "(default: all but the skin; the skin too when something is painted on it)")
      ->type_name("LIST");
  command->add_option("--peel", o->peel, "Hide every layer above this one: superficial, intermediate, deep or bone")
      ->check(oneOf<atlas::Layer>())
      ->type_name("LAYER");
  command->add_flag("--xray", o->xray, "Ghost the layers above the selection so it shows through them");
  command->add_flag("--isolate", o->isolate, "Show only the selection, framed");
  command->add_flag("--markers", o->markers, "Mark the trigger points of the selection and of the painted patterns");
  command->add_flag("--labels", o->labels,
                    "Name the muscles on the picture: every muscle it shows (of the layers shown), or with --select the "
                    "selected ones; names in boxes beside the body, a leader line to a point where each muscle shows");
  addEnumOption(*command, "--side", o->side, kSideOptions,
                "Which side: left, right or both (structures shown and trigger points painted)");
  command->add_option("--colormap", o->colormap,
                      "Heat-map colours: clinical (chart red), heat, viridis or cividis (both colour-blind safe)")
      ->check(oneOf<Colormap>())
      ->capture_default_str();
  command->add_flag("--frame-painted,--frame-regions", o->framePainted,
                   "Frame the camera on what is painted on the skin (regions, referral patterns), with some of the body "
                   "around it, instead of the whole model");
  command->add_option("--yaw", o->yawDegrees, "Turn the camera around the body by this many degrees (three-quarter views)")
      ->check(kFiniteNumber)
      ->check(CLI::Range(-180.0, 180.0))
      ->type_name("DEG");
  command->add_option("--pitch", o->pitchDegrees, "Raise (positive) or lower the camera by this many degrees")
      ->check(kFiniteNumber)
      ->check(CLI::Range(-85.0, 85.0))
      ->type_name("DEG");
  command->add_flag("--headless", o->headless, "Force the headless EGL context even where a display exists");
  // A tour's steps say what each slide shows; options that would say it too are refused.
  for (const char* name : {"--view", "--select", "--heatmap", "--region", "--layers", "--peel", "--xray", "--isolate",
                           "--markers", "--labels", "--side", "--frame-painted", "--yaw", "--pitch"})
    command->get_option(name)->excludes(tour);
  command->callback([&action, o] { action = [o] { return runRender(*o); }; });
}

}  // namespace myo::cli
