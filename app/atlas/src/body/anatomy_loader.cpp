#include "myo/atlas/anatomy_loader.hpp"
#include "myo/atlas/layer.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "body/description_reader.hpp"
#include "knowledge/json_file.hpp"
#include "myo/atlas/knowledge_files.hpp"

namespace myo::atlas {

std::filesystem::path defaultAnatomyFolder() { return defaultAssetsDir() / "anatomy"; }

namespace {

using detail::Cursor;
using detail::DescriptionError;
using detail::Landmarks;
using Json = nlohmann::ordered_json;

Json parseFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw DescriptionError{path.string() + ": cannot be read"};
  std::stringstream text;
  text << in.rdbuf();
  try {
    return Json::parse(text.str());
  } catch (const Json::parse_error& e) {
    throw DescriptionError{path.string() + ": " + describeJsonParseError(e.what())};
  }
}

bool isSnakeCase(const std::string& s) {
  if (s.empty() || !(s[0] >= 'a' && s[0] <= 'z')) return false;
  return std::all_of(s.begin(), s.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_'; });
}

std::string readId(const Cursor& c) {
  const std::string id = c.string();
  if (!isSnakeCase(id)) c.fail("\"" + id + "\" is not a snake_case id");
  return id;
}

void readLandmarks(const std::string& file, const Json& root, Landmarks& landmarks) {
  const Cursor top(file, root);
  top.allowOnly({"landmarks"});
  for (const auto& [name, c] : top["landmarks"].members()) {
    if (!isSnakeCase(name)) c.fail("landmark names are snake_case");
    if (landmarks.count(name)) c.fail("landmark \"" + name + "\" is defined twice");
    // A landmark may be written relative to any landmark above it.
    const glm::vec3 p = c.json().is_object() && c.has("point") ? detail::readPoint(c["point"], landmarks)
                                                                : detail::readPoint(c, landmarks);
    if (p.x < 0.0f) c.fail("landmarks are given for the left side (x >= 0); the right side is mirrored");
    landmarks[name] = p;
  }
}

std::vector<ShapePart> readParts(const Cursor& c, const Landmarks& landmarks) {
  std::vector<ShapePart> parts;
  for (const Cursor& item : c.items()) parts.push_back(detail::readShapePart(item, landmarks));
  return parts;
}

void readBones(const std::string& file, const Json& root, AnatomyDescription& d) {
  const Cursor top(file, root);
  top.allowOnly({"bones"});
  for (const Cursor& b : top["bones"].items()) {
    b.allowOnly({"id", "side", "parts", "carve", "spacing"});
    BoneSpec bone;
    bone.id = readId(b["id"]);
    const std::string side = b["side"].string();
    if (side != "paired" && side != "midline") b["side"].fail("expected \"paired\" or \"midline\"");
    bone.midline = side == "midline";
    bone.parts = readParts(b["parts"], d.landmarks);
    if (bone.parts.empty()) b["parts"].fail("a bone needs at least one part");
    if (b.has("carve")) bone.carve = readParts(b["carve"], d.landmarks);
    if (b.has("spacing")) {
      bone.spacing = b["spacing"].positiveNumber();
      if (bone.spacing < 0.001f || bone.spacing > 0.01f) b["spacing"].fail("expected 0.001 to 0.01 m");
    }
    bone.source = b.where();
    for (const BoneSpec& other : d.bones)
      if (other.id == bone.id) b["id"].fail("bone \"" + bone.id + "\" is defined twice");
    d.bones.push_back(std::move(bone));
  }
}

void readBody(const std::string& file, const Json& root, AnatomyDescription& d) {
  const Cursor top(file, root);
  top.allowOnly({"skin", "underlay", "fat"});
  const Cursor s = top["skin"];
  s.allowOnly({"grid_spacing", "bone_spacing", "offset", "crease_radius", "smoothing"});
  d.skin.gridSpacing = s["grid_spacing"].positiveNumber();
  d.skin.boneSpacing = s["bone_spacing"].positiveNumber();
  d.skin.offset = s["offset"].positiveNumber();
  d.skin.creaseRadius = s["crease_radius"].integer();
  d.skin.smoothing = s["smoothing"].integer();
  if (d.skin.gridSpacing < 0.002f || d.skin.gridSpacing > 0.02f) s["grid_spacing"].fail("expected 0.002 to 0.02 m");
  if (d.skin.boneSpacing < 0.0015f || d.skin.boneSpacing > 0.01f) s["bone_spacing"].fail("expected 0.0015 to 0.01 m");
  if (d.skin.creaseRadius < 0 || d.skin.creaseRadius > 6) s["crease_radius"].fail("expected 0 to 6 cells");
  if (d.skin.smoothing < 0 || d.skin.smoothing > 50) s["smoothing"].fail("expected 0 to 50");
  d.underlay = readParts(top["underlay"], d.landmarks);
  d.fat = readParts(top["fat"], d.landmarks);
}

Station readStation(const Cursor& c, const Landmarks& landmarks) {
  Station st;
  const Json& j = c.json();
  if (j.is_object() && c.has("points")) {
    c.allowOnly({"points", "width", "across"});
    const Cursor pts = c["points"];
    for (const Cursor& p : pts.items()) st.points.push_back(detail::readPoint(p, landmarks));
    if (st.points.empty()) pts.fail("expected at least one point");
    if (c.has("width")) st.width = c["width"].positiveNumber();
    if (c.has("across")) {
      const glm::vec3 a = c["across"].vec3();
      if (a.x * a.x + a.y * a.y + a.z * a.z < 1e-12f) c["across"].fail("the direction is zero");
      st.across = a;
    }
  } else if (j.is_array() && !j.empty() && !j.front().is_number()) {
    for (const Cursor& p : c.items()) st.points.push_back(detail::readPoint(p, landmarks));
  } else {
    st.points.push_back(detail::readPoint(c, landmarks));
  }
  return st;
}

MuscleShape readShape(const Cursor& c) {
  const std::string s = c.string();
  if (std::optional<MuscleShape> shape = parseEnum<MuscleShape>(s)) return *shape;
  c.fail("unknown shape \"" + s + "\" (expected " + enumChoices<MuscleShape>(" or ") + ")");
}

Layer readMuscleLayer(const Cursor& c) {
  const std::string s = c.string();
  if (std::optional<Layer> layer = parseIn(kMuscleLayerNames, s)) return *layer;
  c.fail("unknown layer \"" + s + "\" (expected " + choicesIn(kMuscleLayerNames, " or ") + ")");
}

void readMuscles(const std::string& file, const Json& root, AnatomyDescription& d) {
  const Cursor top(file, root);
  top.allowOnly({"muscles"});
  for (const Cursor& m : top["muscles"].items()) {
    m.allowOnly({"id", "member", "layer", "shape", "origin", "via", "insertion", "width", "thickness", "tendon", "stack", "wrap"});
    MuscleSpec spec;
    spec.id = readId(m["id"]);
    if (m.has("member")) spec.member = readId(m["member"]);
    spec.layer = readMuscleLayer(m["layer"]);
    spec.shape = readShape(m["shape"]);
    spec.stations.push_back(readStation(m["origin"], d.landmarks));
    if (m.has("via"))
      for (const Cursor& v : m["via"].items()) spec.stations.push_back(readStation(v, d.landmarks));
    spec.stations.push_back(readStation(m["insertion"], d.landmarks));
    if (m.has("width")) spec.width = m["width"].positiveNumber();
    spec.thickness = m["thickness"].positiveNumber();
    if (spec.thickness > 0.1f) m["thickness"].fail("thicker than 10 cm: is it in metres?");
    if (m.has("tendon")) {
      const Cursor t = m["tendon"];
      if (!t.json().is_array() || t.json().size() != 2) t.fail("expected [origin share, insertion share]");
      spec.tendonOrigin = t[0].number();
      spec.tendonInsertion = t[1].number();
      if (spec.tendonOrigin < 0 || spec.tendonInsertion < 0 || spec.tendonOrigin + spec.tendonInsertion > 0.8f)
        t.fail("tendon shares must be >= 0 and leave at least 20% of the length for the belly");
    }
    if (m.has("stack")) spec.stack = m["stack"].integer();
    if (m.has("wrap")) {
      const std::string wrap = m["wrap"].string();
      if (wrap != "all" && wrap != "bones") m["wrap"].fail("expected \"all\" (default) or \"bones\"");
      spec.wrapBonesOnly = wrap == "bones";
    }
    spec.source = m.where();
    for (const MuscleSpec& other : d.muscles)
      if (other.id == spec.id && other.member == spec.member)
        m["id"].fail("muscle \"" + spec.id + (spec.member.empty() ? "" : "/" + spec.member) +
                     "\" is described twice (also at " + other.source + ")");
    d.muscles.push_back(std::move(spec));
  }
}

// volumes/*.json: {"sources": {key: citation}, "volumes": [{"id", "target_cm3", "source" | "estimate",
// "note"}]}. A figure without a source must say it is an estimate.
void readVolumes(const std::string& file, const Json& root, AnatomyDescription& d) {
  const Cursor top(file, root);
  top.allowOnly({"sources", "volumes", "note"});
  std::map<std::string, std::string> citations;
  if (top.has("sources"))
    for (const auto& [key, citation] : top["sources"].members()) citations[key] = citation.string();
  for (const Cursor& v : top["volumes"].items()) {
    v.allowOnly({"id", "target_cm3", "source", "estimate", "note"});
    VolumeTarget target;
    target.id = readId(v["id"]);
    target.cm3 = v["target_cm3"].positiveNumber();
    if (target.cm3 > 5000.0f) v["target_cm3"].fail("over 5000 cm3 for one muscle: is it in cm3?");
    if (v.has("source")) {
      const std::string key = v["source"].string();
      const auto found = citations.find(key);
      if (found == citations.end()) v["source"].fail("source \"" + key + "\" is not among this file's \"sources\"");
      target.citation = found->second;
    }
    if (v.has("estimate")) {
      if (!v["estimate"].json().is_boolean()) v["estimate"].fail("expected true or false");
      target.estimate = v["estimate"].json().get<bool>();
    }
    if (target.citation.empty() && !target.estimate) v.fail("a target needs a \"source\", or \"estimate\": true and a note saying how");
    if (v.has("note")) target.note = v["note"].string();
    if (target.estimate && target.note.empty()) v.fail("an estimate needs a \"note\" saying how it was estimated");
    target.source = v.where();
    if (const auto other = d.volumeTargets.find(target.id); other != d.volumeTargets.end())
      v["id"].fail("the volume of \"" + target.id + "\" is given twice (also at " + other->second.source + ")");
    d.volumeTargets[target.id] = std::move(target);
  }
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
  try {
    const auto load = [&](const std::filesystem::path& path, auto reader) {
      const Json root = parseFile(path);
      reader(path.string(), root, d);
    };
    load(folder / "landmarks.json", [](const std::string& f, const Json& j, AnatomyDescription& a) { readLandmarks(f, j, a.landmarks); });
    load(folder / "bones.json", readBones);
    load(folder / "body.json", readBody);
    for (const auto& f : jsonFilesIn(folder / "muscles", true)) load(f, readMuscles);
    for (const auto& f : jsonFilesIn(folder / "volumes", false)) load(f, readVolumes);
  } catch (const DescriptionError& e) {
    return Error{e.message};
  }
  return d;
}

}  // namespace myo::atlas
