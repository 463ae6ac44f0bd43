#pragma once
// The anatomy description as read from assets/anatomy/ (see docs/anatomy-model.md): landmarks,
// bones, soft volumes, skin settings and muscles, with every point already resolved to body-frame
// coordinates of the person's LEFT side or the midline (the right side is always the mirror
// image, x -> -x). Plain data; loading and checking is anatomy_loader.hpp, building body_model.hpp.

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/atlas/layer.hpp"

namespace myo::atlas {

// A solid from which bones and soft volumes are built (it has a signed distance and bounds).
struct ShapePart {
  enum class Kind { Ellipsoid, Capsule, Tube, Plate };
  Kind kind = Kind::Ellipsoid;
  std::vector<glm::vec3> points;  // ellipsoid: centre; capsule: 2; tube: 2+; plate: 3+ (a fan from the first)
  std::vector<float> radii;       // capsule/tube: one per point
  glm::vec3 semiAxes{0.0f};       // ellipsoid
  float thickness = 0.0f;         // plate
};

struct BoneSpec {
  std::string id;
  bool midline = false;           // one bone on the midline (its off-midline parts mirrored in)
  std::vector<ShapePart> parts;
  std::vector<ShapePart> carve;   // hollows cut out of the blended parts (the orbits)
  float spacing = 0.0f;           // its own grid spacing (small bones of the hand and foot); 0: the skin's bone_spacing
  std::string source;             // "file: /bones/3" for messages
};

// Where fibres start, pass or end: a line through 1+ points; one point is spread to `width`
// across the fibres (perpendicular to them and to the surface below).
struct Station {
  std::vector<glm::vec3> points;
  float width = 0.0f;
  std::optional<glm::vec3> across;  // the spread's direction, when the default is wrong
};

enum class MuscleShape { Fusiform, Fan, Sheet, Pennate, Strap };

constexpr EnumTable<MuscleShape, 5> enumNames(MuscleShape) {
  return {{
      {MuscleShape::Fusiform, "fusiform"},
      {MuscleShape::Fan, "fan"},
      {MuscleShape::Sheet, "sheet"},
      {MuscleShape::Pennate, "pennate"},
      {MuscleShape::Strap, "strap"},
  }};
}

struct MuscleSpec {
  std::string id;
  std::string member;              // a group's member (e.g. rhomboid_major), or empty
  Layer layer = Layer::Superficial;
  MuscleShape shape = MuscleShape::Fusiform;
  std::vector<Station> stations;   // origin, via..., insertion (at least 2)
  float width = 0.0f;              // belly width when no via station gives it (fusiform, pennate, strap)
  float thickness = 0.01f;         // belly thickness
  float tendonOrigin = 0.0f;       // share of the length that is tendon at each end
  float tendonInsertion = 0.0f;
  int stack = 0;                   // within a layer, higher builds later and lies over lower
  bool wrapBonesOnly = false;      // wraps over bones and underlay only (serratus anterior under the scapula)
  std::string source;
};

struct SkinSpec {
  float gridSpacing = 0.005f;      // the body field's cell size; the skin's vertex spacing
  float boneSpacing = 0.003f;      // cell size of each bone's own field
  float offset = 0.003f;           // skin over the outermost muscle
  int creaseRadius = 2;            // cells: creases narrower than about this fill in
  int grooveRadius = 2;            // cells: grooves the muscles of a layer bridge rather than sink into
  int smoothing = 4;               // Taubin iterations on the skin
};

// A muscle's published size: its volume on one side (a group: all its members together).
struct VolumeTarget {
  std::string id;
  float cm3 = 0.0f;
  std::string citation;            // the full reference; empty for an estimate
  bool estimate = false;           // no study measured it: `note` says how it was estimated
  std::string note;                // how the figure was derived (regression, scaling, estimate)
  std::string source;              // "file: /volumes/3" for messages
};

// A survey's figure for one of the girths or breadths `measure` takes (anthropometry.json), in metres.
struct BodyTarget {
  std::string id;                  // "neck", "chest", ... "biacromial", "bi_iliac"
  float metres = 0.0f;
  std::string citation;            // the full reference
  std::string note;                // what the survey measured and how the figure was derived
  std::string source;              // "file: /measures/3" for messages
};

struct AnatomyDescription {
  std::map<std::string, glm::vec3> landmarks;
  std::vector<BoneSpec> bones;
  std::vector<ShapePart> underlay;  // unmodelled deep tissue: muscles wrap over it, never drawn
  std::vector<ShapePart> fat;       // subcutaneous volume: only shapes the skin
  std::vector<MuscleSpec> muscles;
  std::map<std::string, VolumeTarget> volumeTargets;  // by muscle id (volumes/*.json)
  std::map<std::string, BodyTarget> bodyTargets;      // by measure id (anthropometry.json)
  SkinSpec skin;
};

}  // namespace myo::atlas
