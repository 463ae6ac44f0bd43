// The bony landmarks a therapist palpates: where the anatomy description puts them, checked against
// the published figures of assets/anatomy/landmark-sources.json, and on the built skeleton, checked
// against the bone each one belongs to (a landmark floating beside its bone would send the fingers,
// the probe and every muscle attached to it to the wrong place).
#include <algorithm>
#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <glm/geometric.hpp>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "atlas_fixture.hpp"
#include "myo/atlas/anatomy_loader.hpp"
#include "myo/engine/primitives.hpp"
#include "myo/engine/surface_distance.hpp"

namespace {

constexpr float kTolerance = 0.015f;  // metres: the bar, about a fingertip's width

// The landmarks the cards' palpation steps and the probe name, each with the bone it lies on.
const std::map<std::string, std::string> kPalpationLandmarks = {
    {"c7_spinous", "vertebral_column"},
    {"external_occipital_protuberance", "skull"},
    {"mastoid", "skull"},
    {"acromion", "scapula"},
    {"coracoid", "scapula"},
    {"scapula_spine_root", "scapula"},
    {"scapula_superior_angle", "scapula"},
    {"scapula_inferior_angle", "scapula"},
    {"jugular_notch", "sternum"},
    {"lateral_epicondyle", "humerus"},
    {"medial_epicondyle", "humerus"},
    {"olecranon", "ulna"},
    {"radial_styloid", "radius"},
    {"iliac_crest_top", "hip_bone"},
    {"asis", "hip_bone"},
    {"psis", "hip_bone"},
    {"ischial_tuberosity", "hip_bone"},
    {"greater_trochanter", "femur"},
    {"trochanter_tip", "femur"},
    {"patella", "patella"},
    {"tibial_tuberosity", "tibia"},
    {"fibular_head", "fibula"},
    {"medial_malleolus", "tibia"},
    {"lateral_malleolus", "fibula"},
};

// The ones the issue names and the cards' palpation steps lean on most: each needs a published
// position (a survey's height or breadth, or a vertebral level an atlas gives).
const std::set<std::string> kSourcedPalpationLandmarks = {
    "c7_spinous", "acromion", "scapula_spine_root", "scapula_inferior_angle", "jugular_notch", "lateral_epicondyle",
    "medial_epicondyle", "radial_styloid", "iliac_crest_top", "asis", "psis", "greater_trochanter", "trochanter_tip",
    "patella", "lateral_malleolus", "medial_malleolus"};

const std::set<std::string> kMidlineBones = {"skull", "mandible", "vertebral_column", "sacrum", "sternum"};

// Landmarks whose described position is still further than kTolerance from its published figure,
// each with how far, so the list reads as the work left (docs/anatomy-model.md, "Landmarks"). It may
// only shrink: a landmark on it that comes within tolerance must leave it.
const std::set<std::string> kNotYetWhereTheSourceSays = {
    "c7_spinous",              // 1.468 m against cervicale height 1.512: the back of the neck 4 cm short
    "iliac_crest_top",         // 1.020 m against iliocristale height 1.062: the ilium 4 cm short
    "trochanter_tip",          // 0.935 m against trochanterion height 0.898
    "patella",                 // 0.530 m against midpatella height 0.487
    "femoral_head",            // 0.915 m against 0.898 (an estimate from the trochanterion)
    "scapula_superior_angle",  // 1.440 m against the T2 spinous process, 1.420
    "scapula_inferior_angle",  // 1.250 m against the T7 spinous process, 1.285
    "psis",                    // 0.975 m against the S2 spinous process, 0.914
    "lateral_malleolus",       // malleoli 5.4 cm apart against a bimalleolar breadth of 7.3
    "medial_malleolus",
};

struct Landmarks {
  std::map<std::string, glm::vec3> positions;
  std::string error;
};

const Landmarks& describedLandmarks() {
  static const Landmarks loaded = [] {
    Landmarks out;
    const auto description = myo::atlas::loadAnatomy(myo::atlas::defaultAnatomyFolder());
    if (!description) {
      out.error = description.error().message;
      return out;
    }
    out.positions = description->landmarks;
    return out;
  }();
  return loaded;
}

// Read from the same anatomy folder as the landmarks it checks.
nlohmann::json landmarkSources() {
  std::ifstream in(myo::atlas::defaultAnatomyFolder() / "landmark-sources.json");
  return nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
}

// The height of a spinous process ("t7_spinous"): the described one, or placed between the nearest
// described neighbours by its place in the column; below L5 the sacral spines follow the lumbar spacing.
std::optional<float> spinousHeight(const std::string& name, const std::map<std::string, glm::vec3>& at) {
  static const std::vector<std::string> kColumn = {"c7_spinous", "t1_spinous", "t2_spinous", "t3_spinous", "t4_spinous",
                                                   "t5_spinous", "t6_spinous", "t7_spinous", "t8_spinous", "t9_spinous",
                                                   "t10_spinous", "t11_spinous", "t12_spinous", "l1_spinous", "l2_spinous",
                                                   "l3_spinous", "l4_spinous", "l5_spinous", "s1_spinous", "s2_spinous"};
  if (const auto described = at.find(name); described != at.end()) return described->second.y;
  const auto index = std::find(kColumn.begin(), kColumn.end(), name);
  if (index == kColumn.end()) return std::nullopt;
  const long here = index - kColumn.begin();
  std::optional<std::pair<long, float>> above, below;
  for (long i = here; i >= 0 && !above; --i)
    if (auto it = at.find(kColumn[std::size_t(i)]); it != at.end()) above = {i, it->second.y};
  for (long i = here; i < long(kColumn.size()) && !below; ++i)
    if (auto it = at.find(kColumn[std::size_t(i)]); it != at.end()) below = {i, it->second.y};
  if (!above) return std::nullopt;
  if (below) return above->second + (below->second - above->second) * float(here - above->first) / float(below->first - above->first);
  const auto l1 = at.find("l1_spinous");
  const auto l5 = at.find("l5_spinous");
  if (l1 == at.end() || l5 == at.end()) return std::nullopt;
  return above->second - (l1->second.y - l5->second.y) / 4.0f * float(here - above->first);
}

// How far a described landmark is from one published figure, and what was compared; nullopt when
// the entry names something the description lacks.
struct Deviation {
  float metres = 0.0f;
  std::string what;
};

std::optional<Deviation> deviationFrom(const nlohmann::json& entry, const glm::vec3& described,
                                       const std::map<std::string, glm::vec3>& at) {
  Deviation worst;
  const auto consider = [&worst](float off, std::string what) {
    if (off >= worst.metres) worst = {off, std::move(what)};
  };
  if (entry.contains("height_m")) consider(std::abs(described.y - entry.at("height_m").get<float>()), "height");
  if (entry.contains("lateral_m"))
    consider(std::abs(described.x - entry.at("lateral_m").get<float>()), "distance from the midline");
  if (entry.contains("level_with")) {
    const std::string other = entry.at("level_with").get<std::string>();
    const std::optional<float> level = spinousHeight(other, at);
    if (!level) return std::nullopt;
    consider(std::abs(described.y - *level), "height against " + other);
  }
  if (entry.contains("breadth_to")) {
    const auto other = at.find(entry.at("breadth_to").get<std::string>());
    if (other == at.end() || !entry.contains("breadth_m")) return std::nullopt;
    consider(std::abs(std::abs(described.x - other->second.x) - entry.at("breadth_m").get<float>()),
             "breadth to " + other->first);
  }
  if (worst.what.empty()) return std::nullopt;
  return worst;
}

TEST(LandmarkSources, EveryPalpationLandmarkHasAPublishedPositionAndTheDescriptionFollowsIt) {
  const Landmarks& landmarks = describedLandmarks();
  ASSERT_TRUE(landmarks.error.empty()) << landmarks.error;
  const nlohmann::json sources = landmarkSources();
  ASSERT_TRUE(sources.is_object()) << "assets/anatomy/landmark-sources.json is not readable JSON";
  std::set<std::string> sourced, offSource;
  for (const nlohmann::json& entry : sources.at("landmarks")) {
    const std::string name = entry.at("landmark").get<std::string>();
    SCOPED_TRACE(name);
    const auto described = landmarks.positions.find(name);
    ASSERT_NE(described, landmarks.positions.end()) << "landmark-sources.json names an unknown landmark";
    ASSERT_TRUE(sources.at("sources").contains(entry.at("source").get<std::string>())) << "unknown source key";
    ASSERT_FALSE(entry.value("note", "").empty()) << "each figure says how it was read or derived";
    const std::optional<Deviation> off = deviationFrom(entry, described->second, landmarks.positions);
    ASSERT_TRUE(off) << "an entry gives height_m, lateral_m, level_with (a landmark or a spinous process such as "
                        "t7_spinous) or breadth_to with breadth_m, naming landmarks the description has";
    sourced.insert(name);
    if (off->metres > kTolerance) {
      offSource.insert(name);
      EXPECT_TRUE(kNotYetWhereTheSourceSays.count(name))
          << name << "'s " << off->what << " is " << off->metres * 100.0f << " cm from its published figure ("
          << entry.at("source").get<std::string>() << ")";
    }
  }
  for (const std::string& name : kNotYetWhereTheSourceSays)
    EXPECT_TRUE(offSource.count(name)) << name << " now follows its sources: take it off kNotYetWhereTheSourceSays";
  for (const std::string& name : kSourcedPalpationLandmarks)
    EXPECT_TRUE(sourced.count(name)) << name << " is palpated but has no published position in landmark-sources.json";
}

TEST(PalpationLandmarks, EachLiesOnTheSurfaceOfItsBone) {
  const Landmarks& landmarks = describedLandmarks();
  ASSERT_TRUE(landmarks.error.empty()) << landmarks.error;
  const myo::test::LoadedAtlas& atlas = myo::test::builtInAtlas();
  ASSERT_TRUE(atlas.error.empty()) << atlas.error;
  const myo::Scene& scene = atlas.scene->scene;
  // Each bone's surface, built once: "bone.scapula.left", "bone.skull".
  std::map<std::string, std::unique_ptr<myo::SurfaceDistance>> surfaces;
  const auto surfaceOf = [&](const std::string& node) -> const myo::SurfaceDistance* {
    std::unique_ptr<myo::SurfaceDistance>& surface = surfaces[node];
    if (!surface) {
      myo::Mesh mesh;
      for (const myo::Node& n : scene.nodes)
        if (n.name == node || n.name.rfind(node + ".", 0) == 0)
          for (int part : n.parts) myo::appendMesh(mesh, scene.parts[std::size_t(part)].mesh);
      if (mesh.positions.empty()) return nullptr;
      surface = std::make_unique<myo::SurfaceDistance>(mesh);
    }
    return surface.get();
  };
  for (const auto& [name, bone] : kPalpationLandmarks) {
    const auto described = landmarks.positions.find(name);
    ASSERT_NE(described, landmarks.positions.end()) << name;
    for (const char* side : {"left", "right"}) {
      glm::vec3 at = described->second;
      if (std::string(side) == "right") at.x = -at.x;
      const std::string node = kMidlineBones.count(bone) ? "bone." + bone : "bone." + bone + "." + side;
      const myo::SurfaceDistance* surface = surfaceOf(node);
      ASSERT_NE(surface, nullptr) << "no node " << node;
      const float distance = surface->distanceToSurface(at);
      EXPECT_LE(distance, kTolerance) << name << " (" << side << ") is " << distance * 100.0f << " cm from the " << bone
                                      << "'s surface";
      if (described->second.x == 0.0f) break;
    }
  }
}

}  // namespace
