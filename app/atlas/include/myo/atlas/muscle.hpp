#pragma once
// One muscle's record as docs/knowledge-base.md describes it: plain data, read from
// assets/knowledge/muscles/<id>.json by the knowledge-base loader. Field names follow the JSON keys
// (snake_case keys become camelCase members); the meaning of each is documented there, not here.

#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "myo/atlas/enum_names.hpp"
#include "myo/atlas/finding_link.hpp"
#include "myo/atlas/layer.hpp"

namespace myo::atlas {

// The body part a muscle is listed under (the sections of the muscle list).
enum class BodyPart {
  HeadAndJaw,
  Neck,
  ShoulderAndUpperBack,
  Chest,
  Arm,
  ForearmAndHand,
  Trunk,
  HipAndPelvis,
  ThighAndKnee,
  LegAndFoot,
};


// Whether a trigger point lies in the outer or the inner part of its muscle's thickness.
enum class TissueDepth { Superficial, Deep };

// Where referred pain is felt relative to the side of the trigger point.
enum class ReferralSide { Ipsilateral, Contralateral, Bilateral };

enum class PalpationGrip { Flat, Pincer };

// What the steps of a PNF stretch do; docs/knowledge-base.md defines each (practice_notes.hpp has
// the words the window and the card print).
enum class PnfMethod { HoldRelax, ContractRelax, ContractRelaxAntagonistContract };

// The parts of a record a source can support (`sources[].covers`).
enum class RecordPart {
  Anatomy,
  TriggerPoints,
  Referral,
  Clinical,
  Palpation,
  PressureRelease,
  PositionalRelease,
  PnfStretch,
  SelfCare,
};

constexpr EnumTable<BodyPart, 10> enumNames(BodyPart) {
  return {{
      {BodyPart::HeadAndJaw, "head_and_jaw"},
      {BodyPart::Neck, "neck"},
      {BodyPart::ShoulderAndUpperBack, "shoulder_and_upper_back"},
      {BodyPart::Chest, "chest"},
      {BodyPart::Arm, "arm"},
      {BodyPart::ForearmAndHand, "forearm_and_hand"},
      {BodyPart::Trunk, "trunk"},
      {BodyPart::HipAndPelvis, "hip_and_pelvis"},
      {BodyPart::ThighAndKnee, "thigh_and_knee"},
      {BodyPart::LegAndFoot, "leg_and_foot"},
  }};
}

constexpr EnumTable<TissueDepth, 2> enumNames(TissueDepth) {
  return {{
      {TissueDepth::Superficial, "superficial"},
      {TissueDepth::Deep, "deep"},
  }};
}

constexpr EnumTable<ReferralSide, 3> enumNames(ReferralSide) {
  return {{
      {ReferralSide::Ipsilateral, "ipsilateral"},
      {ReferralSide::Contralateral, "contralateral"},
      {ReferralSide::Bilateral, "bilateral"},
  }};
}

constexpr EnumTable<PalpationGrip, 2> enumNames(PalpationGrip) {
  return {{
      {PalpationGrip::Flat, "flat"},
      {PalpationGrip::Pincer, "pincer"},
  }};
}

constexpr EnumTable<PnfMethod, 3> enumNames(PnfMethod) {
  return {{
      {PnfMethod::HoldRelax, "hold-relax"},
      {PnfMethod::ContractRelax, "contract-relax"},
      {PnfMethod::ContractRelaxAntagonistContract, "contract-relax-antagonist-contract"},
  }};
}

constexpr EnumTable<RecordPart, 9> enumNames(RecordPart) {
  return {{
      {RecordPart::Anatomy, "anatomy"},
      {RecordPart::TriggerPoints, "trigger_points"},
      {RecordPart::Referral, "referral"},
      {RecordPart::Clinical, "clinical"},
      {RecordPart::Palpation, "palpation"},
      {RecordPart::PressureRelease, "pressure_release"},
      {RecordPart::PositionalRelease, "positional_release"},
      {RecordPart::PnfStretch, "pnf_stretch"},
      {RecordPart::SelfCare, "self_care"},
  }};
}

struct MuscleNames {
  std::string common;
  std::string latin;
  std::vector<std::string> aliases;
};

struct Innervation {
  std::string nerve;
  std::vector<std::string> roots;  // "C5", "S1", or "CN V" style for cranial nerves
};

struct Anatomy {
  std::string origin;
  std::string insertion;
  std::vector<std::string> actions;
  Innervation innervation;
  std::string bloodSupply;
  std::vector<std::string> synergists;   // muscle ids
  std::vector<std::string> antagonists;  // muscle ids
  std::string notes;
};

// A piece of a referral zone: a body region without its side prefix, and how much of it hurts.
struct ZonePatch {
  std::string region;  // base region id ("temple"), see RegionVocabulary
  double weight = 1.0; // 0 < weight <= 1
};

struct TriggerPointLocation {
  std::string description;
  std::optional<std::string> member;  // for a group entry, the member it lies in
  double along = 0.5;                 // 0 at the origin, 1 at the insertion
  double across = 0.5;                // 0 at the medial/inferior/posterior edge
  TissueDepth depth = TissueDepth::Superficial;
};

// A point of a drawn zone: a landmark of assets/anatomy/landmarks.json, or "region:<base id>" (the
// centre of that region's patch), plus an offset in centimetres (x to the person's left, y up,
// z forward). The painter moves it onto the nearest point of the skin.
struct SkinAnchor {
  std::string base;
  std::array<double, 3> offsetCm{0.0, 0.0, 0.0};
};

enum class ShapeKind {
  Stroke,  // a band of widthCm along the points
  Area,    // the skin inside the closed outline through the points
};

struct DrawnShape {
  ShapeKind kind = ShapeKind::Stroke;
  std::vector<SkinAnchor> points;
  double widthCm = 0.0;  // strokes only
};

// The zones as the Manual draws them, for a trigger point on the LEFT side of the body, exactly
// where its pain is felt; a right trigger point's drawing is the mirror image.
struct ZoneDrawing {
  std::vector<DrawnShape> essential;
  std::vector<DrawnShape> spillover;
  bool empty() const { return essential.empty() && spillover.empty(); }
};

struct Referral {
  ReferralSide side = ReferralSide::Ipsilateral;
  std::string description;
  // The regions the zones cover: the words of lookup and of the card, computed from the drawing
  // (`myoatlas zones --write`).
  std::vector<ZonePatch> essential;
  std::vector<ZonePatch> spillover;
  ZoneDrawing drawing;  // empty in a card that has not been drawn yet: the region patches are painted
};

struct TriggerPoint {
  std::string id;  // "<muscle id>/tpN"
  std::string name;
  TriggerPointLocation location;
  Referral referral;
};

struct Assessment {
  std::vector<std::string> posture;
  std::vector<std::string> rangeOfMotion;
  std::vector<std::string> muscleTests;
};

struct Clinical {
  std::vector<std::string> symptoms;
  std::vector<std::string> activatingFactors;
  std::vector<std::string> perpetuatingFactors;
  Assessment assessment;
  std::vector<std::string> associatedTriggerPoints;  // muscle ids
  std::vector<std::string> satelliteTriggerPoints;   // muscle ids
  std::vector<std::string> differential;
  std::vector<std::string> cautions;
};

struct Palpation {
  std::string patientPosition;
  std::vector<std::string> landmarks;
  std::string fibreDirection;
  PalpationGrip grip = PalpationGrip::Flat;
  std::vector<std::string> steps;
};

struct PressureRelease {
  std::vector<std::string> steps;
};

struct PositionalRelease {
  std::string tenderPoint;
  std::string positionOfEase;
  int holdSeconds = 90;
  std::vector<std::string> steps;
};

struct PnfStretch {
  PnfMethod method = PnfMethod::HoldRelax;
  std::string position;
  std::string contraction;
  std::string relaxation;
  std::string newRange;
  int repetitions = 3;
  std::vector<std::string> steps;
};

struct SelfCare {
  std::vector<std::string> steps;
};

struct Techniques {
  Palpation palpation;
  PressureRelease pressureRelease;
  PositionalRelease positionalRelease;
  PnfStretch pnfStretch;
  SelfCare selfCare;
  std::string licensingNote;  // may be empty
};

struct SourceCitation {
  std::string ref;  // a key of assets/knowledge/references.json
  std::string chapter;
  std::vector<RecordPart> covers;
};

struct Muscle {
  std::string id;
  MuscleNames names;
  BodyPart region = BodyPart::Neck;
  Layer layer = Layer::Superficial;
  std::vector<std::string> members;  // a group entry's members; empty for a single muscle
  Anatomy anatomy;
  std::vector<TriggerPoint> triggerPoints;
  Clinical clinical;
  Techniques techniques;
  std::vector<SourceCitation> sources;
  std::string evidenceNote;
  // From assets/knowledge/findings/*.json, not from the card's own file.
  std::vector<FindingLink> findings;
  std::vector<IntakeWarning> intakeWarnings;

  // Where the record was read from. Not part of the record: it lets messages and editors point
  // at the file.
  std::filesystem::path file;

  bool isGroup() const { return !members.empty(); }
};

}  // namespace myo::atlas
