#include "myo/atlas/muscle_depth_order.hpp"

#include <algorithm>
#include <cmath>
#include <memory>
#include <set>

#include <glm/geometric.hpp>

#include "scene/node_solid.hpp"

namespace myo::atlas {

namespace {

constexpr float kDepthRayStep = 0.01f;   // the grid of rays, a centimetre apart
constexpr float kDepthRayLeadIn = 0.05f;  // rays start this far outside the body's box
// Where two muscles' meshes run into each other more than this on a ray, neither lies under the
// other there: their order along the ray is the meshes', not the anatomy's.
constexpr float kDepthOverlapAllowed = 0.003f;

// One muscle or bone of the body, ready for ray casts.
struct DepthSolid {
  StructureInfo info;
  NodeSolid solid;
};

// Where a ray is first inside a solid: its first entering crossing to the next leaving one, passing
// over slivers thinner than the probe's (tissue_probe.cpp), so that both meet muscles in one order.
constexpr float kThinnestSpan = 1e-4f;

std::optional<std::pair<float, float>> firstInside(const std::vector<RayHit>& hits) {
  for (std::size_t i = 0; i < hits.size(); ++i) {
    if (!hits[i].entering) continue;
    for (std::size_t j = i + 1; j < hits.size(); ++j)
      if (!hits[j].entering) {
        if (hits[j].t - hits[i].t > kThinnestSpan) return std::make_pair(hits[i].t, hits[j].t);
        i = j;  // a sliver: look past it
        break;
      }
  }
  return std::nullopt;
}

struct Crossing {
  const DepthSolid* solid;
  float from, to;
};

// A ray's pair counts: upper id → lower id → rays, and for each pair the ray on which the lower
// muscle starts farthest below the start of the upper one (the clearest example).
struct PairTally {
  struct Seen {
    DepthContact contact;
    float clearest = -1e9f;
  };
  std::map<std::string, std::map<std::string, Seen>> lower;
  void add(const std::string& upper, const std::string& under, const glm::vec3& origin, const glm::vec3& direction,
           float startsBelow) {
    Seen& seen = lower[upper][under];
    seen.contact.muscle = under;
    ++seen.contact.rays;
    if (startsBelow > seen.clearest) {
      seen.clearest = startsBelow;
      seen.contact.origin = origin;
      seen.contact.direction = direction;
    }
  }
};

std::vector<DepthContact> mostRaysFirst(const std::map<std::string, PairTally::Seen>& contacts) {
  std::vector<DepthContact> list;
  for (const auto& [id, seen] : contacts) list.push_back(seen.contact);
  std::stable_sort(list.begin(), list.end(), [](const DepthContact& a, const DepthContact& b) { return a.rays > b.rays; });
  return list;
}

}  // namespace

MuscleDepthOrder MuscleDepthOrder::fromBody(const AtlasScene& body) {
  std::vector<DepthSolid> solids;
  Bounds all;
  for (std::size_t i = 0; i < body.scene.nodes.size(); ++i) {
    const Node& node = body.scene.nodes[i];
    const StructureInfo& info = body.index.node(int(i));
    if (node.parts.empty() || (info.kind != StructureKind::Muscle && info.kind != StructureKind::Bone)) continue;
    DepthSolid solid{info, NodeSolid::of(body.scene, node)};
    if (solid.solid.box.empty()) continue;
    all.add(solid.solid.box);
    solids.push_back(std::move(solid));
  }
  MuscleDepthOrder order;
  if (all.empty()) return order;

  PairTally tally;
  // Front, back and the left side (x is the person's left): a grid over the body's box facing each.
  struct Facing {
    glm::vec3 direction;
    int across, up;  // the grid's axes
  };
  const Facing facings[] = {{{0, 0, -1}, 0, 1}, {{0, 0, 1}, 0, 1}, {{-1, 0, 0}, 2, 1}};
  const float length = glm::length(all.size()) + 2.0f * kDepthRayLeadIn;
  std::vector<Crossing> crossings;
  for (const Facing& facing : facings) {
    const glm::vec3 start = glm::mix(all.min, all.max, 0.5f) - facing.direction * (glm::length(all.size()) * 0.5f + kDepthRayLeadIn);
    for (float a = all.min[facing.across]; a <= all.max[facing.across]; a += kDepthRayStep)
      for (float u = all.min[facing.up]; u <= all.max[facing.up]; u += kDepthRayStep) {
        glm::vec3 origin = start;
        origin[facing.across] = a;
        origin[facing.up] = u;
        crossings.clear();
        for (const DepthSolid& solid : solids) {
          if (!segmentCrossesBox(solid.solid.box, origin, facing.direction, length)) continue;
          if (const auto inside = firstInside(solid.solid.bvh->allHits(origin, facing.direction, length)))
            crossings.push_back({&solid, inside->first, inside->second});
        }
        std::sort(crossings.begin(), crossings.end(), [](const Crossing& x, const Crossing& y) { return x.from < y.from; });
        // Past the first bone lies the far side of the body.
        const auto bone = std::find_if(crossings.begin(), crossings.end(),
                                       [](const Crossing& c) { return c.solid->info.kind == StructureKind::Bone; });
        crossings.erase(bone, crossings.end());
        // A muscle of several parts (the four lumbricals) is met where its first part is: the rest of
        // it on this ray does not make it lie under what lies between.
        std::set<std::string> met;
        std::erase_if(crossings, [&](const Crossing& c) { return !met.insert(c.solid->info.id).second; });
        for (std::size_t i = 0; i < crossings.size(); ++i) {
          const StructureInfo& upper = crossings[i].solid->info;
          if (upper.side == Side::Right) continue;  // the left side is measured
          // The lower one starts where the upper one ends: no more than a few millimetres into it
          // (neighbouring meshes touch), at most the gap under it.
          const Crossing& above = crossings[i];
          for (std::size_t j = 0; j < crossings.size(); ++j) {
            const Crossing& below = crossings[j];
            const StructureInfo& lower = below.solid->info;
            if (lower.id == upper.id || lower.layer <= upper.layer) continue;
            if (below.from < above.to - kDepthOverlapAllowed || below.from > above.to + kDepthContactGap) continue;
            tally.add(upper.id, lower.id, origin, facing.direction, below.from - above.from);
          }
        }
      }
  }
  // The same contacts read the other way: what lies over each muscle.
  std::map<std::string, std::map<std::string, PairTally::Seen>> upperOf;
  for (const auto& [upper, lowers] : tally.lower)
    for (const auto& [lower, seen] : lowers) {
      PairTally::Seen over = seen;
      over.contact.muscle = upper;
      upperOf[lower][upper] = over;
    }
  for (const auto& [id, contacts] : tally.lower) order.under_[id] = mostRaysFirst(contacts);
  for (const auto& [id, contacts] : upperOf) order.over_[id] = mostRaysFirst(contacts);
  return order;
}

const std::vector<DepthContact>& MuscleDepthOrder::under(const std::string& muscle) const {
  static const std::vector<DepthContact> none;
  const auto found = under_.find(muscle);
  return found != under_.end() ? found->second : none;
}

const std::vector<DepthContact>& MuscleDepthOrder::over(const std::string& muscle) const {
  static const std::vector<DepthContact> none;
  const auto found = over_.find(muscle);
  return found != over_.end() ? found->second : none;
}

}  // namespace myo::atlas
