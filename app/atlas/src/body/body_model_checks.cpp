#include "myo/atlas/body_model_checks.hpp"

#include <algorithm>

#include "knowledge/drawn_zone_checks.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/baked_body.hpp"
#include "myo/atlas/body_model.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/trigger_point_placement.hpp"

namespace myo::atlas {

namespace {

// A region or zone patch must cover at least this many skin vertices to count as landing on it.
constexpr std::size_t kMinimumPatchVertices = 3;

std::size_t coveredVertices(const std::vector<float>& field, float least = 0.5f) {
  return static_cast<std::size_t>(std::count_if(field.begin(), field.end(), [&](float v) { return v >= least; }));
}

// A faint zone (a spillover of weight 0.2 is a patch of under half the region's radius) may fall
// between the vertices of a coarse stretch of skin: it lands when some vertex is warmed by it,
// since the heat is drawn across the triangles round that vertex.
constexpr float kLandedHeat = 0.1f;

}  // namespace

BodyModelCheckOutcome checkAgainstBodyModel(const KnowledgeBase& knowledgeBase, const std::filesystem::path& assetsDir,
                                            const std::filesystem::path& bakedBody) {
  BodyModelCheckOutcome outcome;
  const std::filesystem::path anatomyFolder = assetsDir / "anatomy";
  const std::string anatomyName = anatomyFolder.string();
  Result<Scene> body = bakedOrBuiltBody(anatomyFolder, bakedBody);
  if (!body) {
    outcome.problems.push_back({anatomyName, "", body.error().message});
    return outcome;
  }
  Result<AtlasScene> atlas = makeAtlasScene(std::move(*body), anatomyFolder);
  if (!atlas) {
    outcome.problems.push_back({anatomyName, "", atlas.error().message});
    return outcome;
  }
  if (!atlas->skin) {
    outcome.problems.push_back({anatomyName, "", "the body model has no skin"});
    return outcome;
  }
  const KnowledgeFiles files = KnowledgeFiles::in(assetsDir);
  const SkinMap& skin = *atlas->skin;
  const RegionCover cover(skin);

  for (const Muscle& muscle : knowledgeBase.muscles()) {
    const std::string file = files.muscleFile(muscle.id).string();
    for (Side side : kBothSides) {
      const std::string sideName(toString(side));
      if (atlas->index.find(muscle.id, side).empty()) {
        outcome.problems.push_back(
            {file, "/id", "no geometry for the " + sideName + " " + muscle.id + " in the body model (assets/anatomy)"});
        continue;
      }
      for (std::size_t t = 0; t < muscle.triggerPoints.size(); ++t) {
        const TriggerPoint& tp = muscle.triggerPoints[t];
        const auto placed = placeTriggerPoint(atlas->scene, atlas->index, muscle, tp, side, &skin.surface());
        if (!placed)
          outcome.problems.push_back({file, "/trigger_points/" + std::to_string(t) + "/location",
                                      "cannot be placed on the " + sideName + " muscle's surface"});
      }
    }
    for (Problem& problem : checkDrawnZones(muscle, file, skin, cover)) outcome.problems.push_back(std::move(problem));
    for (std::size_t t = 0; t < muscle.triggerPoints.size(); ++t) {
      const TriggerPoint& tp = muscle.triggerPoints[t];
      for (int zone = 0; zone < 2; ++zone) {
        const std::vector<ZonePatch>& patches = zone == 0 ? tp.referral.essential : tp.referral.spillover;
        for (std::size_t p = 0; p < patches.size(); ++p) {
          const std::string pointer = "/trigger_points/" + std::to_string(t) + "/referral/" +
                                      (zone == 0 ? "essential/" : "spillover/") + std::to_string(p) + "/region";
          const std::vector<std::string> regionIds = skin.zoneRegions(patches[p], tp.referral.side, Side::Left);
          if (regionIds.empty())
            outcome.problems.push_back({file, pointer, "the zone on " + patches[p].region + " has no patch on the skin"});
          for (const std::string& regionId : regionIds) {
            if (coveredVertices(skin.region(regionId, patches[p].weight), kLandedHeat) == 0)
              outcome.problems.push_back({file, pointer, "the zone on " + regionId + " does not land on the skin"});
          }
        }
      }
    }
  }
  for (const Region& region : knowledgeBase.regions().all()) {
    if (coveredVertices(skin.region(region.id)) < kMinimumPatchVertices)
      outcome.problems.push_back({files.regions.string(), "/" + region.id,
                                  "region " + region.id + " has no patch on the skin (assets/anatomy/region-patches.json)"});
  }
  return outcome;
}

}  // namespace myo::atlas
