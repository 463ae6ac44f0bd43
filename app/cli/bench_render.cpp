// Figures of drawing the built-in body headless: frame time with every layer translucent and a
// heat map on, picking, and how long a new heat map takes after the selection changes.
#include <chrono>

#include "bench.hpp"
#include "default_scene.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/engine/context.hpp"
#include "myo/engine/frame_renderer.hpp"
#include "myo/engine/gpu_scene.hpp"
#include "myo/engine/offscreen_target.hpp"

namespace myo::cli {

Result<std::vector<BenchFigure>> benchRender(const BenchSettings& settings) {
  Result<Scene> scene = loadSceneOrDefault("");
  if (!scene) return scene.error();
  const double loadMs = medianMs(settings.runs, [] { (void)loadSceneOrDefault(""); });
  Result<atlas::AtlasScene> atlasScene = atlas::makeAtlasScene(std::move(*scene), atlas::defaultAnatomyFolder());
  if (!atlasScene) return atlasScene.error();
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return kb.error();

  Result<std::unique_ptr<Context>> context = createContext({.kind = ContextKind::Headless});
  if (!context) return context.error();
  constexpr int kWidth = 1280;
  constexpr int kHeight = 720;
  Result<OffscreenTarget> target = OffscreenTarget::create(kWidth, kHeight);
  if (!target) return target.error();
  Result<FrameRenderer> renderer = FrameRenderer::create();
  if (!renderer) return renderer.error();
  GpuScene gpu = GpuScene::upload(atlasScene->scene);
  const Context& gpuWork = **context;

  OrbitCamera camera;
  camera.setView(ViewPreset::Anterior);
  camera.frame(atlasScene->scene.bounds(), float(kWidth) / float(kHeight));
  const FrameSettings frameSettings;

  // The window paints every referral pattern once, in the background, when it opens.
  // Timed once: a second time finds everything painted.
  const auto paintStart = std::chrono::steady_clock::now();
  if (atlasScene->skin) atlasScene->skin->paintAhead(*kb);
  const double paintAheadMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - paintStart).count();

  // Every layer shown and translucent, the skin carrying the upper trapezius pattern.
  atlas::AtlasView translucent;
  for (atlas::LayerSetting& layer : translucent.display.layers) layer = {true, 0.5f};
  auto points = atlas::resolveTriggerPoints(*kb, "trapezius", atlas::SideFilter::Both);
  if (!points) return points.error();
  translucent.patterns = *points;
  std::vector<FrameItem> items = gpu.items();
  const SceneLook translucentLook = atlas::sceneLook(*atlasScene, &*kb, translucent);
  gpu.applyLook(translucentLook, items);
  const double translucentMs = medianMs(settings.runs, [&] {
    renderer->draw(*target, camera, items, translucentLook.markers, frameSettings);
    gpuWork.finish();
  });

  atlas::AtlasView opaque;
  std::vector<FrameItem> opaqueItems = gpu.items();
  const SceneLook opaqueLook = atlas::sceneLook(*atlasScene, &*kb, opaque);
  gpu.applyLook(opaqueLook, opaqueItems);
  const double opaqueMs = medianMs(settings.runs, [&] {
    renderer->draw(*target, camera, opaqueItems, {}, frameSettings);
    gpuWork.finish();
  });

  const double pickMs = medianMs(settings.runs, [&] {
    (void)renderer->pick(camera, {kWidth, kHeight}, opaqueItems, {kWidth / 2, kHeight / 3});
  });

  // A new selection: the pattern of all levator scapulae trigger points on both sides, computed
  // on the skin and uploaded.
  auto levator = atlas::resolveTriggerPoints(*kb, "levator_scapulae", atlas::SideFilter::Both);
  if (!levator) return levator.error();
  atlas::AtlasView selectionChange;
  selectionChange.patterns = *levator;
  // Only the skin's heat changes with a selection: the rest of the look stays as it was.
  SceneLook withHeat = opaqueLook;
  const auto showHeat = [&](const atlas::AtlasView& view) {
    withHeat.heat = atlas::skinHeat(*atlasScene, view);
    gpu.applyLook(withHeat, opaqueItems);
    gpuWork.finish();
  };
  const double heatMs = medianMs(settings.runs, [&] { showHeat(selectionChange); });

  // The same before the patterns are painted (a selection in the first seconds, or a zone just
  // edited): each run's drawings are moved by a tenth of a millimetre, so none was painted before.
  const atlas::Muscle* levatorMuscle = kb->findMuscle("levator_scapulae");
  if (levatorMuscle == nullptr) return Error{"bench: the knowledge base has no levator_scapulae"};
  int run = 0;
  const double firstPaintMs = medianMs(settings.runs, [&] {
    ++run;
    std::vector<atlas::TriggerPoint> nudged = levatorMuscle->triggerPoints;
    for (atlas::TriggerPoint& point : nudged)
      for (auto* zone : {&point.referral.drawing.essential, &point.referral.drawing.spillover})
        for (atlas::DrawnShape& shape : *zone)
          for (atlas::SkinAnchor& anchor : shape.points) anchor.offsetCm[1] += 0.01 * run;
    atlas::AtlasView fresh;
    for (const atlas::TriggerPoint& point : nudged)
      for (atlas::Side side : atlas::kBothSides) fresh.patterns.push_back({&point, side});
    showHeat(fresh);
  });

  return std::vector<BenchFigure>{
      {"model.load_ms", loadMs, "ms", "loading the built-in body (the baked .glb) into a Scene (median)"},
      {"render.frame_translucent_ms", translucentMs, "ms",
       "1280x720 frame of the whole body, every layer translucent, heat map on, headless (median)"},
      {"render.frame_opaque_ms", opaqueMs, "ms", "1280x720 frame of the muscles and bones, opaque, headless (median)"},
      {"render.pick_ms", pickMs, "ms", "which structure is under a pixel (median)"},
      {"render.heat_update_ms", heatMs, "ms",
       "new heat map after a selection change, the patterns painted ahead: combined on the skin and uploaded (median)"},
      {"render.heat_first_paint_ms", firstPaintMs, "ms",
       "the same for patterns not painted yet: levator scapulae's two trigger points, both sides (median)"},
      {"render.paint_ahead_ms", paintAheadMs, "ms",
       "painting every trigger point's pattern on both sides, once a session, in the window's background"},
  };
}

}  // namespace myo::cli
