#include "myo/atlas/atlas_scene.hpp"

#include <algorithm>

#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/did_you_mean.hpp"
#include "myo/atlas/muscle_search.hpp"
#include "myo/atlas/skin_window.hpp"
#include "myo/atlas/trigger_point_placement.hpp"
#include "myo/atlas/trigger_point_ref.hpp"

namespace myo::atlas {

namespace {

constexpr glm::vec4 kMarkerColor{0.98f, 0.82f, 0.12f, 1.0f};
constexpr glm::vec4 kCrossColor{0.07f, 0.07f, 0.09f, 1.0f};  // the black X of printed charts

}  // namespace

Result<AtlasScene> makeAtlasScene(Scene scene, const std::filesystem::path& anatomyFolder, SkinMapping mapping) {
  AtlasScene atlas;
  atlas.index = StructureIndex::fromScene(scene);
  const std::optional<int> skinNode = atlas.index.skinNode();
  if (skinNode && !scene.nodes[*skinNode].parts.empty()) {
    const int part = scene.nodes[*skinNode].parts.front();
    atlas.skinPart = part;
  }
  if (atlas.skinPart && mapping == SkinMapping::Build) {
    const int part = *atlas.skinPart;
    Mesh skin = scene.parts[part].mesh;
    const glm::mat4& world = scene.nodes[*skinNode].world;
    for (glm::vec3& p : skin.positions) p = glm::vec3(world * glm::vec4(p, 1.0f));
    Result<AnatomyDescription> anatomy = loadAnatomy(anatomyFolder);
    if (!anatomy) return anatomy.error();
    Result<RegionPatches> patches = loadRegionPatches(anatomyFolder / "region-patches.json", anatomy->landmarks);
    if (!patches) return patches.error();
    atlas.skin.emplace(std::move(skin), std::move(*patches));
  }
  atlas.scene = std::move(scene);
  return atlas;
}

Result<std::vector<TriggerPointOnSide>> resolveTriggerPoints(const KnowledgeBase& kb, const std::string& spec,
                                                             SideFilter side) {
  const std::optional<TriggerPointRef> ref = parseTriggerPointRef(spec);
  const std::string muscleId(ref ? std::string_view(ref->muscle) : muscleIdIn(spec));
  const Muscle* muscle = kb.findMuscle(muscleId);
  if (muscle == nullptr) return Error{"unknown muscle '" + muscleId + "'" + didYouMean(nearestMuscleIds(kb, muscleId))};
  std::vector<const TriggerPoint*> points;
  if (ref && ref->allOfMuscle()) {
    for (const TriggerPoint& tp : muscle->triggerPoints) points.push_back(&tp);
  } else {
    const TriggerPoint* tp = kb.findTriggerPoint(spec);
    if (tp == nullptr) {
      std::string message = "unknown trigger point '" + spec + "'; " + muscleId + " has ";
      for (std::size_t i = 0; i < muscle->triggerPoints.size(); ++i)
        message += (i ? ", " : "") + muscle->triggerPoints[i].id;
      return Error{message};
    }
    points.push_back(tp);
  }
  std::vector<TriggerPointOnSide> resolved;
  for (Side s : sidesShown(side))
    for (const TriggerPoint* tp : points) resolved.push_back({tp, s});
  return resolved;
}

std::vector<glm::vec2> skinHeat(const AtlasScene& atlas, const AtlasView& view) {
  if (!atlas.skin) return {};
  std::vector<TriggerPointOnSide> patterns = view.patterns;
  std::optional<TriggerPoint> edited;
  if (view.zonePreview && view.zonePreview->point != nullptr) {
    edited = *view.zonePreview->point;
    edited->referral.drawing = view.zonePreview->drawing;
    // With every shape taken away, nothing shows: not the card's region patches in its stead.
    edited->referral.essential.clear();
    edited->referral.spillover.clear();
    for (TriggerPointOnSide& pattern : patterns)
      if (pattern.point == view.zonePreview->point) pattern.point = &*edited;
  }
  std::vector<glm::vec2> heat = atlas.skin->referral(patterns);
  for (const std::string& region : view.regions) {
    const std::vector<float> field = atlas.skin->region(region);
    for (std::size_t v = 0; v < heat.size(); ++v) heat[v].x = std::max(heat[v].x, field[v]);
  }
  // A pain drawing is painted like a region, unless it is outlined; one made on another skin is ignored.
  if (!view.painOutline && view.pain.size() == heat.size())
    for (std::size_t v = 0; v < heat.size(); ++v) heat[v].x = std::max(heat[v].x, view.pain[v]);
  return heat;
}

std::vector<glm::vec2> skinMarks(const AtlasScene& atlas, const AtlasView& view) {
  if (!atlas.skin) return {};
  const std::size_t count = atlas.skin->mesh().vertexCount();
  const bool outlined = view.painOutline && view.pain.size() == count;
  if (!outlined && view.throughSkin.empty()) return {};
  std::vector<glm::vec2> marks(count, glm::vec2(0.0f));
  if (outlined)
    for (std::size_t v = 0; v < count; ++v) marks[v].x = view.pain[v];
  for (const StructureRef& muscle : view.throughSkin) {
    const std::vector<float> window = skinWindow(atlas, muscle);
    for (std::size_t v = 0; v < window.size() && v < count; ++v) marks[v].y = std::max(marks[v].y, window[v]);
  }
  return marks;
}

SceneLook sceneLook(const AtlasScene& atlas, const KnowledgeBase* kb, const AtlasView& view) {
  SceneLook look;
  look.styles = materialStyles(atlas.scene);
  const std::vector<SceneItem> items = sceneItems(atlas.scene);
  applyDisplay(atlas.index, view.display, items, look.styles);
  if (atlas.skinPart) {
    look.surfacePart = atlas.skinPart;
    const bool painted = !view.patterns.empty() || !view.regions.empty() || !view.pain.empty();
    if (painted) look.heat = skinHeat(atlas, view);
    look.marks = skinMarks(atlas, view);
    // Peeled away, the skin would take the pain map with it: it stays as a ghost that carries the
    // map over the layers below (the layer's own check box still hides it).
    const DisplayState& display = view.display;
    if (painted && isPeeled(display, Layer::Skin) && display.layers[static_cast<int>(Layer::Skin)].visible)
      for (std::size_t i = 0; i < items.size() && i < look.styles.size(); ++i)
        if (items[i].part == *atlas.skinPart) {
          look.styles[i].opacity = kPeeledPainOpacity;
          look.styles[i].pickable = false;
        }
  }
  if (!view.markers || kb == nullptr) return look;
  // The trigger points whose patterns are painted get an X, as on a chart; the selected muscle's
  // others a dot.
  std::vector<std::pair<TriggerPointOnSide, MarkerShape>> shown;
  for (const TriggerPointOnSide& tp : view.patterns) shown.push_back({tp, MarkerShape::Cross});
  const auto alreadyShown = [&](const TriggerPoint* point, Side side) {
    return std::any_of(shown.begin(), shown.end(),
                       [&](const auto& s) { return s.first.point == point && s.first.side == side; });
  };
  for (const StructureRef& ref : view.display.selection) {
    const Muscle* muscle = kb->findMuscle(ref.id);
    if (muscle == nullptr) continue;
    const std::vector<Side> sides = ref.side ? std::vector<Side>{*ref.side} : sidesShown(view.display.side);
    for (Side s : sides)
      for (const TriggerPoint& tp : muscle->triggerPoints)
        if (!alreadyShown(&tp, s)) shown.push_back({{&tp, s}, MarkerShape::Dot});
  }
  const SurfaceDistance* skinSurface = atlas.skin ? &atlas.skin->surface() : nullptr;
  for (const auto& [tp, shape] : shown) {
    const Muscle* muscle = kb->muscleOf(*tp.point);
    if (muscle == nullptr) continue;
    const auto placed = placeTriggerPoint(atlas.scene, atlas.index, *muscle, *tp.point, tp.side, skinSurface);
    if (!placed) continue;
    if (shape == MarkerShape::Cross) look.markers.push_back({placed->position, kCrossColor, shape, view.crossScale});
    else look.markers.push_back({placed->position, kMarkerColor, shape});
  }
  return look;
}

}  // namespace myo::atlas
