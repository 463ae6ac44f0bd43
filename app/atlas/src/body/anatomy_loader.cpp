#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/layer.hpp"

#include <algorithm>
#include <array>
#include <fstream>
#include <sstream>
#include <string_view>

#include "body/description_reader.hpp"
#include "myo/atlas/json_file.hpp"
#include "myo/atlas/knowledge_files.hpp"

namespace myo::atlas {

std::filesystem::path defaultAnatomyFolder() { return defaultAssetsDir() / "anatomy"; }

namespace {

using detail::expectAnatomyObject;
using detail::Landmarks;
using detail::readPoint;
using detail::readVec3;

struct DescriptionError {
  std::string message;
};

bool isSnakeCase(const std::string& s) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  return std::all_of(s.begin(), s.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_'; });
}

std::string readId(const JsonNode& node) {
  const std::string id = node.text();
  if (node.isString() && !isSnakeCase(id)) node.report("\"" + id + "\" is not a snake_case id");
  return id;
}

float readPositive(const JsonNode& node) { return static_cast<float>(node.positiveNumber()); }


void readLandmarks(const JsonNode& root, Landmarks& landmarks) {
  if (!expectAnatomyObject(root, {"landmarks"})) return;
  root["landmarks"].forEachMember([&](const std::string& name, const JsonNode& node) {
    if (!isSnakeCase(name)) node.report("landmark names are snake_case");
    if (landmarks.count(name)) node.report("landmark \"" + name + "\" is defined twice");
    // A landmark may be written relative to any landmark above it.
    const glm::vec3 p = node.isObject() && node.has("point") ? readPoint(node["point"], landmarks) : readPoint(node, landmarks);
    if (p.x < 0.0f) node.report("landmarks are given for the left side (x >= 0); the right side is mirrored");
    landmarks[name] = p;
  });
}

std::vector<ShapePart> readParts(const JsonNode& node, const Landmarks& landmarks) {
  std::vector<ShapePart> parts;
  node.forEach(Emptiness::NotEmpty, [&](const JsonNode& item) { parts.push_back(detail::readShapePart(item, landmarks)); });
  return parts;
}

// Whether a bone is one midline bone or a left one mirrored to the right.
enum class BonePairing { Paired, Midline };
constexpr EnumTable<BonePairing, 2> enumNames(BonePairing) {
  return {{{BonePairing::Paired, "paired"}, {BonePairing::Midline, "midline"}}};
}

void readBones(const JsonNode& root, AnatomyDescription& d) {
  if (!expectAnatomyObject(root, {"bones"})) return;
  root["bones"].forEach(Emptiness::NotEmpty, [&](const JsonNode& b) {
    if (!expectAnatomyObject(b, {"id", "side", "parts", "carve", "spacing"})) return;
    BoneSpec bone;
    bone.id = readId(b["id"]);
    bone.midline = b["side"].enumValue(BonePairing::Paired) == BonePairing::Midline;
    bone.parts = readParts(b["parts"], d.landmarks);
    if (b.has("carve")) bone.carve = readParts(b["carve"], d.landmarks);
    if (b.has("spacing")) bone.spacing = static_cast<float>(b["spacing"].number(0.001, 0.01));
    bone.source = b.location();
    for (const BoneSpec& other : d.bones)
      if (other.id == bone.id) b["id"].report("bone \"" + bone.id + "\" is defined twice");
    d.bones.push_back(std::move(bone));
  });
}

void readBody(const JsonNode& root, AnatomyDescription& d) {
  if (!expectAnatomyObject(root, {"skin", "underlay", "fat"})) return;
  const JsonNode s = root["skin"];
  if (expectAnatomyObject(s, {"grid_spacing", "bone_spacing", "offset", "crease_radius", "smoothing"})) {
    d.skin.gridSpacing = static_cast<float>(s["grid_spacing"].number(0.002, 0.02));
    d.skin.boneSpacing = static_cast<float>(s["bone_spacing"].number(0.0015, 0.01));
    d.skin.offset = readPositive(s["offset"]);
    d.skin.creaseRadius = s["crease_radius"].wholeNumber(0, 6);
    d.skin.smoothing = s["smoothing"].wholeNumber(0, 50);
  }
  d.underlay = readParts(root["underlay"], d.landmarks);
  d.fat = readParts(root["fat"], d.landmarks);
}

Station readStation(const JsonNode& node, const Landmarks& landmarks) {
  Station st;
  const auto addPoints = [&](const JsonNode& list) {
    list.forEach(Emptiness::NotEmpty, [&](const JsonNode& p) { st.points.push_back(readPoint(p, landmarks)); });
  };
  if (node.isObject() && node.has("points")) {
    expectAnatomyObject(node, {"points", "width", "across"});
    addPoints(node["points"]);
    if (node.has("width")) st.width = readPositive(node["width"]);
    if (node.has("across")) {
      const glm::vec3 a = readVec3(node["across"]);
      if (a.x * a.x + a.y * a.y + a.z * a.z < 1e-12f) node["across"].report("the direction is zero");
      else st.across = a;
    }
  } else if (node.isList() && node.size() > 0 && !node.element(0).isNumber()) {
    addPoints(node);  // several points side by side
  } else {
    st.points.push_back(readPoint(node, landmarks));
  }
  return st;
}

// How a muscle reaches its insertion: wrapping every structure below it, or the bones only.
enum class MuscleWrap { All, Bones };
constexpr EnumTable<MuscleWrap, 2> enumNames(MuscleWrap) {
  return {{{MuscleWrap::All, "all"}, {MuscleWrap::Bones, "bones"}}};
}

void readTendon(const JsonNode& node, MuscleSpec& spec) {
  if (!node.isList() || node.size() != 2) {
    node.report("must be [origin share, insertion share]");
    return;
  }
  spec.tendonOrigin = static_cast<float>(node.element(0).number(0.0, 0.8));
  spec.tendonInsertion = static_cast<float>(node.element(1).number(0.0, 0.8));
  if (spec.tendonOrigin + spec.tendonInsertion > 0.8f)
    node.report("tendon shares must leave at least 20% of the length for the belly");
}

void readMuscles(const JsonNode& root, AnatomyDescription& d) {
  if (!expectAnatomyObject(root, {"muscles"})) return;
  root["muscles"].forEach(Emptiness::NotEmpty, [&](const JsonNode& m) {
    if (!expectAnatomyObject(m, {"id", "member", "layer", "shape", "origin", "via", "insertion", "width", "thickness",
                                 "tendon", "stack", "wrap"}))
      return;
    MuscleSpec spec;
    spec.id = readId(m["id"]);
    if (m.has("member")) spec.member = readId(m["member"]);
    spec.layer = m["layer"].enumValue(kMuscleLayerNames, Layer::Superficial);
    spec.shape = m["shape"].enumValue(spec.shape);
    spec.stations.push_back(readStation(m["origin"], d.landmarks));
    if (m.has("via"))
      m["via"].forEach(Emptiness::MayBeEmpty, [&](const JsonNode& v) { spec.stations.push_back(readStation(v, d.landmarks)); });
    spec.stations.push_back(readStation(m["insertion"], d.landmarks));
    if (m.has("width")) spec.width = readPositive(m["width"]);
    spec.thickness = readPositive(m["thickness"]);
    if (spec.thickness > 0.1f) m["thickness"].report("thicker than 10 cm: is it in metres?");
    if (m.has("tendon")) readTendon(m["tendon"], spec);
    if (m.has("stack")) spec.stack = m["stack"].wholeNumber(-100, 100);
    if (m.has("wrap")) spec.wrapBonesOnly = m["wrap"].enumValue(MuscleWrap::All) == MuscleWrap::Bones;
    spec.source = m.location();
    for (const MuscleSpec& other : d.muscles)
      if (other.id == spec.id && other.member == spec.member)
        m["id"].report("muscle \"" + spec.id + (spec.member.empty() ? "" : "/" + spec.member) +
                       "\" is described twice (also at " + other.source + ")");
    d.muscles.push_back(std::move(spec));
  });
}

std::map<std::string, std::string> readCitations(const JsonNode& root) {
  std::map<std::string, std::string> citations;
  if (root.has("sources"))
    root["sources"].forEachMember([&](const std::string& key, const JsonNode& citation) { citations[key] = citation.text(); });
  return citations;
}

// volumes/*.json: {"sources": {key: citation}, "volumes": [{"id", "target_cm3", "source" | "estimate",
// "note"}]}. A figure without a source must say it is an estimate.
void readVolumes(const JsonNode& root, AnatomyDescription& d) {
  if (!expectAnatomyObject(root, {"sources", "volumes"})) return;
  const std::map<std::string, std::string> citations = readCitations(root);
  root["volumes"].forEach(Emptiness::NotEmpty, [&](const JsonNode& v) {
    if (!expectAnatomyObject(v, {"id", "target_cm3", "source", "estimate"})) return;
    VolumeTarget target;
    target.id = readId(v["id"]);
    target.cm3 = readPositive(v["target_cm3"]);
    if (target.cm3 > 5000.0f) v["target_cm3"].report("over 5000 cm3 for one muscle: is it in cm3?");
    if (v.has("source")) {
      const std::string key = v["source"].text();
      const auto found = citations.find(key);
      if (found == citations.end()) v["source"].report("source \"" + key + "\" is not among this file's \"sources\"");
      else target.citation = found->second;
    }
    if (v.has("estimate")) target.estimate = v["estimate"].boolean();
    if (target.citation.empty() && !target.estimate && !v.has("source"))
      v.report("a target needs a \"source\", or \"estimate\": true and a note saying how");
    if (v.has("note")) target.note = v["note"].text();
    if (target.estimate && target.note.empty()) v.report("an estimate needs a \"note\" saying how it was estimated");
    target.source = v.location();
    if (const auto other = d.volumeTargets.find(target.id); other != d.volumeTargets.end())
      v["id"].report("the volume of \"" + target.id + "\" is given twice (also at " + other->second.source + ")");
    d.volumeTargets[target.id] = std::move(target);
  });
}

// The girths and breadths `measure` takes (body_measures.cpp), the only ids anthropometry.json may give.
constexpr std::array<std::string_view, 10> kMeasuredOnTheBody = {"neck",  "chest", "waist",   "hip",        "thigh",
                                                                  "calf",  "upper_arm", "forearm", "biacromial", "bi_iliac"};

// anthropometry.json: {"sources": {key: citation}, "measures": [{"id", "target_m", "source", "note"}]}.
// Every figure is a survey's: no estimates.
void readAnthropometry(const JsonNode& root, AnatomyDescription& d) {
  if (!expectAnatomyObject(root, {"sources", "measures"})) return;
  const std::map<std::string, std::string> citations = readCitations(root);
  root["measures"].forEach(Emptiness::NotEmpty, [&](const JsonNode& m) {
    if (!expectAnatomyObject(m, {"id", "target_m", "source"})) return;
    BodyTarget target;
    target.id = readId(m["id"]);
    if (m["id"].isString() && std::find(kMeasuredOnTheBody.begin(), kMeasuredOnTheBody.end(), target.id) == kMeasuredOnTheBody.end()) {
      std::string known;
      for (std::string_view id : kMeasuredOnTheBody) known += (known.empty() ? "" : ", ") + std::string(id);
      m["id"].report("\"" + target.id + "\" is not a girth or breadth `myoatlas measure` takes (" + known + ")");
    }
    target.metres = readPositive(m["target_m"]);
    if (target.metres > 3.0f) m["target_m"].report("over 3 m: is it in metres?");
    const std::string key = m["source"].text();
    if (const auto found = citations.find(key); found != citations.end())
      target.citation = found->second;
    else if (m["source"].isString())
      m["source"].report("source \"" + key + "\" is not among this file's \"sources\"");
    if (m.has("note")) target.note = m["note"].text();
    target.source = m.location();
    if (const auto other = d.bodyTargets.find(target.id); other != d.bodyTargets.end())
      m["id"].report("the target of \"" + target.id + "\" is given twice (also at " + other->second.source + ")");
    d.bodyTargets[target.id] = std::move(target);
  });
}

std::vector<std::filesystem::path> jsonFilesIn(const std::filesystem::path& folder, bool required) {
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  if (!required && !std::filesystem::exists(folder, ec)) return files;
  for (const auto& entry : std::filesystem::directory_iterator(folder, ec))
    if (entry.path().extension() == ".json") files.push_back(entry.path());
  if (ec) throw DescriptionError{folder.string() + ": cannot be listed: " + ec.message()};
  std::sort(files.begin(), files.end());  // name order: the build order must not depend on the file system
  return files;
}

}  // namespace

Result<AnatomyDescription> loadAnatomy(const std::filesystem::path& folder) {
  AnatomyDescription d;
  // Each file is read whole, then the load stops if it had problems: the files after it build on
  // its landmarks and would only repeat the mistake.
  const auto load = [&](const std::filesystem::path& path, auto reader) {
    std::vector<Problem> problems;
    const ProblemLog log(path.string(), problems);
    constexpr JsonFileLimits kAnatomyFileLimits{4u << 20, 32, "an anatomy description file"};
    if (const std::optional<JsonDocument> document = readJsonFile(path, log, kAnatomyFileLimits))
      reader(JsonNode(*document, log), d);
    if (problems.empty()) return;
    std::string message;
    for (const Problem& problem : problems) {
      if (!message.empty()) message += '\n';
      message += formatProblem(problem);
    }
    throw DescriptionError{message};
  };
  try {
    load(folder / "landmarks.json", [](const JsonNode& root, AnatomyDescription& a) { readLandmarks(root, a.landmarks); });
    load(folder / "bones.json", readBones);
    load(folder / "body.json", readBody);
    for (const auto& f : jsonFilesIn(folder / "muscles", true)) load(f, readMuscles);
    for (const auto& f : jsonFilesIn(folder / "volumes", false)) load(f, readVolumes);
    if (std::error_code ec; std::filesystem::exists(folder / "anthropometry.json", ec)) load(folder / "anthropometry.json", readAnthropometry);
  } catch (const DescriptionError& e) {
    return Error{e.message};
  }
  return d;
}

}  // namespace myo::atlas
