#include "drawn_zone_checks.hpp"

#include <algorithm>
#include <cstdio>

namespace myo::atlas {

namespace {

std::string describe(const std::vector<ZonePatch>& regions) {
  std::string text;
  char weight[16];
  for (const ZonePatch& p : regions) {
    std::snprintf(weight, sizeof weight, " %.2f", p.weight);
    text += (text.empty() ? "" : ", ") + p.region + weight;
  }
  return text.empty() ? "no region" : text;
}

}  // namespace

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
        const PaintedShape painted = skin.paint(shapes[s], /*mirrored=*/false);
        for (const std::string& problem : painted.problems) problems.push_back({file, pointer, problem});
        const bool empty = std::none_of(painted.field.begin(), painted.field.end(), [](float v) { return v >= 0.5f; });
        if (painted.problems.empty() && empty) problems.push_back({file, pointer, "covers no skin"});
        placed = placed && painted.problems.empty() && !empty;
        // A right-side trigger point shows the mirror image, which the right side's skin must carry too.
        const PaintedShape mirror = skin.paint(shapes[s], /*mirrored=*/true);
        for (const std::string& problem : mirror.problems) problems.push_back({file, pointer, "mirrored to the right side: " + problem});
        if (mirror.problems.empty() && !empty && std::none_of(mirror.field.begin(), mirror.field.end(), [](float v) { return v >= 0.5f; }))
          problems.push_back({file, pointer, "covers no skin when mirrored to the right side"});
        for (std::size_t v = 0; v < painted.field.size(); ++v) fields[zone][v] = std::max(fields[zone][v], painted.field[v]);
      }
    }
    if (!placed) continue;
    for (int zone = 0; zone < 2; ++zone) {
      const std::vector<ZonePatch>& listed = zone == 0 ? referral.essential : referral.spillover;
      const std::vector<ZonePatch> covered = cover.regionsOf(fields[zone]);
      if (!sameRegions(listed, covered))
        problems.push_back({file, at + (zone == 0 ? "/essential" : "/spillover"),
                            "lists " + describe(listed) + ", but the drawing covers " + describe(covered) + rewrite});
    }
  }
  return problems;
}

}  // namespace myo::atlas
