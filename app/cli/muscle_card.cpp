#include "muscle_card.hpp"

#include <cctype>
#include <cmath>
#include <string>
#include <vector>

#include "myo/atlas/card_sections.hpp"
#include "myo/atlas/practice_notes.hpp"
#include "text_layout.hpp"

namespace myo::cli {

namespace {

using atlas::KnowledgeBase;
using atlas::Muscle;

// The column where labelled values start, so that they line up down the card.
constexpr std::size_t kLabelWidth = 23;

std::string joined(const std::vector<std::string>& items, std::string_view separator = ", ") {
  std::string text;
  for (const std::string& item : items) {
    if (!text.empty()) text += separator;
    text += item;
  }
  return text;
}

std::string percent(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

// "  Origin          " : a label padded to the value column.
std::string label(std::string_view text, std::size_t indent = 2) {
  std::string padded(indent, ' ');
  padded += text;
  if (padded.size() < kLabelWidth) padded.append(kLabelWidth - padded.size(), ' ');
  else padded += ' ';
  return padded;
}

// A section's title in capitals, so the sections stand out in a terminal.
void heading(std::ostream& out, std::string_view title) {
  std::string capitals(title);
  for (char& c : capitals) c = char(std::toupper(static_cast<unsigned char>(c)));
  out << "\n" << capitals << "\n";
}

void bullets(std::ostream& out, const std::vector<std::string>& items, std::size_t indent) {
  for (const std::string& item : items) writeWrapped(out, std::string(indent, ' ') + "- ", item);
}

void numberedSteps(std::ostream& out, const std::vector<std::string>& steps, std::size_t indent) {
  out << std::string(indent, ' ') << "Steps\n";
  indent += 2;
  for (std::size_t i = 0; i < steps.size(); ++i)
    writeWrapped(out, std::string(indent, ' ') + std::to_string(i + 1) + ". ", steps[i]);
}

// Other muscles by name, so the card reads as prose; the id follows where it differs.
std::string muscleNames(const std::vector<std::string>& ids, const KnowledgeBase& knowledgeBase) {
  std::vector<std::string> names;
  for (const std::string& id : ids) {
    const Muscle* other = knowledgeBase.findMuscle(id);
    names.push_back(other != nullptr ? other->names.common + " (" + id + ")" : id);
  }
  return names.empty() ? std::string("none") : joined(names);
}

std::string referralSideInWords(atlas::ReferralSide side) {
  switch (side) {
    case atlas::ReferralSide::Ipsilateral: return "on the same side as the trigger point (ipsilateral)";
    case atlas::ReferralSide::Contralateral: return "on the opposite side (contralateral)";
    case atlas::ReferralSide::Bilateral: return "on both sides (bilateral)";
  }
  return "";
}

std::string zoneInWords(const std::vector<atlas::ZonePatch>& zone, const KnowledgeBase& knowledgeBase) {
  std::vector<std::string> parts;
  for (const atlas::ZonePatch& patch : zone) {
    const atlas::Region* region = knowledgeBase.regions().findBase(patch.region);
    parts.push_back((region != nullptr ? region->baseName : patch.region) + " " + percent(patch.weight));
  }
  return parts.empty() ? std::string("none") : joined(parts);
}

void writeHeader(std::ostream& out, const Muscle& muscle) {
  out << muscle.names.common << "\n" << muscle.names.latin << "\n";
  out << "id " << muscle.id << " | " << readableName(atlas::toString(muscle.region)) << " | "
      << atlas::toString(muscle.layer) << " layer\n";
  if (muscle.isGroup()) writeWrapped(out, label("Members", 0), joined(muscle.members));
  if (!muscle.names.aliases.empty()) writeWrapped(out, label("Also known as", 0), joined(muscle.names.aliases));
}

void writeAnatomy(std::ostream& out, const Muscle& muscle, const KnowledgeBase& knowledgeBase) {
  const atlas::Anatomy& anatomy = muscle.anatomy;
  writeWrapped(out, label("Origin"), anatomy.origin);
  writeWrapped(out, label("Insertion"), anatomy.insertion);
  out << "  Actions\n";
  bullets(out, anatomy.actions, 4);
  writeWrapped(out, label("Innervation"),
               anatomy.innervation.nerve + "; roots " + joined(anatomy.innervation.roots));
  writeWrapped(out, label("Blood supply"), anatomy.bloodSupply);
  writeWrapped(out, label("Synergists"), muscleNames(anatomy.synergists, knowledgeBase));
  writeWrapped(out, label("Antagonists"), muscleNames(anatomy.antagonists, knowledgeBase));
  if (!anatomy.notes.empty()) writeWrapped(out, label("Notes"), anatomy.notes);
}

// "  2. Upper fibres  [trapezius/tp2]", under a blank line: how both trigger-point sections
// start each trigger point.
void writeTriggerPointName(std::ostream& out, std::size_t number, const atlas::TriggerPoint& tp) {
  out << "\n";
  writeWrapped(out, "  " + std::to_string(number) + ". ", tp.name + "  [" + tp.id + "]");
}

void writeTriggerPoints(std::ostream& out, const Muscle& muscle) {
  for (std::size_t i = 0; i < muscle.triggerPoints.size(); ++i) {
    const atlas::TriggerPoint& tp = muscle.triggerPoints[i];
    const atlas::TriggerPointLocation& where = tp.location;
    writeTriggerPointName(out, i + 1, tp);
    writeWrapped(out, label("Where", 5), where.description);
    std::string position = percent(where.along) + " of the way from origin to insertion, " + percent(where.across) +
                           " across its width, in the " + std::string(atlas::toString(where.depth)) + " part";
    if (where.member) position += ", in " + *where.member;
    writeWrapped(out, label("On the muscle", 5), position);
  }
}

void writeReferredPain(std::ostream& out, const Muscle& muscle, const KnowledgeBase& knowledgeBase) {
  writeWrapped(out, "  ",
               "Zones are shown by region with the share of the region that hurts: the essential zone is where "
               "nearly everyone with the trigger point feels it, the spillover zone where some do.");
  for (std::size_t i = 0; i < muscle.triggerPoints.size(); ++i) {
    const atlas::TriggerPoint& tp = muscle.triggerPoints[i];
    writeTriggerPointName(out, i + 1, tp);
    writeWrapped(out, label("Pain is felt", 5), referralSideInWords(tp.referral.side));
    writeWrapped(out, label("Pattern", 5), tp.referral.description);
    writeWrapped(out, label("Essential zone", 5), zoneInWords(tp.referral.essential, knowledgeBase));
    writeWrapped(out, label("Spillover zone", 5), zoneInWords(tp.referral.spillover, knowledgeBase));
  }
}

void writeClinical(std::ostream& out, const Muscle& muscle, const KnowledgeBase& knowledgeBase) {
  const atlas::Clinical& clinical = muscle.clinical;
  const auto list = [&out](std::string_view title, const std::vector<std::string>& items) {
    out << "  " << title << "\n";
    bullets(out, items, 4);
  };
  list("Symptoms", clinical.symptoms);
  list("Activating factors", clinical.activatingFactors);
  list("Perpetuating factors", clinical.perpetuatingFactors);
  list("Assessment: posture", clinical.assessment.posture);
  list("Assessment: range of motion", clinical.assessment.rangeOfMotion);
  list("Assessment: muscle tests", clinical.assessment.muscleTests);
  writeWrapped(out, "  Associated trigger points: ", muscleNames(clinical.associatedTriggerPoints, knowledgeBase));
  writeWrapped(out, "  Satellite trigger points: ", muscleNames(clinical.satelliteTriggerPoints, knowledgeBase));
  list("Often mistaken for / tell apart from", clinical.differential);
}

// The cautions come first in the techniques section, so nobody reaches a step without them.
void writeTechniques(std::ostream& out, const Muscle& muscle) {
  const atlas::Techniques& t = muscle.techniques;
  out << "  CAUTIONS - read before any technique:\n";
  for (const std::string& caution : muscle.clinical.cautions) writeWrapped(out, "    ! ", caution);
  if (!t.licensingNote.empty()) writeWrapped(out, "  Licensing: ", t.licensingNote);

  out << "\n  1. Palpation (" << atlas::toString(t.palpation.grip) << " grip)\n";
  writeWrapped(out, label("Patient position", 5), t.palpation.patientPosition);
  writeWrapped(out, label("Landmarks", 5), joined(t.palpation.landmarks, "; "));
  writeWrapped(out, label("Fibre direction", 5), t.palpation.fibreDirection);
  numberedSteps(out, t.palpation.steps, 5);

  out << "\n  2. Trigger-point pressure release\n";
  writeWrapped(out, label("Pressure scale", 5), atlas::pressureScaleNote());
  numberedSteps(out, t.pressureRelease.steps, 5);

  out << "\n  3. Positional release (strain-counterstrain)\n";
  writeWrapped(out, label("In a session", 5), atlas::positionalReleaseInASession());
  writeWrapped(out, label("Tender point", 5), t.positionalRelease.tenderPoint);
  writeWrapped(out, label("Position of ease", 5), t.positionalRelease.positionOfEase);
  writeWrapped(out, label("Hold", 5), std::to_string(t.positionalRelease.holdSeconds) + " seconds, then return slowly");
  numberedSteps(out, t.positionalRelease.steps, 5);

  out << "\n  4. PNF stretch (" << atlas::toString(t.pnfStretch.method) << ", " << t.pnfStretch.repetitions
      << (t.pnfStretch.repetitions == 1 ? " repetition)\n" : " repetitions)\n");
  writeWrapped(out, label("Method", 5), atlas::pnfMethodDefinition(t.pnfStretch.method));
  writeWrapped(out, label("Purpose", 5), atlas::pnfPurpose());
  writeWrapped(out, label("Hypermobility", 5), atlas::pnfHypermobilityCaution());
  writeWrapped(out, label("Licensing", 5), atlas::assistedStretchingLicensingNote());
  writeWrapped(out, label("Position", 5), t.pnfStretch.position);
  writeWrapped(out, label("Contraction", 5), t.pnfStretch.contraction);
  writeWrapped(out, label("Relaxation", 5), t.pnfStretch.relaxation);
  writeWrapped(out, label("New range", 5), t.pnfStretch.newRange);
  numberedSteps(out, t.pnfStretch.steps, 5);

  out << "\n  5. Self-care for the client\n";
  numberedSteps(out, t.selfCare.steps, 5);
}

std::string partsInWords(const std::vector<atlas::RecordPart>& parts) {
  std::vector<std::string> names;
  for (atlas::RecordPart part : parts) {
    std::string name(atlas::toString(part));
    for (char& c : name)
      if (c == '_') c = ' ';
    names.push_back(std::move(name));
  }
  return joined(names);
}

void writeSources(std::ostream& out, const Muscle& muscle, const KnowledgeBase& knowledgeBase) {
  for (const atlas::SourceCitation& source : muscle.sources) {
    std::string citation;
    if (const atlas::Reference* reference = knowledgeBase.findReference(source.ref)) {
      citation = atlas::citationText(*reference);
    } else {
      citation = source.ref + " (not in references.json)";
    }
    citation += ", chapter " + source.chapter + ". For: " + partsInWords(source.covers) + ".";
    writeWrapped(out, "  - ", citation);
  }
  heading(out, "EVIDENCE");
  writeWrapped(out, "  ", muscle.evidenceNote);
}

}  // namespace

void writeMuscleCard(std::ostream& out, const Muscle& muscle, const KnowledgeBase& knowledgeBase) {
  writeHeader(out, muscle);
  for (const atlas::CardSectionEntry& section : atlas::kCardSections) {
    heading(out, section.title);
    switch (section.id) {
      case atlas::CardSection::Anatomy: writeAnatomy(out, muscle, knowledgeBase); break;
      case atlas::CardSection::TriggerPoints: writeTriggerPoints(out, muscle); break;
      case atlas::CardSection::ReferredPain: writeReferredPain(out, muscle, knowledgeBase); break;
      case atlas::CardSection::Clinical: writeClinical(out, muscle, knowledgeBase); break;
      case atlas::CardSection::Techniques: writeTechniques(out, muscle); break;
      case atlas::CardSection::Sources: writeSources(out, muscle, knowledgeBase); break;
    }
  }
}

}  // namespace myo::cli
