#include "myo/atlas/body_measures.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>

#include "myo/engine/mesh_slice.hpp"

namespace myo::atlas {

namespace {

constexpr float kStep = 0.005f;  // how finely a girth's level is searched for its narrowest or widest

// The tape round `centre`: the outermost outline that encloses it (a fold of skin inside is not
// what a tape goes round), or none.
std::optional<float> tapeAround(const std::vector<Outline>& outlines, glm::vec2 centre) {
  std::optional<float> best;
  float bestArea = 0.0f;
  for (const Outline& loop : outlines) {
    if (!encloses(loop, centre)) continue;
    const float area = enclosedArea(loop);
    if (!best || area > bestArea) {
      best = tapeLength(loop);
      bestArea = area;
    }
  }
  return best;
}

const Node* findNode(const Scene& scene, const std::string& name) {
  for (const Node& node : scene.nodes)
    if (node.name == name) return &node;
  return nullptr;
}

Mesh worldMesh(const Scene& scene, const Node& node) {
  Mesh out;
  for (int part : node.parts) {
    const Mesh& mesh = scene.parts[static_cast<std::size_t>(part)].mesh;
    const auto first = static_cast<std::uint32_t>(out.positions.size());
    for (const glm::vec3& p : mesh.positions) out.positions.push_back(glm::vec3(node.world * glm::vec4(p, 1.0f)));
    for (std::uint32_t i : mesh.indices) out.indices.push_back(first + i);
  }
  return out;
}

class Landmarks {
 public:
  explicit Landmarks(const std::map<std::string, glm::vec3>& all) : all_(all) {}
  bool has(std::initializer_list<const char*> names) const {
    return std::all_of(names.begin(), names.end(), [&](const char* n) { return all_.count(n) > 0; });
  }
  glm::vec3 operator[](const char* name) const { return all_.at(name); }
  glm::vec3 mid(const char* a, const char* b) const { return 0.5f * (all_.at(a) + all_.at(b)); }
  // On the line from a to b, at height y.
  glm::vec3 atHeight(const char* a, const char* b, float y) const {
    const glm::vec3 p = all_.at(a), q = all_.at(b);
    const float t = std::abs(q.y - p.y) > 1e-6f ? std::clamp((y - p.y) / (q.y - p.y), 0.0f, 1.0f) : 0.5f;
    return glm::mix(p, q, t);
  }

 private:
  const std::map<std::string, glm::vec3>& all_;
};

// The narrowest (or widest) girth between heights lo and hi, round the point `centre(y)` gives.
template <class Centre>
float extremeGirth(const Mesh& skin, float lo, float hi, bool widest, Centre centre) {
  float best = 0.0f;
  for (float y = lo; y <= hi + 1e-6f; y += kStep) {
    const glm::vec2 c = centre(y);
    const std::optional<float> g = girthAt(skin, y, c.x, c.y);
    if (g && (best == 0.0f || (widest ? *g > best : *g < best))) best = *g;
  }
  return best;
}

float girthAtLevel(const Mesh& skin, float y, glm::vec2 centre) { return girthAt(skin, y, centre.x, centre.y).value_or(0.0f); }

// A limb's girth, or 0 where the outline round it also surrounds `other` (the trunk's midline, or
// the other limb): an arm pressed to the trunk has no tape of its own.
float limbGirth(const Mesh& skin, float y, glm::vec2 centre, glm::vec2 other) {
  const std::vector<Outline> outlines = sliceAtHeight(skin, y);
  for (const Outline& loop : outlines)
    if (encloses(loop, centre) && encloses(loop, other)) return 0.0f;
  return tapeAround(outlines, centre).value_or(0.0f);
}

glm::vec2 xz(const glm::vec3& p) { return {p.x, p.z}; }

// The levels of the standard girths (ANSUR's definitions, placed on this body's landmarks).
NamedLengths girths(const Mesh& skin, const Landmarks& l) {
  NamedLengths out;
  if (l.has({"hyoid", "c7_spinous", "c2_body", "c7_body", "mandible_angle"}))  // the neck at its narrowest, below the larynx
    out.emplace_back("neck", extremeGirth(skin, l["c7_spinous"].y, std::max(l["hyoid"].y, l["mandible_angle"].y - 0.015f), false,
                                          [&](float y) { return glm::vec2(0.0f, l.atHeight("c2_body", "c7_body", y).z + 0.02f); }));
  if (l.has({"rib4_front", "t5_spinous"}))  // at the nipples: the fourth rib in front
    out.emplace_back("chest", girthAtLevel(skin, l["rib4_front"].y, {0.0f, 0.5f * (l["rib4_front"].z + l["t5_spinous"].z)}));
  if (l.has({"l3_body", "l3_spinous"}))  // at the navel, level with L3
    out.emplace_back("waist", girthAtLevel(skin, l["l3_body"].y, {0.0f, 0.5f * (l["l3_body"].z + l["l3_spinous"].z) + 0.03f}));
  if (l.has({"pubic_symphysis", "trochanter_tip", "acetabulum"}))  // round the buttocks at their fullest
    out.emplace_back("hip", extremeGirth(skin, l["pubic_symphysis"].y - 0.03f, l["trochanter_tip"].y, true,
                                         [&](float) { return glm::vec2(0.0f, l["acetabulum"].z - 0.03f); }));
  if (l.has({"ischial_tuberosity", "femoral_head", "femur_low"})) {  // just below the gluteal fold
    const float y = l["ischial_tuberosity"].y - 0.06f;
    const glm::vec2 thigh = xz(l.atHeight("femoral_head", "femur_low", y));
    out.emplace_back("thigh", limbGirth(skin, y, thigh, {-thigh.x, thigh.y}));
  }
  if (l.has({"tibial_plateau", "tibia_mid", "tibia_low"}))  // the calf at its fullest
    out.emplace_back("calf", extremeGirth(skin, l["tibia_mid"].y, l["tibial_plateau"].y - 0.04f, true,
                                          [&](float y) { return xz(l.atHeight("tibial_plateau", "tibia_low", y)) + glm::vec2(0.0f, -0.01f); }));
  if (l.has({"humeral_head", "lateral_epicondyle", "medial_epicondyle", "acromion"})) {
    // The arm at its fullest over the biceps (the surveys' biceps girth): from just above the elbow
    // up to half-way to the acromion, as long as the tape goes round the arm alone.
    const glm::vec3 elbow = l.mid("lateral_epicondyle", "medial_epicondyle");
    const glm::vec3 shoulder = l["humeral_head"];
    const float half = 0.5f * (l["acromion"].y + l["lateral_epicondyle"].y);
    float widest = 0.0f;
    for (float y = elbow.y + 0.04f; y <= half + 1e-6f; y += kStep) {
      const float t = (y - shoulder.y) / (elbow.y - shoulder.y);
      const float g = limbGirth(skin, y, xz(glm::mix(shoulder, elbow, t)), {0.0f, shoulder.z});
      if (g == 0.0f) break;  // joined to the trunk from here up
      widest = std::max(widest, g);
    }
    out.emplace_back("upper_arm", widest);
  }
  if (l.has({"radius_mid", "ulna_mid", "lateral_epicondyle", "medial_epicondyle"})) {  // the forearm at its fullest
    const glm::vec3 elbow = l.mid("lateral_epicondyle", "medial_epicondyle");
    const glm::vec3 mid = l.mid("radius_mid", "ulna_mid");
    float widest = 0.0f;
    for (float y = mid.y; y <= elbow.y - 0.03f; y += kStep) {
      const float t = std::clamp((y - elbow.y) / (mid.y - elbow.y), 0.0f, 1.0f);
      const float g = limbGirth(skin, y, xz(glm::mix(elbow, mid, t)), {0.0f, elbow.z});
      if (g == 0.0f) {  // joined to the trunk at some level: no tape of its own
        widest = 0.0f;
        break;
      }
      widest = std::max(widest, g);
    }
    out.emplace_back("forearm", widest);
  }
  return out;
}

// Between joint centres (Drillis & Contini's segments), and the foot's length on the skin.
NamedLengths segments(const Mesh& skin, const Landmarks& l) {
  NamedLengths out;
  const auto add = [&](const char* name, glm::vec3 a, glm::vec3 b) { out.emplace_back(name, glm::length(a - b)); };
  if (!l.has({"humeral_head", "lateral_epicondyle", "medial_epicondyle", "radial_styloid", "ulnar_styloid", "middle_tip",
              "femoral_head", "femur_lateral_condyle", "femur_medial_condyle", "lateral_malleolus", "medial_malleolus"}))
    return out;
  const glm::vec3 elbow = l.mid("lateral_epicondyle", "medial_epicondyle");
  const glm::vec3 wrist = l.mid("radial_styloid", "ulnar_styloid");
  const glm::vec3 knee = l.mid("femur_lateral_condyle", "femur_medial_condyle");
  const glm::vec3 ankle = l.mid("lateral_malleolus", "medial_malleolus");
  add("upper_arm", l["humeral_head"], elbow);
  add("forearm", elbow, wrist);
  add("hand", wrist, l["middle_tip"]);
  add("thigh", l["femoral_head"], knee);
  add("leg", knee, ankle);
  float back = 0.0f, front = 0.0f;
  bool any = false;
  for (const glm::vec3& p : skin.positions)
    if (p.x > 0.0f && p.y < ankle.y) {
      back = any ? std::min(back, p.z) : p.z;
      front = any ? std::max(front, p.z) : p.z;
      any = true;
    }
  out.emplace_back("foot", front - back);
  return out;
}

// Bony breadths on the skeleton's meshes: across the acromions, and across the iliac crests.
NamedLengths breadths(const Scene& scene, const Landmarks& l) {
  NamedLengths out;
  const auto widestAbove = [&](const char* bone, float y) {
    float x = 0.0f;
    if (const Node* node = findNode(scene, bone))
      for (const glm::vec3& p : worldMesh(scene, *node).positions)
        if (p.y >= y) x = std::max(x, p.x);
    return 2.0f * x;
  };
  if (l.has({"acromion"})) out.emplace_back("biacromial", widestAbove("bone.scapula.left", l["acromion"].y - 0.03f));
  if (l.has({"asis"})) out.emplace_back("bi_iliac", widestAbove("bone.hip_bone.left", l["asis"].y));
  return out;
}

std::vector<MuscleMeasure> muscles(const Scene& scene, const AnatomyDescription& d) {
  std::map<std::pair<std::string, Side>, MuscleMeasure> byIdSide;  // by id, left before right
  for (const Node& node : scene.nodes) {
    const auto kind = node.metadata.find("kind");
    if (kind == node.metadata.end() || kind->second != "muscle") continue;
    const std::string id = node.metadata.at("id");
    const std::optional<Side> side = parseSide(node.metadata.at("side"));
    if (!side) continue;  // every muscle of the body model is on one side
    MuscleMeasure& m = byIdSide[{id, *side}];
    m.id = id;
    m.side = *side;
    m.volumeCm3 += signedVolume(worldMesh(scene, node)) * 1e6;
    if (const auto length = node.metadata.find("fibre_length_m"); length != node.metadata.end())
      m.lengthM = std::max(m.lengthM, std::stof(length->second));
    if (const auto target = d.volumeTargets.find(id); target != d.volumeTargets.end()) m.target = target->second;
  }
  std::vector<MuscleMeasure> out;
  for (auto& [key, m] : byIdSide) out.push_back(std::move(m));
  return out;
}

}  // namespace

BodyMeasures measureBody(const Scene& body, const AnatomyDescription& description) {
  BodyMeasures out;
  const Landmarks landmarks(description.landmarks);
  Mesh skin;
  if (const Node* node = findNode(body, "skin.body")) skin = worldMesh(body, *node);
  if (!skin.positions.empty()) {
    const Bounds box = skin.bounds();
    out.statureM = box.max.y - box.min.y;
    out.segments = segments(skin, landmarks);
    out.girths = girths(skin, landmarks);
  }
  out.breadths = breadths(body, landmarks);
  out.muscles = muscles(body, description);
  out.targets = description.bodyTargets;
  return out;
}

std::optional<double> BodyMeasures::deviation(const std::string& name) const {
  const auto target = targets.find(name);
  if (target == targets.end()) return std::nullopt;
  for (const NamedLengths* lengths : {&girths, &breadths})
    for (const auto& [measured, metres] : *lengths)
      if (measured == name && metres > 0.0f) return double(metres) / double(target->second.metres) - 1.0;
  return std::nullopt;
}

std::optional<float> girthAt(const Mesh& skin, float y, float centreX, float centreZ) {
  return tapeAround(sliceAtHeight(skin, y), {centreX, centreZ});
}

}  // namespace myo::atlas
