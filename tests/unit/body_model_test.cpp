// The built-in body model, checked the way a student would notice: every muscle on both sides,
// left mirroring right, muscles under the skin, layers in depth order, muscles in their places,
// and a bake that is deterministic, fast and within the triangle budget. The body is built once
// for the suite (in memory, exactly as `myoatlas bake` builds it).
#include <algorithm>
#include <ctime>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/body_glb.hpp"
#include "myo/atlas/body_model.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/muscle_list.hpp"
#include "myo/engine/bvh.hpp"
#include "myo/engine/primitives.hpp"

namespace {

using myo::atlas::BodyModel;
using myo::atlas::BodyStructure;
using myo::atlas::Layer;
using myo::atlas::Side;

constexpr std::optional<Side> kMidline = std::nullopt;

// knowledge/muscle-list.txt (../shared/muscles.md): the floor every body model must cover.
std::vector<std::string> listedMuscles() {
  const auto files = myo::atlas::KnowledgeFiles::in(MYO_ASSETS_DIR);
  const auto list = myo::atlas::loadMuscleList(files.muscleList);
  std::vector<std::string> ids;
  if (!list) {
    ADD_FAILURE() << list.error().message;
    return ids;
  }
  for (const auto& m : *list) ids.push_back(m.id);
  return ids;
}

int depthOf(Layer layer) { return static_cast<int>(layer); }  // skin 0 ... bone 4

struct Baked {
  myo::atlas::AnatomyDescription description;
  BodyModel body;
  double seconds = 0.0;  // CPU time of the bake
  std::string error;
};


class BodyModelTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Baked& b = baked();
    auto description = myo::atlas::loadAnatomy(myo::atlas::defaultAnatomyFolder());
    if (!description) {
      b.error = description.error().message;
      return;
    }
    b.description = *description;
    // The builder runs on this one thread: its CPU time is what the bake costs, whatever else
    // the machine (or the rest of a parallel test run) is doing.
    timespec start{}, end{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start);
    auto body = myo::atlas::buildBodyModel(b.description);
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end);
    b.seconds = double(end.tv_sec - start.tv_sec) + double(end.tv_nsec - start.tv_nsec) * 1e-9;
    if (!body) {
      b.error = body.error().message;
      return;
    }
    b.body = std::move(*body);
  }
  void SetUp() override { ASSERT_TRUE(baked().error.empty()) << baked().error; }

  static Baked& baked() {
    static Baked instance;
    return instance;
  }
  static const BodyModel& body() { return baked().body; }
  static glm::vec3 landmark(const std::string& name, Side side = Side::Left) {
    glm::vec3 p = body().landmarks.at(name);
    if (side == Side::Right) p.x = -p.x;
    return p;
  }
  static const BodyStructure* find(const std::string& kind, const std::string& id, std::optional<Side> side) {
    for (const BodyStructure& s : body().structures)
      if (s.kind == kind && s.id == id && s.side == side) return &s;
    return nullptr;
  }
  static glm::vec3 centre(const BodyStructure& s) {
    glm::dvec3 sum(0.0);
    std::size_t n = 0;
    for (const auto& piece : s.pieces)
      for (const glm::vec3& p : piece.mesh.positions) {
        sum += glm::dvec3(p);
        ++n;
      }
    return n ? glm::vec3(sum / double(n)) : glm::vec3(0.0f);
  }
  // One mesh of everything, with the layer of each triangle, for ray casts.
  // `owners` (optional) gets, per triangle, the index of its structure in body().structures.
  static const myo::Mesh& merged(std::vector<int>** layers = nullptr, std::vector<std::size_t>** owners = nullptr) {
    static myo::Mesh mesh;
    static std::vector<int> triangleLayer;
    static std::vector<std::size_t> triangleOwner;
    if (mesh.positions.empty())
      for (std::size_t index = 0; index < body().structures.size(); ++index) {
        const BodyStructure& s = body().structures[index];
        for (const auto& piece : s.pieces) {
          myo::appendMesh(mesh, piece.mesh);
          triangleLayer.insert(triangleLayer.end(), piece.mesh.triangleCount(), depthOf(s.layer));
          triangleOwner.insert(triangleOwner.end(), piece.mesh.triangleCount(), index);
        }
      }
    if (layers) *layers = &triangleLayer;
    if (owners) *owners = &triangleOwner;
    return mesh;
  }
};

TEST_F(BodyModelTest, EveryListedMuscleExistsOnBothSides) {
  std::vector<std::string> missing;
  const std::vector<std::string> listed = listedMuscles();
  ASSERT_FALSE(listed.empty());
  for (const std::string& id : listed)
    for (Side side : myo::atlas::kBothSides)
      if (!find("muscle", id, side)) missing.push_back(id + "." + std::string(myo::atlas::toString(side)));
  std::string list;
  for (const auto& m : missing) list += " " + m;
  EXPECT_TRUE(missing.empty()) << missing.size() << " muscle meshes missing:" << list;
}

TEST_F(BodyModelTest, EveryMuscleNodeIsAListedMuscleWithTheKnowledgeBaseLayer) {
  const std::vector<std::string> ids = listedMuscles();
  const std::set<std::string> listed(ids.begin(), ids.end());
  for (const auto& spec : baked().description.muscles) {
    EXPECT_TRUE(listed.count(spec.id)) << spec.source << ": \"" << spec.id << "\" is not a muscle id of the list";
    const auto card = std::filesystem::path(MYO_ASSETS_DIR) / "knowledge" / "muscles" / (spec.id + ".json");
    std::ifstream in(card);
    if (!in) continue;  // the knowledge base does not have this card yet
    const auto json = nlohmann::json::parse(in, nullptr, false);
    if (json.is_discarded() || !json.contains("layer")) continue;
    EXPECT_EQ(json["layer"].get<std::string>(), myo::atlas::toString(spec.layer))
        << spec.source << ": the layer differs from the knowledge base card " << card.string();
  }
}

TEST_F(BodyModelTest, NodesAreNamedKindIdSide) {
  std::set<std::string> names;
  for (const BodyStructure& s : body().structures) {
    const std::string name = s.nodeName();
    EXPECT_EQ(name.rfind(s.kind + "." + s.id, 0), 0u) << name;
    if (s.side) {
      EXPECT_EQ(name, s.kind + "." + s.id + "." + std::string(myo::atlas::toString(*s.side)));
    } else {
      EXPECT_EQ(name, s.kind + "." + s.id);
    }
  }
  EXPECT_TRUE(find("skin", "body", kMidline));
  EXPECT_TRUE(find("bone", "femur", Side::Right));
}

// How many of `points` (every `stride`-th), mirrored x -> -x, have none of `candidates` within `within`.
std::size_t withoutMirrorTwin(const std::vector<glm::vec3>& points, const std::vector<glm::vec3>& candidates, float within,
                              std::size_t stride = 1) {
  // Hash the candidates in cells twice `within` wide: a twin is in the cell of the mirrored point or a neighbour.
  const float cell = 2.0f * within;
  std::unordered_map<long long, std::vector<glm::vec3>> cells;
  const auto key = [](const glm::ivec3& c) { return (long long)(c.x + 1048576) * 2097152LL * 2097152LL + (long long)(c.y + 1048576) * 2097152LL + (c.z + 1048576); };
  for (const glm::vec3& p : candidates) cells[key(glm::ivec3(glm::floor(p / cell)))].push_back(p);
  std::size_t far = 0;
  for (std::size_t v = 0; v < points.size(); v += stride) {
    const glm::vec3 m(-points[v].x, points[v].y, points[v].z);
    const glm::ivec3 c(glm::floor(m / cell));
    float best = 1e9f;
    for (int dx = -1; dx <= 1; ++dx)
      for (int dy = -1; dy <= 1; ++dy)
        for (int dz = -1; dz <= 1; ++dz) {
          const auto it = cells.find(key(c + glm::ivec3(dx, dy, dz)));
          if (it != cells.end())
            for (const glm::vec3& q : it->second) best = std::min(best, glm::length(q - m));
        }
    far += best > within ? 1 : 0;
  }
  return far;
}

TEST_F(BodyModelTest, LeftIsTheMirrorOfRightWithinOneMillimetre) {
  for (const BodyStructure& left : body().structures) {
    if (left.side != Side::Left) continue;
    const BodyStructure* right = nullptr;
    for (const BodyStructure& s : body().structures)
      if (s.kind == left.kind && s.id == left.id && s.member == left.member && s.side == Side::Right) right = &s;
    ASSERT_TRUE(right) << left.nodeName() << " has no right-side twin";
    std::vector<glm::vec3> rightPoints;
    for (const auto& piece : right->pieces) rightPoints.insert(rightPoints.end(), piece.mesh.positions.begin(), piece.mesh.positions.end());
    for (const auto& piece : left.pieces) {
      const std::size_t far = withoutMirrorTwin(piece.mesh.positions, rightPoints, 0.001f, 3);
      EXPECT_EQ(far, 0u) << left.nodeName() << ": " << far << " of " << piece.mesh.positions.size() / 3
                         << " vertices have no mirror twin within 1 mm";
    }
  }
}

// The skin is one surface across the midline, tessellated as its own mirror image: a region or a
// referral zone covers the same triangles on both sides (simplified whole, the two sides differed,
// and the right ring finger's region came out half as large again as the left's).
TEST_F(BodyModelTest, TheSkinIsItsOwnMirrorImage) {
  std::size_t skins = 0;
  for (const BodyStructure& s : body().structures) {
    if (s.layer != Layer::Skin) continue;
    ++skins;
    for (const auto& piece : s.pieces) {
      const std::size_t far = withoutMirrorTwin(piece.mesh.positions, piece.mesh.positions, 0.0001f);
      EXPECT_EQ(far, 0u) << far << " of the skin's " << piece.mesh.positions.size() << " vertices have no mirror twin within 0.1 mm";
    }
  }
  EXPECT_EQ(skins, 1u);
}

TEST_F(BodyModelTest, AtLeast99PercentOfMuscleVerticesLieInsideTheSkin) {
  const BodyStructure* skin = find("skin", "body", kMidline);
  ASSERT_TRUE(skin);
  const myo::TriangleBvh bvh(skin->pieces.front().mesh);
  std::size_t inside = 0, total = 0;
  std::map<std::string, std::size_t> outsideBy;
  for (const BodyStructure& s : body().structures) {
    if (s.kind != "muscle") continue;
    for (const auto& piece : s.pieces)
      for (std::size_t v = 0; v < piece.mesh.positions.size(); v += 5) {
        const bool in = bvh.contains(piece.mesh.positions[v]);
        inside += in ? 1 : 0;
        if (!in) ++outsideBy[s.nodeName()];
        ++total;
      }
  }
  ASSERT_GT(total, 0u);
  const double share = double(inside) / double(total);
  std::string worst;
  for (const auto& [name, n] : outsideBy)
    if (n > 20) worst += " " + name + "(" + std::to_string(n) + ")";
  RecordProperty("inside_skin_percent", std::to_string(100.0 * share));
  EXPECT_GE(share, 0.99) << 100.0 * share << "% inside; most outside:" << worst;
}

// Vertices can all lie inside while a long triangle between them cuts out through the skin (a
// cap fanned across a bent section did, as two white blades down the back of the neck): the
// surface itself is sampled, on both sides (the skin is not an exact mirror), and no muscle may
// show more than a speck (0.1 cm2) through the skin.
TEST_F(BodyModelTest, NoMuscleShowsMoreThanASpeckOfItsSurfaceThroughTheSkin) {
  const BodyStructure* skin = find("skin", "body", kMidline);
  ASSERT_TRUE(skin);
  const myo::TriangleBvh bvh(skin->pieces.front().mesh);
  std::string worst;
  for (const BodyStructure& s : body().structures) {
    if (s.kind != "muscle") continue;
    double outside = 0.0;
    glm::dvec3 outsideAt(0.0);  // where it shows, so a failure says where to look
    int outsideSamples = 0;
    for (const auto& piece : s.pieces) {
      const myo::Mesh& m = piece.mesh;
      for (std::size_t t = 0; t + 2 < m.indices.size(); t += 3) {
        const glm::vec3 a = m.positions[m.indices[t]], b = m.positions[m.indices[t + 1]], c = m.positions[m.indices[t + 2]];
        const double triangleArea = 0.5 * glm::length(glm::cross(b - a, c - a));
        int samples = 0, out = 0;
        for (float u = 0.1f; u < 1.0f; u += 0.2f)
          for (float v = 0.1f; u + v < 1.0f; v += 0.2f, ++samples) out += bvh.contains(a + u * (b - a) + v * (c - a)) ? 0 : 1;
        outside += triangleArea * out / samples;
        if (out > 0) {
          outsideAt += double(out) * glm::dvec3((a + b + c) / 3.0f);
          outsideSamples += out;
        }
      }
    }
    const double squareCm = outside * 1e4;
    if (squareCm > 0.1) {
      const glm::dvec3 where = outsideAt / double(std::max(outsideSamples, 1));
      char at[64];
      std::snprintf(at, sizeof at, " about (%.3f, %.3f, %.3f)", where.x, where.y, where.z);
      worst += " " + s.nodeName() + "(" + std::to_string(squareCm) + " cm2" + at + ")";
    }
  }
  EXPECT_TRUE(worst.empty()) << "muscle surface outside the skin:" << worst;
}

TEST_F(BodyModelTest, AtLeast98PercentOfRaysMeetTheLayersInDepthOrder) {
  std::vector<int>* layers = nullptr;
  std::vector<std::size_t>* owners = nullptr;
  const myo::Mesh& mesh = merged(&layers, &owners);
  const myo::TriangleBvh bvh(mesh);
  // Targets on the axes of the trunk and the limbs; rays come horizontally from all round.
  std::vector<glm::vec3> targets;
  std::vector<std::string> targetNames;
  for (float y = 0.95f; y <= 1.45f; y += 0.05f) {
    targets.emplace_back(0.0f, y, -0.01f);
    targetNames.push_back("trunk");
  }
  const auto along = [&](const char* a, const char* b, Side side) {
    for (float t = 0.2f; t <= 0.8f; t += 0.15f) {
      targets.push_back(glm::mix(landmark(a, side), landmark(b, side), t));
      targetNames.push_back(std::string(a) + "-" + b + "." + std::string(myo::atlas::toString(side)));
    }
  };
  for (Side side : myo::atlas::kBothSides) {
    along("humeral_head", "lateral_epicondyle", side);
    along("femur_upper", "femur_low", side);
    along("tibial_plateau", "tibia_low", side);
  }
  // What clashes, so a failure says where to look: the layer pair (deeper met first, then the
  // shallower), the structure pair, the target group, and a few example rays.
  const char* const layerNames[] = {"skin", "superficial", "intermediate", "deep", "bone"};
  std::map<std::string, std::size_t> byLayers, byStructures, byTarget;
  std::vector<std::string> examples;
  std::size_t ordered = 0, counted = 0;
  for (std::size_t ti = 0; ti < targets.size(); ++ti)
    for (int a = 0; a < 24; ++a) {
      const glm::vec3& target = targets[ti];
      const float angle = 2.0f * 3.14159265f * float(a) / 24.0f;
      const glm::vec3 dir(std::sin(angle), 0.0f, std::cos(angle));
      const glm::vec3 origin = target - dir * 1.0f;
      const std::vector<myo::RayHit> hits = bvh.allHits(origin, dir, 1.0f);
      // Start from the last time the ray enters the skin (it may pass another limb first).
      std::size_t start = hits.size();
      for (std::size_t h = 0; h < hits.size(); ++h)
        if (hits[h].entering && (*layers)[hits[h].triangle] == 0) start = h;
      if (start == hits.size()) continue;
      // A ray to the arm that enters the skin on the far side of the midline crosses the trunk on
      // its way: above the armpit the arm and the trunk share one skin, so nothing marks where the
      // trunk ends, and its layers would be read as the arm's. The trunk's own targets count those.
      const glm::vec3 entry = origin + dir * hits[start].t;
      if (targetNames[ti] != "trunk" && entry.x * target.x < 0.0f) continue;
      bool inOrder = true;
      int deepest = 0;
      std::size_t deepestHit = start;
      for (std::size_t h = start + 1; h < hits.size(); ++h) {
        if (!hits[h].entering) continue;
        const int depth = (*layers)[hits[h].triangle];
        if (depth < deepest && inOrder) {
          inOrder = false;
          const std::string& deeper = body().structures[(*owners)[hits[deepestHit].triangle]].nodeName();
          const std::string& shallower = body().structures[(*owners)[hits[h].triangle]].nodeName();
          ++byLayers[std::string(layerNames[deepest]) + " before " + layerNames[depth]];
          ++byStructures[deeper + " before " + shallower];
          ++byTarget[targetNames[ti]];
          if (examples.size() < 16 && byTarget[targetNames[ti]] <= 3) {
            const glm::vec3 p = origin + dir * hits[h].t;
            char line[200];
            std::snprintf(line, sizeof line, "\n  ray to %s (%.3f %.3f %.3f) from %d deg: %s at %.3f m, then %s at (%.3f %.3f %.3f)",
                          targetNames[ti].c_str(), double(target.x), double(target.y), double(target.z), a * 15,
                          deeper.c_str(), double(hits[deepestHit].t), shallower.c_str(), double(p.x), double(p.y), double(p.z));
            examples.push_back(line);
          }
        }
        if (depth > deepest) deepestHit = h;
        deepest = std::max(deepest, depth);
        if (depth == depthOf(Layer::Bone)) break;
      }
      ordered += inOrder ? 1 : 0;
      ++counted;
    }
  ASSERT_GT(counted, 100u);
  const double share = double(ordered) / double(counted);
  RecordProperty("ray_order_percent", std::to_string(100.0 * share));
  const auto listed = [](const std::map<std::string, std::size_t>& counts, std::size_t most) {
    std::vector<std::pair<std::size_t, std::string>> sorted;
    for (const auto& [what, n] : counts) sorted.emplace_back(n, what);
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto& l, const auto& r) { return l.first > r.first; });
    std::string text;
    for (std::size_t i = 0; i < sorted.size() && i < most; ++i) text += "\n  " + std::to_string(sorted[i].first) + "  " + sorted[i].second;
    return text;
  };
  RecordProperty("ray_order_clashes", listed(byStructures, 12));
  std::string examplesText;
  for (const std::string& e : examples) examplesText += e;
  EXPECT_GE(share, 0.98) << 100.0 * share << "% of " << counted << " rays in order\n"
                         << "clashing layers (deeper met before shallower):" << listed(byLayers, 10)
                         << "\nclashing structures:" << listed(byStructures, 25)
                         << "\nby target:" << listed(byTarget, 20) << "\nexample rays:" << examplesText;
}

TEST_F(BodyModelTest, MusclesSitInTheirAnatomicalPlaces) {
  const auto c = [&](const char* id) -> std::optional<glm::vec3> {
    const BodyStructure* s = find("muscle", id, Side::Left);
    if (!s) return std::nullopt;
    return centre(*s);
  };
  const auto check = [&](const char* id, auto&& predicate, const char* what) {
    const auto p = c(id);
    if (!p) {
      ADD_FAILURE() << id << " is not built";
      return;
    }
    EXPECT_TRUE(predicate(*p)) << id << " centre (" << p->x << ", " << p->y << ", " << p->z << ") is not " << what;
  };
  const glm::vec3 spine = landmark("t8_body");
  check("trapezius", [&](glm::vec3 p) { return p.y > landmark("scapula_inferior_angle").y && p.z < spine.z; },
        "above the inferior angle of the scapula and behind the spine's frontal plane");
  check("gastrocnemius", [&](glm::vec3 p) { return p.z < landmark("tibia_mid").z && p.y < landmark("femur_lateral_condyle").y && p.y > landmark("lateral_malleolus").y; },
        "behind the tibia, between knee and ankle");
  check("soleus", [&](glm::vec3 p) { return p.z < landmark("tibia_mid").z && p.y < landmark("tibial_plateau").y; }, "behind the tibia, below the knee");
  check("deltoid", [&](glm::vec3 p) { return p.x > landmark("humeral_head").x - 0.01f && p.y > landmark("deltoid_tuberosity").y && p.y < landmark("acromion").y; },
        "over the shoulder, lateral to the humeral head, between acromion and deltoid tuberosity");
  check("pectoralis_major", [&](glm::vec3 p) { return p.z > landmark("coracoid").z && p.y > landmark("xiphoid").y && p.y < landmark("jugular_notch").y; },
        "on the front of the chest");
  check("latissimus_dorsi", [&](glm::vec3 p) { return p.z < spine.z && p.y > landmark("iliac_crest_top").y && p.y < landmark("scapula_spine_root").y; },
        "on the back between the iliac crest and the scapula");
  check("gluteus_maximus", [&](glm::vec3 p) { return p.z < landmark("acetabulum").z - 0.03f && p.y < landmark("iliac_crest_top").y && p.y > landmark("ischial_tuberosity").y - 0.08f; },
        "behind the hip joint");
  check("rectus_abdominis", [&](glm::vec3 p) { return p.z > landmark("l3_body").z + 0.06f && p.y > landmark("pubic_symphysis").y && p.y < landmark("xiphoid").y && p.x < 0.08f; },
        "on the front of the abdomen beside the midline");
  check("rectus_femoris", [&](glm::vec3 p) { return p.z > landmark("femur_mid").z + 0.02f && p.y > landmark("patella").y && p.y < landmark("asis").y; },
        "on the front of the thigh");
  check("biceps_brachii", [&](glm::vec3 p) { return p.z > landmark("humerus_mid").z && p.y > landmark("lateral_epicondyle").y; }, "in front of the humerus");
  check("triceps_brachii", [&](glm::vec3 p) { return p.z < landmark("humerus_mid").z && p.y > landmark("olecranon").y; }, "behind the humerus");
  check("tibialis_anterior", [&](glm::vec3 p) { return p.z > landmark("tibia_mid").z - 0.01f && p.x > landmark("tibia_mid").x; }, "in front of and lateral to the tibia");
  check("infraspinatus", [&](glm::vec3 p) { return p.z < spine.z && p.y < landmark("scapula_spine_mid").y && p.y > landmark("scapula_inferior_angle").y; },
        "on the back of the scapula below its spine");
  const auto vl = c("vastus_lateralis"), vm = c("vastus_medialis");
  ASSERT_TRUE(vl && vm) << "vastus lateralis must lie lateral to vastus medialis: a muscle is missing";
  EXPECT_GT(vl->x, vm->x) << "vastus lateralis must lie lateral to vastus medialis";
  const auto bf = c("biceps_femoris"), st = c("semitendinosus");
  ASSERT_TRUE(bf && st) << "biceps femoris must lie lateral to semitendinosus: a muscle is missing";
  EXPECT_GT(bf->x, st->x) << "biceps femoris must lie lateral to semitendinosus";
  const auto eo = c("external_oblique"), ra = c("rectus_abdominis");
  ASSERT_TRUE(eo && ra) << "external oblique must lie lateral to rectus abdominis: a muscle is missing";
  EXPECT_GT(eo->x, ra->x) << "external oblique must lie lateral to rectus abdominis";
}

// A skull whose face is a smooth dome reads as a mannequin: the orbits are carved hollows, so
// looking straight at the eye the bone is met well behind the brow ridge above it.
TEST_F(BodyModelTest, TheSkullHasHollowOrbitsUnderTheBrowRidge) {
  const BodyStructure* skull = find("bone", "skull", kMidline);
  ASSERT_TRUE(skull);
  const myo::TriangleBvh bvh(skull->pieces.front().mesh);
  const glm::vec3 brow = landmark("eyebrow");
  const auto depthAt = [&](float y) {
    const auto hit = bvh.nearest(glm::vec3(brow.x, y, 0.5f), glm::vec3(0.0f, 0.0f, -1.0f), 1.0f);
    return hit ? 0.5f - hit->t : -1.0f;  // z of the first bone met from the front
  };
  const float browFront = depthAt(brow.y);
  const float orbitFloor = depthAt(brow.y - 0.022f);
  EXPECT_GT(browFront, brow.z - 0.01f) << "the brow ridge stands at the eyebrow landmark";
  EXPECT_LT(orbitFloor, browFront - 0.012f) << "the orbit must be a hollow at least 12 mm deep below the brow";
}

TEST_F(BodyModelTest, BakeIsDeterministic) {
  auto again = myo::atlas::buildBodyModel(baked().description);
  ASSERT_TRUE(again);
  EXPECT_TRUE(myo::atlas::encodeGlb(body()) == myo::atlas::encodeGlb(*again)) << "two bakes differ";
}

TEST_F(BodyModelTest, BakeTakesUnderTenSeconds) {
#if !defined(NDEBUG) || defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "timed only in optimised builds without sanitizers";
#endif
  RecordProperty("bake_seconds", std::to_string(baked().seconds));
  EXPECT_LT(baked().seconds, 10.0);
}

TEST_F(BodyModelTest, StaysUnderOneAndAHalfMillionTriangles) {
  RecordProperty("triangles", std::to_string(body().triangleCount()));
  EXPECT_LT(body().triangleCount(), 1'500'000u);
}

TEST(BodyModelDescription, AMistakeNamesTheFileAndTheJsonPointer) {
  const auto dir = std::filesystem::path(MYO_TEST_OUTPUT_DIR) / "bad-anatomy";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "muscles");
  const auto source = myo::atlas::defaultAnatomyFolder();
  for (const char* f : {"landmarks.json", "bones.json", "body.json"})
    std::filesystem::copy_file(source / f, dir / f);
  std::ofstream(dir / "muscles" / "broken.json")
      << R"({"muscles": [{"id": "deltoid", "layer": "superficial", "shape": "fan", "origin": "acromion",)"
      << R"( "insertion": "no_such_landmark", "thickness": 0.02}]})";
  auto loaded = myo::atlas::loadAnatomy(dir);
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("broken.json: /muscles/0/insertion: unknown landmark \"no_such_landmark\""),
            std::string::npos)
      << loaded.error().message;
}

TEST(BodyModelDescription, ABonesHollowIsCheckedLikeItsParts) {
  const auto dir = std::filesystem::path(MYO_TEST_OUTPUT_DIR) / "bad-carve";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir / "muscles");
  const auto source = myo::atlas::defaultAnatomyFolder();
  for (const char* f : {"landmarks.json", "body.json"}) std::filesystem::copy_file(source / f, dir / f);
  std::ofstream(dir / "bones.json")
      << R"({"bones": [{"id": "skull", "side": "midline", "parts": [{"ellipsoid": "skull_vertex", "radii": [0.07, 0.08, 0.09]}],)"
      << R"( "carve": [{"ellipsoid": "eyebrow", "radii": [0.017, -0.016, 0.026]}]}]})";
  auto loaded = myo::atlas::loadAnatomy(dir);
  ASSERT_FALSE(loaded);
  EXPECT_NE(loaded.error().message.find("bones.json: /bones/0/carve/0/radii: radii must be > 0"), std::string::npos)
      << loaded.error().message;
}

}  // namespace
