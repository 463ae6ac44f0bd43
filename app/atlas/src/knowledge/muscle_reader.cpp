#include "knowledge/muscle_reader.hpp"

#include <algorithm>
#include <cctype>
#include <set>

#include "knowledge/identifiers.hpp"
#include "myo/atlas/trigger_point_ref.hpp"

namespace myo::atlas {

namespace {

using enum Emptiness;

// A list of muscle or member ids: snake_case, no repeats, not the muscle itself.
std::vector<std::string> readIdList(const JsonNode& node, Emptiness emptiness, const std::string& ownId) {
  std::vector<std::string> ids;
  node.forEach(emptiness, [&](const JsonNode& item) {
    std::string id = item.text();
    if (id.empty()) return;
    if (!isSnakeCaseId(id))
      item.report("must be a snake_case id such as \"levator_scapulae\", not \"" + id + "\"");
    else if (id == ownId)
      item.report("names the muscle itself");
    else if (std::find(ids.begin(), ids.end(), id) != ids.end())
      item.report("\"" + id + "\" is listed twice");
    ids.push_back(std::move(id));
  });
  return ids;
}

std::string lowerCase(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

MuscleNames readNames(const JsonNode& node) {
  MuscleNames names;
  if (!node.expectObject({"common", "latin", "aliases"})) return names;
  names.common = node["common"].text();
  names.latin = node["latin"].text();
  // Spelling variants ("six-pack", "six pack") are welcome; the same alias twice is a slip.
  std::set<std::string> seen;
  node["aliases"].forEach(MayBeEmpty, [&](const JsonNode& item) {
    std::string alias = item.text();
    if (!alias.empty() && !seen.insert(lowerCase(alias)).second)
      item.report("alias \"" + alias + "\" is listed twice");
    names.aliases.push_back(std::move(alias));
  });
  return names;
}

Innervation readInnervation(const JsonNode& node) {
  Innervation innervation;
  if (!node.expectObject({"nerve", "roots"})) return innervation;
  innervation.nerve = node["nerve"].text();
  node["roots"].forEach(NotEmpty, [&](const JsonNode& item) {
    std::string root = item.text();
    if (!root.empty() && !isNerveRoot(root))
      item.report("must be a spinal root (C1-C8, T1-T12, L1-L5, S1-S5) or a cranial nerve such as \"CN V\", not \"" +
                  root + "\"");
    innervation.roots.push_back(std::move(root));
  });
  return innervation;
}

Anatomy readAnatomy(const JsonNode& node, const std::string& ownId) {
  Anatomy anatomy;
  if (!node.expectObject({"origin", "insertion", "actions", "innervation", "blood_supply", "synergists",
                          "antagonists", "notes"}))
    return anatomy;
  anatomy.origin = node["origin"].text();
  anatomy.insertion = node["insertion"].text();
  anatomy.actions = node["actions"].textList(NotEmpty);
  anatomy.innervation = readInnervation(node["innervation"]);
  anatomy.bloodSupply = node["blood_supply"].text();
  // Empty when no muscle of the knowledge base qualifies; the notes then name the others.
  anatomy.synergists = readIdList(node["synergists"], MayBeEmpty, ownId);
  anatomy.antagonists = readIdList(node["antagonists"], MayBeEmpty, ownId);
  anatomy.notes = node["notes"].text(MayBeEmpty);
  return anatomy;
}

std::vector<ZonePatch> readZone(const JsonNode& node, Emptiness emptiness) {
  std::vector<ZonePatch> zone;
  node.forEach(emptiness, [&](const JsonNode& item) {
    ZonePatch patch;
    if (item.expectObject({"region", "weight"})) {
      patch.region = item["region"].text();
      patch.weight = item["weight"].number(0.0, 1.0, /*lowExclusive=*/true);
    }
    zone.push_back(std::move(patch));
  });
  return zone;
}

TriggerPointLocation readLocation(const JsonNode& node, const Muscle& muscle) {
  TriggerPointLocation location;
  if (!node.expectObject({"description", "member", "along", "across", "depth"})) return location;
  location.description = node["description"].text();
  const JsonNode member = node["member"];
  if (member.isNull()) {
    if (muscle.isGroup())
      member.report("must name the member the trigger point lies in, one of the entry's members");
  } else if (member.present()) {
    std::string name = member.text();
    if (!muscle.isGroup())
      member.report("must be null: this muscle is not a group (its members list is empty)");
    else if (!name.empty() && std::find(muscle.members.begin(), muscle.members.end(), name) == muscle.members.end())
      member.report("\"" + name + "\" is not one of this entry's members");
    location.member = std::move(name);
  }
  location.along = node["along"].number(0.0, 1.0);
  location.across = node["across"].number(0.0, 1.0);
  location.depth = node["depth"].enumValue(TissueDepth::Superficial);
  return location;
}

// ["landmark", x, y, z]: a name and an offset in centimetres.
SkinAnchor readAnchor(const JsonNode& node) {
  SkinAnchor anchor;
  const bool wellFormed = node.isList() && node.size() == 4;
  if (!wellFormed) {
    node.report("must be a point [\"landmark\", x, y, z]: a landmark (or \"region:<id>\") and an offset in cm");
    return anchor;
  }
  anchor.base = node.element(0).text();
  for (std::size_t i = 0; i < 3; ++i) anchor.offsetCm[i] = node.element(i + 1).number(-60.0, 60.0);
  return anchor;
}

DrawnShape readShape(const JsonNode& node) {
  DrawnShape shape;
  const bool isStroke = node.has("stroke");
  if (!node.expectObject({"stroke", "width_cm", "area"})) return shape;
  if (isStroke == node.has("area")) {
    node.report("must be either a stroke {\"stroke\": [points], \"width_cm\": w} or an area {\"area\": [points]}");
    return shape;
  }
  shape.kind = isStroke ? ShapeKind::Stroke : ShapeKind::Area;
  const JsonNode points = node[isStroke ? "stroke" : "area"];
  points.forEach(NotEmpty, [&](const JsonNode& point) { shape.points.push_back(readAnchor(point)); });
  const std::size_t fewest = isStroke ? 2 : 3;
  if (points.isList() && points.size() < fewest)
    points.report(std::string(isStroke ? "a stroke" : "an area") + " needs at least " + std::to_string(fewest) +
                  " points");
  if (isStroke)
    shape.widthCm = node["width_cm"].number(0.0, 40.0, /*lowExclusive=*/true);
  else if (node.has("width_cm"))
    node["width_cm"].report("only a stroke has a width");
  return shape;
}

ZoneDrawing readDrawing(const JsonNode& node) {
  ZoneDrawing drawing;
  if (!node.expectObject({"essential", "spillover"})) return drawing;
  node["essential"].forEach(NotEmpty, [&](const JsonNode& s) { drawing.essential.push_back(readShape(s)); });
  node["spillover"].forEach(MayBeEmpty, [&](const JsonNode& s) { drawing.spillover.push_back(readShape(s)); });
  return drawing;
}

Referral readReferral(const JsonNode& node) {
  Referral referral;
  if (!node.expectObject({"side", "description", "essential", "spillover", "drawing"})) return referral;
  referral.side = node["side"].enumValue(ReferralSide::Ipsilateral);
  referral.description = node["description"].text();
  referral.essential = readZone(node["essential"], NotEmpty);
  referral.spillover = readZone(node["spillover"], MayBeEmpty);
  if (node.has("drawing")) referral.drawing = readDrawing(node["drawing"]);
  return referral;
}

// Trigger points are `<muscle id>/tp1`, `/tp2`, … in the order they are listed, so that an id
// never depends on anything but the file, and a gap or a repeat is a visible mistake.
void checkTriggerPointId(const JsonNode& node, const std::string& id, const std::string& prefix, std::size_t index,
                         const std::vector<TriggerPoint>& earlier) {
  if (id.empty()) return;
  const auto same = std::find_if(earlier.begin(), earlier.end(), [&](const TriggerPoint& tp) { return tp.id == id; });
  if (same != earlier.end()) {
    node.report("duplicate trigger point id \"" + id + "\" (also /trigger_points/" +
                std::to_string(same - earlier.begin()) + "/id)");
    return;
  }
  const std::string expected = toString(TriggerPointRef{prefix, static_cast<int>(index + 1)});
  if (id != expected)
    node.report("must be \"" + expected + "\": trigger points are numbered <muscle id>/tpN from 1 in list order");
}

std::vector<TriggerPoint> readTriggerPoints(const JsonNode& node, const Muscle& muscle, const std::string& prefix) {
  std::vector<TriggerPoint> points;
  node.forEach(NotEmpty, [&](const JsonNode& item) {
    TriggerPoint point;
    if (item.expectObject({"id", "name", "location", "referral"})) {
      const JsonNode idNode = item["id"];
      point.id = idNode.text();
      checkTriggerPointId(idNode, point.id, prefix, points.size(), points);
      point.name = item["name"].text();
      point.location = readLocation(item["location"], muscle);
      point.referral = readReferral(item["referral"]);
    }
    points.push_back(std::move(point));
  });
  return points;
}

Assessment readAssessment(const JsonNode& node) {
  Assessment assessment;
  if (!node.expectObject({"posture", "range_of_motion", "muscle_tests"})) return assessment;
  assessment.posture = node["posture"].textList(NotEmpty);
  assessment.rangeOfMotion = node["range_of_motion"].textList(NotEmpty);
  assessment.muscleTests = node["muscle_tests"].textList(NotEmpty);
  return assessment;
}

Clinical readClinical(const JsonNode& node, const std::string& ownId) {
  Clinical clinical;
  if (!node.expectObject({"symptoms", "activating_factors", "perpetuating_factors", "assessment",
                          "associated_trigger_points", "satellite_trigger_points", "differential", "cautions"}))
    return clinical;
  clinical.symptoms = node["symptoms"].textList(NotEmpty);
  clinical.activatingFactors = node["activating_factors"].textList(NotEmpty);
  clinical.perpetuatingFactors = node["perpetuating_factors"].textList(NotEmpty);
  clinical.assessment = readAssessment(node["assessment"]);
  clinical.associatedTriggerPoints = readIdList(node["associated_trigger_points"], NotEmpty, ownId);
  clinical.satelliteTriggerPoints = readIdList(node["satellite_trigger_points"], MayBeEmpty, ownId);
  clinical.differential = node["differential"].textList(NotEmpty);
  clinical.cautions = node["cautions"].textList(NotEmpty);
  return clinical;
}

Palpation readPalpation(const JsonNode& node) {
  Palpation palpation;
  if (!node.expectObject({"patient_position", "landmarks", "fibre_direction", "grip", "steps"})) return palpation;
  palpation.patientPosition = node["patient_position"].text();
  palpation.landmarks = node["landmarks"].textList(NotEmpty);
  palpation.fibreDirection = node["fibre_direction"].text();
  palpation.grip = node["grip"].enumValue(PalpationGrip::Flat);
  palpation.steps = node["steps"].textList(NotEmpty);
  return palpation;
}

// Techniques with nothing but steps (pressure release, self-care).
std::vector<std::string> readStepsOnly(const JsonNode& node) {
  if (!node.expectObject({"steps"})) return {};
  return node["steps"].textList(NotEmpty);
}

PositionalRelease readPositionalRelease(const JsonNode& node) {
  PositionalRelease release;
  if (!node.expectObject({"tender_point", "position_of_ease", "hold_seconds", "steps"})) return release;
  release.tenderPoint = node["tender_point"].text();
  release.positionOfEase = node["position_of_ease"].text();
  release.holdSeconds = node["hold_seconds"].wholeNumber(1, 600);
  release.steps = node["steps"].textList(NotEmpty);
  return release;
}

PnfStretch readPnfStretch(const JsonNode& node) {
  PnfStretch stretch;
  if (!node.expectObject({"method", "position", "contraction", "relaxation", "new_range", "repetitions", "steps"}))
    return stretch;
  stretch.method = node["method"].enumValue(PnfMethod::HoldRelax);
  stretch.position = node["position"].text();
  stretch.contraction = node["contraction"].text();
  stretch.relaxation = node["relaxation"].text();
  stretch.newRange = node["new_range"].text();
  stretch.repetitions = node["repetitions"].wholeNumber(1, 20);
  stretch.steps = node["steps"].textList(NotEmpty);
  return stretch;
}

Techniques readTechniques(const JsonNode& node) {
  Techniques techniques;
  if (!node.expectObject({"palpation", "pressure_release", "positional_release", "pnf_stretch", "self_care",
                          "licensing_note"}))
    return techniques;
  techniques.palpation = readPalpation(node["palpation"]);
  techniques.pressureRelease.steps = readStepsOnly(node["pressure_release"]);
  techniques.positionalRelease = readPositionalRelease(node["positional_release"]);
  techniques.pnfStretch = readPnfStretch(node["pnf_stretch"]);
  techniques.selfCare.steps = readStepsOnly(node["self_care"]);
  techniques.licensingNote = node["licensing_note"].text(MayBeEmpty);
  return techniques;
}

std::vector<SourceCitation> readSources(const JsonNode& node) {
  std::vector<SourceCitation> sources;
  node.forEach(NotEmpty, [&](const JsonNode& item) {
    SourceCitation source;
    if (item.expectObject({"ref", "chapter", "covers"})) {
      source.ref = item["ref"].text();
      source.chapter = item["chapter"].text();
      item["covers"].forEach(NotEmpty, [&](const JsonNode& part) {
        source.covers.push_back(part.enumValue(RecordPart::Anatomy));
      });
    }
    sources.push_back(std::move(source));
  });
  return sources;
}

// Every part of the card must say where its facts come from.
void checkEveryPartCited(const JsonNode& node, const std::vector<SourceCitation>& sources) {
  if (sources.empty()) return;
  for (const EnumName<RecordPart>& part : namesOf<RecordPart>()) {
    const bool cited = std::any_of(sources.begin(), sources.end(), [&](const SourceCitation& source) {
      return std::find(source.covers.begin(), source.covers.end(), part.value) != source.covers.end();
    });
    if (!cited) node.report("no source covers \"" + std::string(part.name) + "\"; every part of the record needs one");
  }
}

}  // namespace

Muscle readMuscle(const JsonDocument& document, const std::string& fileId, const ProblemLog& log) {
  Muscle muscle;
  muscle.id = fileId;
  const JsonNode root(document, log);
  if (!root.expectObject({"id", "names", "region", "layer", "members", "anatomy", "trigger_points", "clinical",
                          "techniques", "sources", "evidence_note"}))
    return muscle;

  // Trigger point ids are checked against the id the record declares, so that a misnamed file
  // gives one message (here) rather than one per trigger point.
  const JsonNode idNode = root["id"];
  const std::string declaredId = idNode.text();
  if (!declaredId.empty() && declaredId != fileId)
    idNode.report("must equal the file name without .json (\"" + fileId + "\"), not \"" + declaredId + "\"");
  const std::string tpPrefix = declaredId.empty() ? fileId : declaredId;

  muscle.names = readNames(root["names"]);
  muscle.region = root["region"].enumValue(BodyPart::Neck);
  muscle.layer = root["layer"].enumValue(kMuscleLayerNames, Layer::Superficial);
  muscle.members = readIdList(root["members"], MayBeEmpty, fileId);
  muscle.anatomy = readAnatomy(root["anatomy"], fileId);
  muscle.triggerPoints = readTriggerPoints(root["trigger_points"], muscle, tpPrefix);
  muscle.clinical = readClinical(root["clinical"], fileId);
  muscle.techniques = readTechniques(root["techniques"]);
  const JsonNode sourcesNode = root["sources"];
  muscle.sources = readSources(sourcesNode);
  checkEveryPartCited(sourcesNode, muscle.sources);
  muscle.evidenceNote = root["evidence_note"].text();
  return muscle;
}

}  // namespace myo::atlas
