#pragma once
// PainLookup: "it hurts here — which muscles' trigger points refer pain there?" It computes every
// trigger point's referred-pain pattern on the skin once, on each side of the body, then ranks
// muscles (a muscle on one side) for a pain field by how well the pattern of their best trigger
// point, or best few, explains the pain. docs/pain-lookup.md explains the score; in short:
//
//   matched    = pain inside the pattern (essential zone counted fully, spillover zone half)
//   score      = matched / (all pain + 0.5 × essential zone that does not hurt)
//
// so pain the pattern does not explain counts fully against a muscle, an essential zone that is
// silent counts half against it (clients often report part of a pattern), and a silent spillover
// zone costs nothing (only some patients feel it). Everything is area-weighted over the skin.
//
//   PainLookup lookup(skin, kb);                                  // once: ~0.5 s on the built-in body
//   std::vector<float> pain = rasterisePain(skin, drawing);
//   for (const LookupResult& r : lookup.rank(pain, 10))
//     std::cout << r.muscle << " " << toString(r.side) << " " << r.triggerPoints.front() << " " << r.coverage << "\n";

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/skin_map.hpp"

namespace myo::atlas {

struct LookupResult {
  std::string muscle;                      // muscle id
  Side side = Side::Left;                  // the side the trigger points are on
  double score = 0.0;                      // 0..1, what the ranking sorts by (see above)
  std::vector<std::string> triggerPoints;  // the matched points ("trapezius/tp1"), best first
  double coverage = 0.0;                   // 0..1: share of the pain inside their patterns (either zone)
  double essentialCoverage = 0.0;          // 0..1: share of the pain inside their essential zones
};

// The two weights of the score, as documented in docs/pain-lookup.md.
struct LookupWeights {
  double spillover = 0.5;        // how much pain in a spillover zone counts as explained, against 1 in an essential zone
  double silentEssential = 0.5;  // how much a painless essential zone counts against, against 1 for unexplained pain
};

class PainLookup {
 public:
  // Computes every trigger point's pattern on both sides of the skin. Keeps no reference to
  // either argument.
  PainLookup(const SkinMap& skin, const KnowledgeBase& kb, LookupWeights weights = {});

  // The muscles whose trigger points best explain `pain` (one value 0..1 per skin vertex of the
  // skin map this lookup was built on), best first, at most `top`. Muscles whose patterns do not
  // touch the pain at all are left out. Fast: a few milliseconds over every muscle.
  std::vector<LookupResult> rank(std::span<const float> pain, std::size_t top = 10) const;

  std::size_t vertexCount() const { return vertexArea_.size(); }
  std::size_t patternCount() const { return patterns_.size(); }
  // Every muscle on each side with a pattern: rank(pain, muscleSideCount()) leaves none out.
  std::size_t muscleSideCount() const { return muscles_.size(); }

 private:
  // One trigger point's pattern on one side, only where it is not zero, by vertex.
  struct Pattern {
    std::string triggerPoint;
    std::vector<std::uint32_t> vertex;
    std::vector<float> area;      // skin area around the vertex, m²
    std::vector<float> expected;  // max(essential, spillover weight × spillover): what explains pain
    std::vector<float> essential;
    std::vector<float> footprint;  // max(essential, spillover): inside the pattern at all
  };
  struct MuscleOnSide {
    std::string muscle;
    Side side = Side::Left;
    std::vector<std::size_t> patterns;  // indices into patterns_
  };
  struct Match;
  class Scratch;

  Match matchOne(const Pattern& pattern, std::span<const float> pain) const;
  Match matchUnion(std::span<const std::size_t> chosen, std::span<const float> pain, Scratch& scratch) const;
  LookupResult rankMuscle(const MuscleOnSide& muscle, std::span<const float> pain, double totalPain,
                          Scratch& scratch) const;

  LookupWeights weights_;
  std::vector<float> vertexArea_;
  std::vector<Pattern> patterns_;
  std::vector<MuscleOnSide> muscles_;
};

// Skin area around each vertex: a third of the area of every triangle it is a corner of.
std::vector<float> vertexAreas(const Mesh& mesh);

}  // namespace myo::atlas
