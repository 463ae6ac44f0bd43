#include "myo/atlas/tissue_probe.hpp"

#include <algorithm>
#include <cmath>

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>

#include "myo/engine/bvh.hpp"
#include "scene/node_solid.hpp"

namespace myo::atlas {

namespace {

// The spans of depth inside one closed surface along the ray: each entering crossing to the next
// leaving one. The ray starts outside the skin, so outside every structure: a leaving crossing with
// no entering one before it (where a lofted muscle folds through itself) is passed over.
std::vector<std::pair<float, float>> insideSpans(const std::vector<RayHit>& hits, float end) {
  std::vector<std::pair<float, float>> spans;
  bool inside = false;
  float enteredAt = 0.0f;
  for (const RayHit& hit : hits) {
    if (hit.entering && !inside) {
      inside = true;
      enteredAt = hit.t;
    } else if (!hit.entering && inside) {
      if (hit.t - enteredAt > 1e-4f) spans.emplace_back(enteredAt, hit.t);
      inside = false;
    }
  }
  if (inside) spans.emplace_back(enteredAt, end);
  return spans;
}

}  // namespace

TissueProbe::TissueProbe(const AtlasScene& body) : body_(&body) {
  boxes_.resize(body.scene.nodes.size());
  trees_.resize(body.scene.nodes.size());
  for (std::size_t i = 0; i < body.scene.nodes.size(); ++i) {
    const Node& node = body.scene.nodes[i];
    if (node.parts.empty() || body.index.node(int(i)).kind == StructureKind::Unknown) continue;
    for (int part : node.parts) {
      const Bounds local = body.scene.parts[std::size_t(part)].mesh.bounds();
      for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 c((corner & 1) ? local.max.x : local.min.x, (corner & 2) ? local.max.y : local.min.y,
                          (corner & 4) ? local.max.z : local.min.z);
        boxes_[i].add(glm::vec3(node.world * glm::vec4(c, 1.0f)));
      }
    }
  }
}

TissueProbe::TissueProbe(TissueProbe&&) noexcept = default;
TissueProbe& TissueProbe::operator=(TissueProbe&&) noexcept = default;
TissueProbe::~TissueProbe() = default;

const TriangleBvh& TissueProbe::treeOf(std::size_t node) {
  if (!trees_[node]) trees_[node] = std::make_unique<TriangleBvh>(nodeMeshInBodyFrame(body_->scene, body_->scene.nodes[node], true));
  return *trees_[node];
}

ProbeResult TissueProbe::press(const glm::vec3& skinPoint, const glm::vec3& direction, float maxDepth) {
  const AtlasScene& body = *body_;
  ProbeResult result;
  result.skinPoint = skinPoint;
  result.direction = glm::normalize(direction);
  // From a centimetre outside, so that the skin itself is crossed.
  constexpr float kLeadIn = 0.01f;
  const glm::vec3 origin = skinPoint - result.direction * kLeadIn;
  const float length = maxDepth + kLeadIn;

  struct Span {
    int node;
    float from, to;
  };
  std::vector<Span> spans;
  float skinAt = kLeadIn;  // where the ray enters the skin; the point given, if it never does
  for (std::size_t i = 0; i < body.scene.nodes.size(); ++i) {
    const Node& node = body.scene.nodes[i];
    const StructureInfo& info = body.index.node(int(i));
    if (node.parts.empty() || info.kind == StructureKind::Unknown) continue;
    if (!segmentCrossesBox(boxes_[i], origin, result.direction, length)) continue;
    const TriangleBvh& bvh = treeOf(i);
    const std::vector<RayHit> hits = bvh.allHits(origin, result.direction, length);
    if (info.kind == StructureKind::Skin) {
      const auto entering = std::find_if(hits.begin(), hits.end(), [](const RayHit& hit) { return hit.entering; });
      if (entering != hits.end()) skinAt = entering->t;
      continue;
    }
    for (const auto& [from, to] : insideSpans(hits, length)) spans.push_back({int(i), from, to});
  }
  const float surface = skinAt;
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) { return a.from < b.from; });
  const auto millimetres = [&](float t) { return std::max(0.0, double(t - surface) * 1000.0); };

  ProbeLayer skin;
  skin.structure.kind = StructureKind::Skin;
  skin.structure.id = "skin";
  skin.fromMm = 0.0;
  skin.toMm = spans.empty() ? millimetres(length) : millimetres(spans.front().from);
  result.layers.push_back(skin);
  for (const Span& span : spans) {
    const StructureInfo& info = body.index.node(span.node);
    ProbeLayer layer{info, millimetres(span.from), millimetres(span.to)};
    if (info.kind == StructureKind::Bone) {
      layer.toMm = layer.fromMm;  // the fingers stop on it
      result.layers.push_back(layer);
      result.reachesBone = true;
      break;
    }
    // One muscle met twice (two parts, or a fold of it) reads as one span.
    const auto same = std::find_if(result.layers.begin(), result.layers.end(), [&](const ProbeLayer& l) {
      return l.structure.id == info.id && l.structure.side == info.side && l.structure.member == info.member;
    });
    if (same != result.layers.end()) {
      same->toMm = std::max(same->toMm, layer.toMm);
      continue;
    }
    result.layers.push_back(layer);
  }
  return result;
}

std::optional<ProbeResult> TissueProbe::toward(const glm::vec3& target, float maxDepth) {
  const AtlasScene& body = *body_;
  if (!body.skin) return std::nullopt;
  const glm::vec3 onSkin = body.skin->surface().closestPoint(target);
  glm::vec3 inward = target - onSkin;
  if (glm::length(inward) < 0.005f) {
    const Mesh& skin = body.skin->mesh();
    inward = -skin.normals[body.skin->surface().nearestVertex(onSkin)];
  }
  return press(onSkin, inward, maxDepth);
}

std::string probeLayerName(const ProbeLayer& layer, const KnowledgeBase* kb) {
  const StructureInfo& s = layer.structure;
  if (s.kind == StructureKind::Skin) return "skin and fat";
  std::string name = s.id;
  if (s.kind == StructureKind::Muscle) {
    if (const Muscle* muscle = kb != nullptr ? kb->findMuscle(s.id) : nullptr) name = muscle->names.common;
    if (!s.member.empty()) name += " (" + s.member + ")";
  } else {
    std::replace(name.begin(), name.end(), '_', ' ');
    name = "bone: " + name;
  }
  return name;
}

std::optional<glm::vec3> TissueProbe::skinPointUnder(const glm::vec3& eye, const glm::vec3& direction) {
  const std::optional<int> skinNode = body_->index.skinNode();
  if (!body_->skin || !skinNode || glm::length(direction) < 1e-9f) return std::nullopt;
  const TriangleBvh& skin = treeOf(std::size_t(*skinNode));
  const glm::vec3 unit = glm::normalize(direction);
  constexpr float kSightReach = 1000.0f;  // metres: any camera the window allows
  // The first crossing from outside: an eye zoomed in under the skin sees its inside first.
  const std::vector<RayHit> hits = skin.allHits(eye, unit, kSightReach);
  const auto entering = std::find_if(hits.begin(), hits.end(), [](const RayHit& hit) { return hit.entering; });
  if (entering == hits.end()) return std::nullopt;
  return eye + unit * entering->t;
}

std::optional<ProbeResult> TissueProbe::underSight(const glm::vec3& eye, const glm::vec3& direction, float maxDepth) {
  const std::optional<glm::vec3> onSkin = skinPointUnder(eye, direction);
  if (!onSkin) return std::nullopt;
  return toward(*onSkin, maxDepth);
}

ProbeResult probeTissues(const AtlasScene& body, const glm::vec3& skinPoint, const glm::vec3& direction, float maxDepth) {
  return TissueProbe(body).press(skinPoint, direction, maxDepth);
}

std::optional<ProbeResult> probeToward(const AtlasScene& body, const glm::vec3& target, float maxDepth) {
  return TissueProbe(body).toward(target, maxDepth);
}

}  // namespace myo::atlas
