#include "knowledge/drawn_zone_checks.hpp"

#include <algorithm>

namespace myo::atlas {

std::vector<Problem> checkDrawnZones(const Muscle& muscle, const std::string& file, const SkinMap& skin,
                                     const RegionCover& cover) {
  std::vector<Problem> problems;
  const std::string rewrite = "; `myoatlas zones " + muscle.id + " --write` rewrites the lists from the drawing";
  for (std::size_t t = 0; t < muscle.triggerPoints.size(); ++t) {
    const Referral& referral = muscle.triggerPoints[t].referral;
    const std::string at = "/trigger_points/" + std::to_string(t) + "/referral";
    if (referral.drawing.empty()) {
      problems.push_back({file, at, "has no drawn zones (\"drawing\", docs/knowledge-base.md \"Drawn zones\")"});
      continue;
    }
    if (referral.drawing.essential.empty())
      problems.push_back({file, at + "/drawing/essential",
                          "is empty: every trigger point has an essential zone, where nearly everyone feels its pain"});
    bool placed = true;
    std::vector<float> fields[2];
    for (int zone = 0; zone < 2; ++zone) {
      const std::vector<DrawnShape>& shapes = zone == 0 ? referral.drawing.essential : referral.drawing.spillover;
      const std::string zoneName = zone == 0 ? "essential" : "spillover";
      fields[zone].assign(skin.mesh().vertexCount(), 0.0f);
      for (std::size_t s = 0; s < shapes.size(); ++s) {
        const std::string pointer = at + "/drawing/" + zoneName + "/" + std::to_string(s);
        const PaintedShape painted = skin.paintOnBothSides(shapes[s]);
        for (const std::string& problem : painted.problems) problems.push_back({file, pointer, problem});
        placed = placed && painted.problems.empty();
        for (std::size_t v = 0; v < painted.field.size(); ++v) fields[zone][v] = std::max(fields[zone][v], painted.field[v]);
      }
    }
    if (!placed) continue;
    for (int zone = 0; zone < 2; ++zone) {
      const std::vector<ZonePatch>& listed = zone == 0 ? referral.essential : referral.spillover;
      const std::vector<ZonePatch> covered = cover.regionsOf(fields[zone]);
      if (!sameRegions(listed, covered))
        problems.push_back({file, at + (zone == 0 ? "/essential" : "/spillover"),
                            "lists " + describeRegions(listed) + ", but the drawing covers " + describeRegions(covered) + rewrite});
    }
  }
  return problems;
}

}  // namespace myo::atlas
