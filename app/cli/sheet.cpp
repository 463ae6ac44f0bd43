// `myoatlas sheet --layer LAYER --view VIEW -o FILE.pdf`: a printable study sheet of one muscle
// layer seen from one side: labelled, blank with numbered lines, and the answer key
// (atlas::writeStudySheet). The labels point where each muscle shows, as the window's labels and
// `render --labels` do (atlas::labelBody on the picture's id buffer).
#include <algorithm>
#include <cctype>
#include <iostream>
#include <memory>

#include "commands.hpp"
#include "enum_option.hpp"
#include "render_setup.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/body_labels.hpp"
#include "myo/atlas/label_picture.hpp"
#include "myo/atlas/sheet_page.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/file_writing.hpp"
#include "myo/engine/snapshot.hpp"

namespace myo::cli {

namespace {

// The views a sheet is drawn from: the body seen whole, standing (not from above).
constexpr EnumTable<ViewPreset, 4> kSheetViews{{
    {ViewPreset::Anterior, "anterior"},
    {ViewPreset::Posterior, "posterior"},
    {ViewPreset::Left, "left"},
    {ViewPreset::Right, "right"},
}};

struct SheetOptions {
  atlas::Layer layer = atlas::Layer::Superficial;
  ViewPreset view = ViewPreset::Anterior;
  std::string output;
};

// Tall enough for the whole body at the page's resolution (about 250 dpi where it is printed).
constexpr int kSheetPictureHeight = 2400;

int sheetFailed(const Error& error) {
  std::cerr << "myoatlas sheet: " << error.message << "\n";
  return exitCodeFor(error);
}

std::string capitalised(std::string_view word) {
  std::string text(word);
  if (!text.empty()) text[0] = char(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

// The box of what the sheet draws: the layer's muscles and the bones.
Bounds sheetBounds(const atlas::AtlasScene& body, atlas::Layer layer) {
  Bounds box;
  for (std::size_t i = 0; i < body.scene.nodes.size(); ++i) {
    const atlas::StructureInfo& info = body.index.node(int(i));
    const bool drawn = info.kind == atlas::StructureKind::Bone || (info.kind == atlas::StructureKind::Muscle && info.layer == layer);
    if (!drawn) continue;
    const Node& node = body.scene.nodes[i];
    for (int part : node.parts)
      for (const glm::vec3& p : body.scene.parts[std::size_t(part)].mesh.positions) box.add(glm::vec3(node.world * glm::vec4(p, 1.0f)));
  }
  return box;
}

int runSheet(const SheetOptions& options) {
  const std::filesystem::path output(options.output);
  const std::string extension = output.extension().string();
  if (extension != ".pdf" && extension != ".png")
    return sheetFailed(Error{"-o " + options.output + ": a study sheet is written as .pdf (or .png); name the file with one of them"});
  if (Status writable = checkReplaceable(output); !writable) return sheetFailed(writable.error());
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return sheetFailed(kb.error());
  Result<atlas::AtlasScene> body = loadRenderScene("", atlas::SkinMapping::Skip);
  if (!body) return sheetFailed(body.error());

  // Only the layer and the bones under it, opaque.
  atlas::AtlasView view;
  for (int l = 0; l < int(view.display.layers.size()); ++l) view.display.layers[std::size_t(l)] = {false, 1.0f};
  view.display.layers[static_cast<int>(options.layer)] = {true, 1.0f};
  view.display.layers[static_cast<int>(atlas::Layer::Bone)] = {true, 1.0f};

  const Bounds box = sheetBounds(*body, options.layer);
  OrbitCamera camera;
  camera.setView(options.view);
  // A picture as wide as the body is, seen from there.
  const bool fromTheSide = options.view == ViewPreset::Left || options.view == ViewPreset::Right;
  const float across = fromTheSide ? box.size().z : box.size().x;
  const float aspect = std::clamp(across / std::max(box.size().y, 1e-3f) * 1.1f, 0.25f, 1.0f);
  camera.frame(box, aspect, 1.03f);
  const glm::ivec2 size{int(kSheetPictureHeight * aspect), kSheetPictureHeight};

  Result<std::unique_ptr<Context>> context = createContext({.kind = ContextKind::Headless});
  if (!context) return sheetFailed(context.error());
  Result<SnapshotRenderer> snapshots = SnapshotRenderer::create(body->scene);
  if (!snapshots) return sheetFailed(snapshots.error());
  SnapshotRequest request{.width = size.x, .height = size.y, .samples = 4, .camera = camera};
  request.settings.background = {1.0f, 1.0f, 1.0f, 1.0f};
  const SceneLook look = atlas::sceneLook(*body, &*kb, view);
  Result<Image> picture = snapshots->render(request, look);
  if (!picture) return sheetFailed(picture.error());
  // Where each muscle shows from the outside: the same camera with every layer tells where the
  // layer is seen through a gap from the inside (the front wall through the back's).
  const IdImage ids = snapshots->renderIds(request, look);
  std::optional<IdImage> withEveryLayer;
  if (const std::optional<atlas::AtlasView> every = atlas::everyLayerView(view))
    withEveryLayer = snapshots->renderIds(request, atlas::sceneLook(*body, &*kb, *every));
  const std::vector<atlas::BodyLabel> named =
      atlas::labelBody(*body, &*kb, ids, {}, atlas::labelTextMeasure(atlas::labelFontPixels(size.y)), std::nullopt,
                       withEveryLayer ? &*withEveryLayer : nullptr);

  atlas::StudySheet sheet;
  sheet.title = capitalised(atlas::layerName(options.layer)) + " layer";
  sheet.subtitle = capitalised(toString(options.view)) + " view";
  sheet.picture = std::move(*picture);
  // Each muscle named once, where labelBody pointed at it (the side nearer its label's column).
  for (const atlas::BodyLabel& label : named) sheet.labels.push_back({label.placed.text, label.placed.anchor});
  if (sheet.labels.empty())
    return sheetFailed(Error{"no muscle of the " + std::string(atlas::layerName(options.layer)) + " layer shows in the " +
                             std::string(toString(options.view)) + " view; choose another view"});
  if (Status written = atlas::writeStudySheet(sheet, output); !written) return sheetFailed(written.error());
  std::cout << "Wrote " << output.string() << ": " << sheet.labels.size()
            << " muscles, labelled (page 1), blank (page 2) and the answer key (page 3)\n";
  return kExitOk;
}

}  // namespace

void addSheetCommand(CLI::App& app, Action& action) {
  auto options = std::make_shared<SheetOptions>();
  CLI::App* command = app.add_subcommand(
      "sheet", "Write a printable study sheet of one muscle layer in one view: labelled, blank with numbered lines, "
               "and the answer key.");
  addEnumOption(*command, "--layer", options->layer, atlas::kMuscleLayerNames, "The muscle layer drawn")->required();
  addEnumOption(*command, "--view", options->view, kSheetViews, "Where the body is seen from")->required();
  command->add_option("-o,--output", options->output, "The sheet: FILE.pdf (three A4 pages), or FILE.png")->required();
  command->footer("Exit status: 0 written, 2 a bad layer, view or file name, 1 the body or the knowledge base could "
                  "not be loaded.");
  command->callback([&action, options] { action = [options] { return runSheet(*options); }; });
}

}  // namespace myo::cli
