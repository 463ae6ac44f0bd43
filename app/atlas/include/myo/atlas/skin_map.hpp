#pragma once
// SkinMap: fields on the skin of the body model, one value per skin vertex — a body region, a
// trigger point's referred-pain pattern (essential and spillover zones), the sum of several.
// Distances are measured over the skin (SurfaceDistance), so a patch follows the body's curves
// and never leaks through to the other side of a limb. The heat maps, the region pictures and
// the pain lookup all read these fields.
//
//   SkinMap skin(skinMesh, patches);
//   std::vector<float> temple = skin.region("left_temple");
//   std::vector<glm::vec2> heat = skin.referral({{&triggerPoint, Side::Left}});

#include <memory>
#include <span>
#include <stop_token>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec2.hpp>

#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/region_patches.hpp"
#include "myo/atlas/side.hpp"
#include "myo/engine/mesh.hpp"
#include "myo/engine/surface_distance.hpp"

namespace myo::atlas {

class PaintedDrawings;

struct TriggerPointOnSide {
  const TriggerPoint* point = nullptr;
  Side side = Side::Left;  // the side of the body the trigger point is on
};

// A drawn shape of a referral zone placed on the skin.
struct PaintedShape {
  std::vector<float> field;           // 0..1 per skin vertex: solid inside, a soft edge outside
  std::vector<std::string> problems;  // why it is not on the skin as written; empty when it is
};

class SkinMap {
 public:
  // skin: the skin mesh in body-frame coordinates.
  SkinMap(Mesh skin, RegionPatches patches);
  SkinMap(SkinMap&&) noexcept;
  SkinMap& operator=(SkinMap&&) noexcept;
  ~SkinMap();

  // 0..1 per skin vertex: 1 inside the region, falling smoothly to 0 across its edge. A weight
  // below 1 shrinks the patch to that share of its area (a zone that covers half a region).
  std::vector<float> region(std::string_view regionId, double weight = 1.0) const;

  // Per skin vertex: x the essential zone, y the spillover zone (0..1), of all the given trigger
  // points together, each on its side: its drawn zones (mirrored for a right trigger point), or,
  // for a card not drawn yet, its region patches on the side its referral says.
  std::vector<glm::vec2> referral(std::span<const TriggerPointOnSide> points) const;

  // The region ids a zone patch covers for a trigger point on `side`.
  std::vector<std::string> zoneRegions(const ZonePatch& patch, ReferralSide referralSide, Side side) const;

  // One drawn shape as written for a left trigger point, or its mirror image. A stroke is a band of
  // its width along the path through its points; an area, the skin inside its closed outline. The
  // points are moved onto the skin, and the path between them follows the skin.
  PaintedShape paint(const DrawnShape& shape, bool mirrored) const;

  // The shape painted as written, with every reason a card cannot keep it (what `validate`, `zones`
  // and the zone editor report): its problems as written, those of its mirror image, which a right
  // trigger point shows ("mirrored to the right side: ..."), and that either covers no skin.
  PaintedShape paintOnBothSides(const DrawnShape& shape) const;

  // The essential (x) and spillover (y) zones of one drawing. Painted once a session: a drawing
  // painted before (by paintAhead, or an earlier call) comes back at once.
  std::vector<glm::vec2> paint(const ZoneDrawing& drawing, bool mirrored) const;

  // Paints every trigger point's drawing of the knowledge base on both sides, so that a selection
  // change later shows its heat map at once. Seconds of work: the window runs it in the background
  // and stops it (stop) when it closes first. Safe beside any other call.
  void paintAhead(const KnowledgeBase& kb, std::stop_token stop = {}) const;

  const Mesh& mesh() const { return skin_; }
  const RegionPatches& patches() const { return patches_; }
  const SurfaceDistance& surface() const { return surface_; }

  static constexpr float kTraceStep = 0.004f;  // m, between the samples of a drawn path

 private:

  Mesh skin_;
  RegionPatches patches_;
  SurfaceDistance surface_;
  float wallHalfWidth_ = 0.005f;     // m, how near an area's outline a fine part of the mesh stops its fill
  std::vector<float> wallReach_;     // m, per vertex: how near the outline it stops the fill (over its edges)
  float longestWallReach_ = 0.005f;  // m
  float meanVertexArea_ = 0.0f;      // m², to bound an area's fill
  std::unique_ptr<PaintedDrawings> painted_;
};

}  // namespace myo::atlas
