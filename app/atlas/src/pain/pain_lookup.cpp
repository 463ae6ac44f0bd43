#include "myo/atlas/pain_lookup.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include <glm/geometric.hpp>

namespace myo::atlas {

namespace {

// Pain below this total area (m², intensity-weighted) is no pain: about a square millimetre.
constexpr double kNoPain = 1e-6;

// Referral values below this are the far tail of a soft edge; leaving them out keeps the
// patterns sparse and changes no score visibly.
constexpr float kNegligible = 1e-3f;

}  // namespace

std::vector<float> vertexAreas(const Mesh& mesh) {
  std::vector<float> area(mesh.vertexCount(), 0.0f);
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t a = mesh.indices[t], b = mesh.indices[t + 1], c = mesh.indices[t + 2];
    const float third =
        glm::length(glm::cross(mesh.positions[b] - mesh.positions[a], mesh.positions[c] - mesh.positions[a])) / 6.0f;
    area[a] += third;
    area[b] += third;
    area[c] += third;
  }
  return area;
}

// How one pattern (or a union of them) meets the pain, all area-weighted.
struct PainLookup::Match {
  double matched = 0.0;         // Σ area × min(pain, expected)
  double insidePattern = 0.0;   // Σ area × min(pain, footprint)
  double insideEssential = 0.0; // Σ area × min(pain, essential)
  double silentEssential = 0.0; // Σ area × max(essential − pain, 0)

  void add(float area, float rawPain, float expected, float essential, float footprint) {
    const float pain = std::clamp(rawPain, 0.0f, 1.0f);
    matched += area * std::min(pain, expected);
    insidePattern += area * std::min(pain, footprint);
    insideEssential += area * std::min(pain, essential);
    silentEssential += area * std::max(essential - pain, 0.0f);
  }
};

// Dense per-vertex buffers to form the union of a few patterns, reset after each use by visiting
// only the vertices touched.
class PainLookup::Scratch {
 public:
  explicit Scratch(std::size_t vertexCount)
      : expected(vertexCount, 0.0f), essential(vertexCount, 0.0f), footprint(vertexCount, 0.0f),
        seen(vertexCount, 0) {}
  std::vector<float> expected, essential, footprint;
  std::vector<std::uint8_t> seen;
  std::vector<std::uint32_t> touched;
};

PainLookup::PainLookup(const SkinMap& skin, const KnowledgeBase& kb, LookupWeights weights)
    : weights_(weights), vertexArea_(vertexAreas(skin.mesh())) {
  struct Job {
    const Muscle* muscle;
    Side side;
    const TriggerPoint* point;
  };
  std::vector<Job> jobs;
  for (const Muscle& muscle : kb.muscles())
    for (Side side : kBothSides)
      for (const TriggerPoint& point : muscle.triggerPoints) jobs.push_back({&muscle, side, &point});

  // Painting a pattern is most of the work (about 3 ms each, 422 of them) and each is independent:
  // the machine's cores take them in turn. Painted in any order, gathered in the knowledge base's.
  const float spilloverWeight = float(weights_.spillover);
  std::vector<Pattern> painted(jobs.size());
  std::atomic<std::size_t> next{0};
  const auto paintSome = [&] {
    for (std::size_t j = next++; j < jobs.size(); j = next++) {
      const TriggerPointOnSide one[] = {{jobs[j].point, jobs[j].side}};
      const std::vector<glm::vec2> heat = skin.referral(one);
      Pattern& pattern = painted[j];
      pattern.triggerPoint = jobs[j].point->id;
      for (std::size_t v = 0; v < heat.size(); ++v) {
        const float essential = heat[v].x;
        const float spillover = heat[v].y;
        if (std::max(essential, spillover) < kNegligible) continue;
        pattern.vertex.push_back(std::uint32_t(v));
        pattern.area.push_back(vertexArea_[v]);
        pattern.expected.push_back(std::max(essential, spilloverWeight * spillover));
        pattern.essential.push_back(essential);
        pattern.footprint.push_back(std::max(essential, spillover));
      }
    }
  };
  {
    std::vector<std::jthread> helpers(std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()) - 1, 7));
    for (std::jthread& helper : helpers) helper = std::jthread(paintSome);
    paintSome();
  }

  for (std::size_t j = 0; j < jobs.size();) {
    MuscleOnSide entry{jobs[j].muscle->id, jobs[j].side, {}};
    for (; j < jobs.size() && jobs[j].muscle->id == entry.muscle && jobs[j].side == entry.side; ++j) {
      if (painted[j].vertex.empty()) continue;  // a zone off this skin: nothing to compare
      entry.patterns.push_back(patterns_.size());
      patterns_.push_back(std::move(painted[j]));
    }
    if (!entry.patterns.empty()) muscles_.push_back(std::move(entry));
  }
}

PainLookup::Match PainLookup::matchOne(const Pattern& pattern, std::span<const float> pain) const {
  Match match;
  for (std::size_t i = 0; i < pattern.vertex.size(); ++i)
    match.add(pattern.area[i], pain[pattern.vertex[i]], pattern.expected[i], pattern.essential[i], pattern.footprint[i]);
  return match;
}

PainLookup::Match PainLookup::matchUnion(std::span<const std::size_t> chosen, std::span<const float> pain,
                                         Scratch& scratch) const {
  for (std::size_t index : chosen) {
    const Pattern& pattern = patterns_[index];
    for (std::size_t i = 0; i < pattern.vertex.size(); ++i) {
      const std::uint32_t v = pattern.vertex[i];
      if (!scratch.seen[v]) {
        scratch.seen[v] = 1;
        scratch.touched.push_back(v);
      }
      scratch.expected[v] = std::max(scratch.expected[v], pattern.expected[i]);
      scratch.essential[v] = std::max(scratch.essential[v], pattern.essential[i]);
      scratch.footprint[v] = std::max(scratch.footprint[v], pattern.footprint[i]);
    }
  }
  Match match;
  for (std::uint32_t v : scratch.touched) {
    match.add(vertexArea_[v], pain[v], scratch.expected[v], scratch.essential[v], scratch.footprint[v]);
    scratch.expected[v] = scratch.essential[v] = scratch.footprint[v] = 0.0f;
    scratch.seen[v] = 0;
  }
  scratch.touched.clear();
  return match;
}

LookupResult PainLookup::rankMuscle(const MuscleOnSide& muscle, std::span<const float> pain, double totalPain,
                                    Scratch& scratch) const {
  const auto scoreOf = [&](const Match& m) { return m.matched / (totalPain + weights_.silentEssential * m.silentEssential); };

  // Each trigger point alone; one that touches none of the pain can only make a union worse.
  std::vector<std::size_t> candidates;
  std::size_t best = 0;
  Match bestMatch;
  double bestScore = 0.0;
  for (std::size_t index : muscle.patterns) {
    const Match m = matchOne(patterns_[index], pain);
    if (m.matched <= 0.0) continue;
    candidates.push_back(index);
    if (const double s = scoreOf(m); s > bestScore) {
      bestScore = s;
      best = index;
      bestMatch = m;
    }
  }
  LookupResult result{muscle.muscle, muscle.side, 0.0, {}, 0.0, 0.0};
  if (candidates.empty()) return result;

  // Then more of the muscle's points, one at a time, while each makes the score better: pain in
  // two places may be the two patterns of one muscle (the upper and the lower trapezius).
  std::vector<std::size_t> chosen{best};
  std::erase(candidates, best);
  while (!candidates.empty()) {
    std::size_t bestAddition = candidates.front();
    Match additionMatch;
    double additionScore = -1.0;
    for (std::size_t candidate : candidates) {
      chosen.push_back(candidate);
      const Match m = matchUnion(chosen, pain, scratch);
      chosen.pop_back();
      if (const double s = scoreOf(m); s > additionScore) {
        additionScore = s;
        bestAddition = candidate;
        additionMatch = m;
      }
    }
    // A clear gain only, so that a point adding nothing but noise is not listed.
    if (additionScore <= bestScore * 1.01) break;
    chosen.push_back(bestAddition);
    std::erase(candidates, bestAddition);
    bestScore = additionScore;
    bestMatch = additionMatch;
  }

  result.score = bestScore;
  for (std::size_t index : chosen) result.triggerPoints.push_back(patterns_[index].triggerPoint);
  result.coverage = std::min(bestMatch.insidePattern / totalPain, 1.0);
  result.essentialCoverage = std::min(bestMatch.insideEssential / totalPain, 1.0);
  return result;
}

std::vector<LookupResult> PainLookup::rank(std::span<const float> pain, std::size_t top) const {
  if (pain.size() != vertexArea_.size() || top == 0) return {};
  double totalPain = 0.0;
  for (std::size_t v = 0; v < pain.size(); ++v) totalPain += double(vertexArea_[v]) * std::clamp(pain[v], 0.0f, 1.0f);
  if (totalPain < kNoPain) return {};

  Scratch scratch(vertexArea_.size());
  std::vector<LookupResult> results;
  for (const MuscleOnSide& muscle : muscles_) {
    LookupResult result = rankMuscle(muscle, pain, totalPain, scratch);
    if (result.score > 0.0) results.push_back(std::move(result));
  }
  // Best first; ties by coverage, then by id and side so that the order never depends on chance.
  std::sort(results.begin(), results.end(), [](const LookupResult& a, const LookupResult& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.coverage != b.coverage) return a.coverage > b.coverage;
    if (a.muscle != b.muscle) return a.muscle < b.muscle;
    return a.side < b.side;  // left before right
  });
  if (results.size() > top) results.resize(top);
  return results;
}

}  // namespace myo::atlas
