#include "myo/atlas/knowledge_json.hpp"

namespace myo::atlas {

namespace {

using Json = nlohmann::ordered_json;

Json zoneToJson(const std::vector<ZonePatch>& zone) {
  Json patches = Json::array();
  for (const ZonePatch& patch : zone) patches.push_back({{"region", patch.region}, {"weight", patch.weight}});
  return patches;
}

Json shapesToJson(const std::vector<DrawnShape>& shapes) {
  Json list = Json::array();
  for (const DrawnShape& shape : shapes) {
    Json points = Json::array();
    for (const SkinAnchor& p : shape.points) points.push_back({p.base, p.offsetCm[0], p.offsetCm[1], p.offsetCm[2]});
    if (shape.kind == ShapeKind::Stroke)
      list.push_back({{"stroke", points}, {"width_cm", shape.widthCm}});
    else
      list.push_back({{"area", points}});
  }
  return list;
}

Json referralToJson(const Referral& referral) {
  Json json = {{"side", toString(referral.side)},
               {"description", referral.description},
               {"essential", zoneToJson(referral.essential)},
               {"spillover", zoneToJson(referral.spillover)}};
  if (!referral.drawing.empty()) json["drawing"] = toJson(referral.drawing);
  return json;
}

Json triggerPointToJson(const TriggerPoint& tp) {
  const TriggerPointLocation& where = tp.location;
  return {
      {"id", tp.id},
      {"name", tp.name},
      {"location",
       {{"description", where.description},
        {"member", where.member ? Json(*where.member) : Json(nullptr)},
        {"along", where.along},
        {"across", where.across},
        {"depth", toString(where.depth)}}},
      {"referral", referralToJson(tp.referral)},
  };
}

Json anatomyToJson(const Anatomy& anatomy) {
  return {
      {"origin", anatomy.origin},
      {"insertion", anatomy.insertion},
      {"actions", anatomy.actions},
      {"innervation", {{"nerve", anatomy.innervation.nerve}, {"roots", anatomy.innervation.roots}}},
      {"blood_supply", anatomy.bloodSupply},
      {"synergists", anatomy.synergists},
      {"antagonists", anatomy.antagonists},
      {"notes", anatomy.notes},
  };
}

Json clinicalToJson(const Clinical& clinical) {
  return {
      {"symptoms", clinical.symptoms},
      {"activating_factors", clinical.activatingFactors},
      {"perpetuating_factors", clinical.perpetuatingFactors},
      {"assessment",
       {{"posture", clinical.assessment.posture},
        {"range_of_motion", clinical.assessment.rangeOfMotion},
        {"muscle_tests", clinical.assessment.muscleTests}}},
      {"associated_trigger_points", clinical.associatedTriggerPoints},
      {"satellite_trigger_points", clinical.satelliteTriggerPoints},
      {"differential", clinical.differential},
      {"cautions", clinical.cautions},
  };
}

Json techniquesToJson(const Techniques& t) {
  return {
      {"palpation",
       {{"patient_position", t.palpation.patientPosition},
        {"landmarks", t.palpation.landmarks},
        {"fibre_direction", t.palpation.fibreDirection},
        {"grip", toString(t.palpation.grip)},
        {"steps", t.palpation.steps}}},
      {"pressure_release", {{"steps", t.pressureRelease.steps}}},
      {"positional_release",
       {{"tender_point", t.positionalRelease.tenderPoint},
        {"position_of_ease", t.positionalRelease.positionOfEase},
        {"hold_seconds", t.positionalRelease.holdSeconds},
        {"steps", t.positionalRelease.steps}}},
      {"pnf_stretch",
       {{"method", toString(t.pnfStretch.method)},
        {"position", t.pnfStretch.position},
        {"contraction", t.pnfStretch.contraction},
        {"relaxation", t.pnfStretch.relaxation},
        {"new_range", t.pnfStretch.newRange},
        {"repetitions", t.pnfStretch.repetitions},
        {"steps", t.pnfStretch.steps}}},
      {"self_care", {{"steps", t.selfCare.steps}}},
      {"licensing_note", t.licensingNote},
  };
}

Json sourcesToJson(const std::vector<SourceCitation>& sources) {
  Json list = Json::array();
  for (const SourceCitation& source : sources) {
    Json covers = Json::array();
    for (RecordPart part : source.covers) covers.push_back(toString(part));
    list.push_back({{"ref", source.ref}, {"chapter", source.chapter}, {"covers", covers}});
  }
  return list;
}

}  // namespace

nlohmann::ordered_json toJson(const ZoneDrawing& drawing) {
  return {{"essential", shapesToJson(drawing.essential)}, {"spillover", shapesToJson(drawing.spillover)}};
}

nlohmann::ordered_json toJson(const Muscle& muscle) {
  Json triggerPoints = Json::array();
  for (const TriggerPoint& tp : muscle.triggerPoints) triggerPoints.push_back(triggerPointToJson(tp));
  return {
      {"id", muscle.id},
      {"names", {{"common", muscle.names.common}, {"latin", muscle.names.latin}, {"aliases", muscle.names.aliases}}},
      {"region", toString(muscle.region)},
      {"layer", toString(muscle.layer)},
      {"members", muscle.members},
      {"anatomy", anatomyToJson(muscle.anatomy)},
      {"trigger_points", triggerPoints},
      {"clinical", clinicalToJson(muscle.clinical)},
      {"techniques", techniquesToJson(muscle.techniques)},
      {"sources", sourcesToJson(muscle.sources)},
      {"evidence_note", muscle.evidenceNote},
  };
}

nlohmann::ordered_json toJson(const Region& region) {
  return {
      {"id", region.id},
      {"base", region.base},
      {"side", toString(region.side)},
      {"name", region.name},
      {"group", toString(region.group)},
      {"description", region.description},
  };
}

nlohmann::ordered_json toJson(const Reference& reference) {
  return {
      {"id", reference.id},
      {"title", reference.title},
      {"edition", reference.edition},
      {"year", reference.year},
      {"authors", reference.authors},
  };
}

}  // namespace myo::atlas
