#pragma once
// The body model: skin, muscles (three layers) and bones built from the anatomy description.
// buildBodyModel works in the body frame (metres, +Y up, feet on y = 0, facing +Z, the person's
// left at +X). Bones first, then the muscles from deep to superficial, each wrapped over
// everything built before it, then the skin over all. Deterministic: the same description gives
// the same model, bit for bit.
//
//   auto anatomy = myo::atlas::loadAnatomy(myo::atlas::defaultAnatomyFolder());
//   auto body = myo::atlas::buildBodyModel(*anatomy);
//   myo::Scene scene = myo::atlas::toScene(*body);
//
// Not here: writing it to a file (body_glb.hpp).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/atlas/anatomy_description.hpp"
#include "myo/atlas/side.hpp"
#include "myo/engine/mesh.hpp"
#include "myo/engine/result.hpp"
#include "myo/engine/scene.hpp"

namespace myo::atlas {

enum class Tissue { Muscle, Tendon, Bone, Skin };  // decides the material

constexpr EnumTable<Tissue, 4> enumNames(Tissue) {
  return {{
      {Tissue::Muscle, "muscle"},
      {Tissue::Tendon, "tendon"},
      {Tissue::Bone, "bone"},
      {Tissue::Skin, "skin"},
  }};
}

// One drawable piece of a structure, one tissue.
struct BodyPiece {
  Tissue tissue = Tissue::Muscle;
  Mesh mesh;                       // positions, normals; scalars = `along` for muscle and tendon
  std::vector<glm::vec3> fibre;    // muscle and tendon: unit fibre direction per vertex, else empty
  std::vector<float> along;        // muscle and tendon: 0 at the origin, 1 at the insertion
};

struct BodyStructure {
  std::string kind;                // "skin", "muscle", "bone"
  std::string id;                  // knowledge-base id for muscles
  std::optional<Side> side;        // missing: on the midline
  std::string member;              // a group's member, or empty
  Layer layer = Layer::Bone;
  std::vector<BodyPiece> pieces;
  float fibreLength = 0.0f;        // muscles: origin to insertion along the centre fibre, metres

  // <kind>.<id>.<side>, without the side on the midline: muscle.trapezius.left, skin.body.
  std::string nodeName() const;
};

struct BodyModel {
  std::vector<BodyStructure> structures;       // skin, muscles, bones
  std::map<std::string, glm::vec3> landmarks;  // left side and midline, as described

  std::size_t triangleCount() const;
};

Result<BodyModel> buildBodyModel(const AnatomyDescription& description);

// The model as the engine draws it: one node per structure with kind, id, side, layer (and
// member) in its metadata, one part per piece; materials: muscle, tendon, bone, skin.
Scene toScene(const BodyModel& body);

// The four materials, indexed by Tissue.
std::vector<Material> bodyMaterials();

}  // namespace myo::atlas
