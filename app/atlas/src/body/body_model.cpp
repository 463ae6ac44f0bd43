#include "myo/atlas/body_model.hpp"

#include "myo/engine/simplify.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "body/bone_builder.hpp"
#include "body/mirror.hpp"
#include "body/muscle_builder.hpp"
#include "body/shape_field.hpp"
#include "body/skin_builder.hpp"
#include "myo/engine/mesh_smoothing.hpp"
#include "myo/engine/solid_check.hpp"

namespace myo::atlas {

std::string BodyStructure::nodeName() const {
  return kind + "." + id + (side ? "." + std::string(toString(*side)) : std::string());
}

std::size_t BodyModel::triangleCount() const {
  std::size_t n = 0;
  for (const BodyStructure& s : structures)
    for (const BodyPiece& p : s.pieces) n += p.mesh.triangleCount();
  return n;
}

namespace {

constexpr float kFar = 0.06f;          // the field's value far from everything
constexpr float kUnderlayBand = 0.10f; // the underlay is kept exact this far out: it steers wrapping
constexpr float kBand = 0.03f;

Bounds bodyBox(const AnatomyDescription& d, float spacing) {
  Bounds box;
  for (const auto& [name, p] : d.landmarks) {
    box.add(p);
    box.add(mirrorPoint(p));
  }
  for (const BoneSpec& b : d.bones)
    for (const ShapePart& part : b.parts) box.add(bounds(part));
  for (const ShapePart& part : d.fat) box.add(bounds(part));
  box.min.x = std::min(box.min.x, -box.max.x);
  box.max.x = std::max(box.max.x, -box.min.x);
  box.add(box.min - glm::vec3(0.04f));
  box.add(box.max + glm::vec3(0.04f));
  // The field's samples lie on a lattice fixed in the body's frame, whatever the body's extent: an
  // edit that moves the extent (the arms abducted, a longer finger) would otherwise shift every
  // sample by a fraction of a cell, and every muscle and the skin with it (the small muscles'
  // volumes by up to a fifth). The lattice is the one the muscles were sized on.
  const glm::vec3 kLatticeCorner(-0.347f, -0.042f, -0.164f);
  for (int axis = 0; axis < 3; ++axis) {
    const float onLattice =
        kLatticeCorner[axis] + std::floor((box.min[axis] - kLatticeCorner[axis]) / spacing + 1e-3f) * spacing;
    // Already on it: left to the bit, since the builder's thresholds see even a rounding.
    if (std::abs(onLattice - box.min[axis]) > 1e-6f) box.min[axis] = onLattice;
  }
  return box;
}

void stampParts(SdfGrid& field, const std::vector<ShapePart>& parts, float band) {
  for (const ShapePart& part : parts)
    field.stamp(bounds(part), band, [&](const glm::vec3& p) { return distance(part, p); });
}

BodyStructure boneStructure(const std::string& id, std::optional<Side> side, Mesh mesh) {
  BodyStructure s;
  s.kind = "bone";
  s.id = id;
  s.side = side;
  s.layer = Layer::Bone;
  s.pieces.push_back(BodyPiece{Tissue::Bone, std::move(mesh), {}, {}});
  return s;
}

BodyStructure muscleStructure(const MuscleSpec& spec, Side side, std::vector<BodyPiece> pieces,
                              float fibreLength) {
  BodyStructure s;
  s.fibreLength = fibreLength;
  s.kind = "muscle";
  s.id = spec.id;
  s.side = side;
  s.member = spec.member;
  s.layer = spec.layer;
  s.pieces = std::move(pieces);
  return s;
}

std::vector<BodyPiece> mirroredPieces(const std::vector<BodyPiece>& pieces) {
  std::vector<BodyPiece> out;
  for (const BodyPiece& p : pieces)
    out.push_back(BodyPiece{p.tissue, mirroredMesh(p.mesh), mirroredVectors(p.fibre), p.along});
  return out;
}

// Deep first, so every muscle wraps over the ones below it; within a layer by `stack`, then in
// description order.
std::vector<std::size_t> buildOrder(const std::vector<MuscleSpec>& muscles) {
  std::vector<std::size_t> order(muscles.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  const auto depth = [](Layer l) { return l == Layer::Deep ? 0 : l == Layer::Intermediate ? 1 : 2; };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t l, std::size_t r) {
    const MuscleSpec& a = muscles[l];
    const MuscleSpec& b = muscles[r];
    if (depth(a.layer) != depth(b.layer)) return depth(a.layer) < depth(b.layer);
    return a.stack < b.stack;
  });
  return order;
}

// Software rasterisers pay for every triangle: generated meshes are simplified as long as the
// surface moves less than these distances (metres). Pieces are simplified before mirroring, so the
// right side stays the exact mirror of the left. They are also wound outward, so a renderer may
// skip their far side (the lofted bundles come out either way round).
constexpr float kBoneSimplifyError = 0.0010f;
constexpr float kMuscleSimplifyError = 0.0004f;
constexpr float kSkinSimplifyError = 0.0004f;
// The skin is simplified in cubes of this side (simplify.hpp): an edit to the anatomy then
// re-tessellates the skin only around it, and the referral zones and regions far from it keep the
// skin they were drawn on.
constexpr float kSkinTile = 0.15f;

// The least skin over any muscle: more than a coarse level of detail moves a muscle's surface at
// close range, so none shows through.
constexpr float kSkinClearance = 0.0015f;

Mesh allMuscleSurfaces(const std::vector<BodyStructure>& muscles) {
  Mesh all;
  for (const BodyStructure& muscle : muscles)
    for (const BodyPiece& piece : muscle.pieces) {
      const auto first = static_cast<std::uint32_t>(all.positions.size());
      all.positions.insert(all.positions.end(), piece.mesh.positions.begin(), piece.mesh.positions.end());
      all.normals.insert(all.normals.end(), piece.mesh.normals.begin(), piece.mesh.normals.end());
      all.normals.resize(all.positions.size());  // a piece without normals lifts by its triangles only
      for (std::uint32_t index : piece.mesh.indices) all.indices.push_back(first + index);
    }
  return all;
}

Mesh simplified(Mesh mesh, float maxError) {
  simplifyMesh(mesh, maxError);
  orientOutward(mesh);
  return mesh;
}

// The field with grooves narrower than about twice `radius` cells filled: min(field, blurred field).
SdfGrid filledGrooves(const SdfGrid& field, int radius) {
  if (radius <= 0) return field;
  SdfGrid out = field;
  const SdfGrid soft = blurred(field, radius, 2);
  std::vector<float>& v = out.values();
  for (std::size_t i = 0; i < v.size(); ++i) v[i] = std::min(v[i], soft.values()[i]);
  return out;
}

bool bellyShaped(MuscleShape shape) {
  return shape == MuscleShape::Fusiform || shape == MuscleShape::Pennate || shape == MuscleShape::Strap;
}

// The scale that should bring a muscle of volume `built` down to `wanted`: a belly narrows and thins
// alike, a sheet or fan thins (its attachments fix its outline). Only ever smaller: a muscle built
// fuller than its description, pushed out of its neighbours, crumples and shows through the muscles
// and skin over it, so a muscle too small for its target needs its description redrawn (its
// stations' widths, its thickness), which `myoatlas measure` shows.
constexpr float kLeast = 0.45f;

CrossSectionScale rescaled(CrossSectionScale scale, MuscleShape shape, double built, double wanted) {
  const float ratio = static_cast<float>(std::clamp(wanted / std::max(built, 1e-9), 0.2, 1.0));
  if (bellyShaped(shape)) {
    scale.width = std::max(scale.width * std::sqrt(ratio), kLeast);
    scale.thickness = std::max(scale.thickness * std::sqrt(ratio), kLeast);
  } else {
    scale.thickness = std::max(scale.thickness * ratio, kLeast);
  }
  return scale;
}

// The muscle no larger than its target volume, where its shape allows: built, measured, its
// cross-section rescaled and built again; the build nearest the target is kept. `wanted` of zero:
// as described.
MuscleGeometry sizedMuscle(const MuscleSpec& spec, const SdfGrid& below, double wanted) {
  constexpr int kRounds = 3;
  constexpr double kCloseEnough = 0.05;
  const auto miss = [&](const MuscleGeometry& g) { return std::abs(std::log(std::max(g.volume, 1e-12) / wanted)); };
  CrossSectionScale scale;
  MuscleGeometry best = buildMuscle(spec, below, kMuscleSimplifyError, scale);
  MuscleGeometry latest = best;
  for (int round = 0; round < kRounds && wanted > 0.0 && miss(best) > kCloseEnough; ++round) {
    const CrossSectionScale next = rescaled(scale, spec.shape, latest.volume, wanted);
    if (next.width == scale.width && next.thickness == scale.thickness) break;  // at its limits
    scale = next;
    latest = buildMuscle(spec, below, kMuscleSimplifyError, scale);
    if (miss(latest) < miss(best)) best = latest;
  }
  // The chosen build's surface untangled where it cuts through itself, from its lofted surface.
  // Only the surface: the sheet, and so the field that the muscles after it wrap over, is the one sized here, and the
  // untangling keeps the volume within 5%. Kept only when it leaves fewer crossings (the
  // untangled whole, simplified, can cross more than the simplified tangle did).
  const auto crossings = [](const MuscleGeometry& g) {
    std::vector<const Mesh*> surface;
    for (const BodyPiece& piece : g.pieces) surface.push_back(&piece.mesh);
    return inspectSolid(surface).intersectingPairs;
  };
  const std::size_t tangled = crossings(best);
  MuscleGeometry chosen = tangled == 0 ? std::move(best) : [&] {
    MuscleGeometry untangled = untangledMuscle(best, spec, below, kMuscleSimplifyError);
    return crossings(untangled) < tangled ? std::move(untangled) : std::move(best);
  }();
  chosen.lofted = Mesh{};  // only needed to untangle
  return chosen;
}

// Each described muscle's share of its target volume (m^3): all of it, or for a group described
// member by member, the member's share by the size it has as described (built over the skeleton).
std::vector<double> wantedVolumes(const AnatomyDescription& d, const SdfGrid& skeleton) {
  std::map<std::string, int> members;
  for (const MuscleSpec& spec : d.muscles) ++members[spec.id];
  std::vector<double> asDescribed(d.muscles.size(), 0.0);
  std::map<std::string, double> groupTotal;
  for (std::size_t i = 0; i < d.muscles.size(); ++i)
    if (members[d.muscles[i].id] > 1) {
      asDescribed[i] = buildMuscle(d.muscles[i], skeleton, kMuscleSimplifyError).volume;
      groupTotal[d.muscles[i].id] += asDescribed[i];
    }
  std::vector<double> wanted(d.muscles.size(), 0.0);
  for (std::size_t i = 0; i < d.muscles.size(); ++i) {
    const auto target = d.volumeTargets.find(d.muscles[i].id);
    if (target == d.volumeTargets.end()) continue;
    const double total = target->second.cm3 * 1e-6;
    wanted[i] = members[d.muscles[i].id] > 1 ? total * asDescribed[i] / std::max(groupTotal[d.muscles[i].id], 1e-12) : total;
  }
  return wanted;
}

}  // namespace


Result<BodyModel> buildBodyModel(const AnatomyDescription& d) {
  BodyModel body;
  body.landmarks = d.landmarks;
  SdfGrid field(bodyBox(d, d.skin.gridSpacing), d.skin.gridSpacing, kFar);
  stampParts(field, withMirroredParts(d.underlay), kUnderlayBand);

  std::vector<BodyStructure> bones;
  for (const BoneSpec& bone : d.bones) {
    const float spacing = bone.spacing > 0.0f ? bone.spacing : d.skin.boneSpacing;
    if (bone.midline) {
      const std::vector<ShapePart> parts = withMirroredParts(bone.parts);
      const Mesh mesh = buildBoneMesh(parts, withMirroredParts(bone.carve), spacing);
      bones.push_back(boneStructure(bone.id, std::nullopt, simplified(mesh, kBoneSimplifyError)));
      stampParts(field, parts, kBand);
    } else {
      Mesh left = simplified(buildBoneMesh(bone.parts, bone.carve, spacing), kBoneSimplifyError);
      Mesh right = mirroredMesh(left);
      bones.push_back(boneStructure(bone.id, Side::Left, std::move(left)));
      bones.push_back(boneStructure(bone.id, Side::Right, std::move(right)));
      stampParts(field, withMirroredParts(bone.parts), kBand);
    }
  }

  const SdfGrid skeletonField = field;  // bones and underlay only, for muscles that wrap under others
  // The muscles of a layer lie over a copy of the field with its narrow grooves filled (the gap
  // between the two erector spinae columns, between a muscle and the bone beside it): a sheet
  // bridges such a groove, as fascia does, instead of sinking into it under the edges of the
  // deeper muscles on either side. Renewed at each layer; every muscle is stamped into both.
  SdfGrid bridged;
  std::optional<Layer> bridgedLayer;
  const std::vector<double> wanted = wantedVolumes(d, skeletonField);
  std::vector<BodyStructure> muscles(d.muscles.size() * 2);
  for (std::size_t index : buildOrder(d.muscles)) {
    const MuscleSpec& spec = d.muscles[index];
    if (!spec.wrapBonesOnly && bridgedLayer != spec.layer) {
      bridged = filledGrooves(field, d.skin.grooveRadius);
      bridgedLayer = spec.layer;
    }
    MuscleGeometry geometry = sizedMuscle(spec, spec.wrapBonesOnly ? skeletonField : bridged, wanted[index]);
    if (bridgedLayer)
      stampMuscle({&field, &bridged}, geometry, true);
    else
      stampMuscle({&field}, geometry, true);
    muscles[2 * index + 1] = muscleStructure(spec, Side::Right, mirroredPieces(geometry.pieces), geometry.length);
    muscles[2 * index] = muscleStructure(spec, Side::Left, std::move(geometry.pieces), geometry.length);
  }

  stampParts(field, withMirroredParts(d.fat), kBand);
  BodyStructure skin;
  skin.kind = "skin";
  skin.id = "body";
  skin.layer = Layer::Skin;
  // The left half is simplified and mirrored, as the muscles are: simplified whole, the two sides
  // came out tessellated differently, and a region or a referral zone covered more skin on one side.
  Mesh skinHalf = leftHalf(buildSkin(field, d.skin));
  simplifyMeshInTiles(skinHalf, kSkinSimplifyError, kSkinTile);
  Mesh skinMesh = joinedWithMirror(skinHalf);
  computeSmoothNormals(skinMesh);
  orientOutward(skinMesh);
  liftOver(skinMesh, allMuscleSurfaces(muscles), kSkinClearance);
  skin.pieces.push_back(BodyPiece{Tissue::Skin, std::move(skinMesh), {}, {}});

  body.structures.push_back(std::move(skin));
  for (BodyStructure& m : muscles) body.structures.push_back(std::move(m));
  for (BodyStructure& b : bones) body.structures.push_back(std::move(b));
  return body;
}

Scene toScene(const BodyModel& body) {
  Scene scene;
  scene.format = "MyoAtlas body model (built in)";
  scene.materials = bodyMaterials();
  for (const BodyStructure& s : body.structures) {
    Node node;
    node.name = s.nodeName();
    node.metadata = {{"kind", s.kind},
                     {"id", s.id},
                     {"side", std::string(sideOrMidline(s.side))},
                     {"layer", std::string(toString(s.layer))}};
    if (!s.member.empty()) node.metadata["member"] = s.member;
    if (s.fibreLength > 0.0f) node.metadata["fibre_length_m"] = std::to_string(s.fibreLength);
    for (const BodyPiece& p : s.pieces) {
      node.parts.push_back(static_cast<int>(scene.parts.size()));
      MeshPart part{p.mesh, static_cast<int>(p.tissue)};
      if (p.fibre.size() == part.mesh.positions.size()) part.mesh.fibres = p.fibre;
      if (p.along.size() == part.mesh.positions.size()) part.mesh.scalars = p.along;
      scene.parts.push_back(std::move(part));
    }
    scene.nodes.push_back(std::move(node));
  }
  return scene;
}

std::vector<Material> bodyMaterials() {
  // Index = Tissue. Linear colours: muscle red, tendon and bone ivory, skin a neutral tone.
  return {
      Material{"muscle", glm::vec4(0.50f, 0.085f, 0.07f, 1.0f), -1, false},
      Material{"tendon", glm::vec4(0.83f, 0.78f, 0.66f, 1.0f), -1, false},
      Material{"bone", glm::vec4(0.80f, 0.75f, 0.62f, 1.0f), -1, false},
      Material{"skin", glm::vec4(0.62f, 0.50f, 0.42f, 1.0f), -1, false},
  };
}

}  // namespace myo::atlas
