// `myoatlas render`: a picture of the body (or any model), drawn headless, written to a PNG.
#include <algorithm>
#include <iostream>
#include <sstream>
#include <string>

#include "commands.hpp"
#include "default_scene.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/muscle_search.hpp"
#include "myo/atlas/view_choice.hpp"
#include "myo/engine/bounds.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/file_writing.hpp"
#include "myo/engine/snapshot.hpp"

namespace myo::cli {

namespace {

struct RenderOptions {
  std::string model;
  std::string output;
  std::string view = "anterior";
  int width = 1280;
  int height = 720;
  bool headless = false;
  std::vector<std::string> select;
  std::vector<std::string> heatmap;
  std::vector<std::string> regions;
  std::vector<std::string> layers;
  std::string peel;
  bool xray = false;
  bool markers = false;
  bool isolate = false;
  bool framePainted = false;
  double yawDegrees = 0.0;
  double pitchDegrees = 0.0;
  std::string side = "both";
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

int fail(const std::string& message, int code) {
  std::cerr << "myoatlas render: " << message << "\n";
  return code;
}

constexpr double kRadiansPerDegree = 3.14159265358979323846 / 180.0;

atlas::SideFilter sideFilter(const std::string& side) {
  if (side == "left") return atlas::SideFilter::Left;
  if (side == "right") return atlas::SideFilter::Right;
  return atlas::SideFilter::Both;
}

int runRender(const RenderOptions& options) {
  // Refuse an output that cannot be written before the user waits for the picture.
  if (Status writable = checkReplaceable(options.output); !writable) return fail(writable.error().message, kExitBadInput);
  const std::optional<ViewPreset> view = parseViewPreset(options.view);
  if (!view) return fail("unknown view '" + options.view + "'", kExitBadInput);
  if (options.framePainted && splitList(options.regions).empty() && splitList(options.heatmap).empty())
    return fail("--frame-painted (--frame-regions) frames what is painted on the skin: add --region ID[,ID...] or --heatmap ID",
                kExitBadInput);
  Result<Scene> scene = loadSceneOrDefault(options.model);
  if (!scene) return fail(scene.error().message, kExitBadInput);
  Result<atlas::AtlasScene> atlasScene = atlas::makeAtlasScene(std::move(*scene), atlas::defaultAnatomyFolder());
  // The anatomy description and region patches are files people edit: a mistake there is bad input.
  if (!atlasScene) return fail(atlasScene.error().message, kExitBadInput);

  atlas::AtlasView atlasView;
  atlas::DisplayState& display = atlasView.display;
  display.side = sideFilter(options.side);
  display.xray = options.xray;
  display.focus = options.isolate ? atlas::FocusMode::Isolate : atlas::FocusMode::Normal;
  atlasView.markers = options.markers;
  atlasView.regions = splitList(options.regions);

  const std::vector<std::string> heatmaps = splitList(options.heatmap);
  const std::vector<std::string> selections = splitList(options.select);
  std::optional<atlas::KnowledgeBase> kb;
  if (!heatmaps.empty() || !selections.empty() || options.markers) {
    Result<atlas::KnowledgeBase> loaded = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
    if (!loaded) return fail(loaded.error().message, kExitBadInput);
    kb = std::move(*loaded);
  }
  for (const std::string& spec : heatmaps) {
    auto points = atlas::resolveTriggerPoints(*kb, spec, display.side);
    if (!points) return fail("--heatmap " + spec + ": " + points.error().message, kExitBadInput);
    atlasView.patterns.insert(atlasView.patterns.end(), points->begin(), points->end());
  }
  for (const std::string& text : selections) {
    const std::optional<atlas::StructureRef> ref = atlas::parseStructureRef(text);
    if (!ref) return fail("--select " + text + ": the side after the dot must be left or right", kExitBadInput);
    if (atlasScene->index.find(ref->id).empty()) {
      std::string message = "--select " + text + ": no structure '" + ref->id + "' in the model";
      const auto near = atlas::nearestMuscleIds(*kb, ref->id);
      if (!near.empty()) {
        message += "; did you mean: ";
        for (std::size_t i = 0; i < near.size(); ++i) message += (i ? ", " : "") + near[i];
      }
      return fail(message, kExitBadInput);
    }
    display.selection.push_back(*ref);
  }
  if (options.xray && display.selection.empty())
    return fail("--xray ghosts the layers above the selection: add --select ID", kExitBadInput);
  for (const std::string& region : atlasView.regions) {
    if (!atlasScene->skin) return fail("--region needs a model with a skin (the built-in body)", kExitBadInput);
    const auto [base, side] = atlas::splitRegionId(region);
    if (atlasScene->skin->patches().find(base) == nullptr)
      return fail("--region " + region + ": unknown region (see `myoatlas regions`)", kExitBadInput);
  }

  // Layers: as asked; by default the muscles and bones, plus the skin when something is painted on it.
  const bool painted = !atlasView.patterns.empty() || !atlasView.regions.empty();
  const std::vector<std::string> layers = splitList(options.layers);
  if (!layers.empty()) {
    for (atlas::LayerSetting& setting : display.layers) setting.visible = false;
    for (const std::string& name : layers) {
      const std::optional<atlas::Layer> layer = atlas::parseLayer(name);
      if (!layer) return fail("--layers: unknown layer '" + name + "'; use skin, superficial, intermediate, deep, bone", kExitBadInput);
      display.layers[static_cast<int>(*layer)].visible = true;
    }
  } else if (painted) {
    display.layers[static_cast<int>(atlas::Layer::Skin)].visible = true;
  }
  if (!options.peel.empty()) {
    display.peel = atlas::parseLayer(options.peel);
    if (!display.peel) return fail("--peel: unknown layer '" + options.peel + "'", kExitBadInput);
  }

  SnapshotRequest request{.view = *view, .width = options.width, .height = options.height};
  request.settings.colormap = parseColormap(options.colormap).value_or(Colormap::Clinical);
  request.orbitYaw = float(options.yawDegrees * kRadiansPerDegree);
  request.orbitPitch = float(options.pitchDegrees * kRadiansPerDegree);
  if (options.framePainted) request.frame = atlas::paintedFrame(*atlasScene, atlasView);
  // Isolating a structure is asking to see it: frame it rather than the whole body.
  if (options.isolate && !display.selection.empty()) {
    for (const atlas::StructureRef& ref : display.selection)
      for (int node : atlasScene->index.find(ref.id, ref.side))
        for (int part : atlasScene->scene.nodes[node].parts)
          for (const glm::vec3& p : atlasScene->scene.parts[part].mesh.positions)
            request.frame.add(glm::vec3(atlasScene->scene.nodes[node].world * glm::vec4(p, 1.0f)));
  }

  Result<std::unique_ptr<Context>> context =
      createContext({.kind = options.headless ? ContextKind::Headless : ContextKind::Auto});
  if (!context) return fail(context.error().message, kExitFailure);
  const atlas::KnowledgeBase* kbPointer = kb ? &*kb : nullptr;
  Result<Image> image = renderSnapshot(atlasScene->scene, request, atlas::makeRestyle(*atlasScene, kbPointer, atlasView));
  if (!image) return fail(image.error().message, kExitFailure);
  if (Status written = writePng(*image, options.output); !written) return fail(written.error().message, kExitBadInput);
  std::cout << "wrote " << options.output << " (" << options.width << "x" << options.height << ", " << options.view << ")\n";
  return kExitOk;
}

}  // namespace

void addRenderCommand(CLI::App& app, Action& action) {
  auto o = std::make_shared<RenderOptions>();
  CLI::App* command = app.add_subcommand("render", "Render a picture headless (no window or display needed) to a PNG file.");
  command->add_option("-o,--output", o->output, "PNG file to write (replaced atomically)")->required()->type_name("OUT.png");
  command->add_option("--model", o->model,
                      "Model file to draw: glTF (.gltf, .glb) or any format Assimp reads "
                      "(.obj, .fbx, .stl, .ply, .dae, .3ds ...); default: the built-in body")
      ->type_name("FILE");
  command->add_option("--view", o->view, "Where the camera looks from: anterior, posterior, left, right or superior")
      ->check(CLI::IsMember({"anterior", "posterior", "left", "right", "superior"}))
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
                      "Layers to show, comma-separated: skin, superficial, intermediate, deep, bone "
                      "(default: all but the skin; the skin too when something is painted on it)")
      ->type_name("LIST");
  command->add_option("--peel", o->peel, "Hide every layer above this one: superficial, intermediate, deep or bone")
      ->check(CLI::IsMember({"skin", "superficial", "intermediate", "deep", "bone"}))
      ->type_name("LAYER");
  command->add_flag("--xray", o->xray, "Ghost the layers above the selection so it shows through them");
  command->add_flag("--isolate", o->isolate, "Show only the selection, framed");
  command->add_flag("--markers", o->markers, "Mark the trigger points of the selection and of the painted patterns");
  command->add_option("--side", o->side, "Which side: left, right or both (structures shown and trigger points painted)")
      ->check(CLI::IsMember({"left", "right", "both"}))
      ->capture_default_str();
  command->add_option("--colormap", o->colormap,
                      "Heat-map colours: clinical (chart red), heat, viridis or cividis (both colour-blind safe)")
      ->check(CLI::IsMember({"clinical", "heat", "viridis", "cividis"}))
      ->capture_default_str();
  command->add_flag("--frame-painted,--frame-regions", o->framePainted,
                   "Frame the camera on what is painted on the skin (regions, referral patterns), with some of the body "
                   "around it, instead of the whole model");
  command->add_option("--yaw", o->yawDegrees, "Turn the camera around the body by this many degrees (three-quarter views)")
      ->check(CLI::Range(-180.0, 180.0))
      ->type_name("DEG");
  command->add_option("--pitch", o->pitchDegrees, "Raise (positive) or lower the camera by this many degrees")
      ->check(CLI::Range(-85.0, 85.0))
      ->type_name("DEG");
  command->add_flag("--headless", o->headless, "Force the headless EGL context even where a display exists");
  command->callback([&action, o] { action = [o] { return runRender(*o); }; });
}

}  // namespace myo::cli
