#include "myo/atlas/chart_views.hpp"

#include <algorithm>

#include <glm/geometric.hpp>
#include <array>

#include "myo/atlas/pain_lookup.hpp"

namespace myo::atlas {

namespace {

struct Direction {
  glm::vec3 towardViewer;  // the way skin faces to be seen in this view
  ViewPreset preset;
  float pitch;
  const char* caption;
};

// Skin faces a view when its normal is within about 70° of the viewer.
constexpr float kFacing = 0.35f;
constexpr float kShownShare = 0.2f;
constexpr float kMargin = 1.25f;
constexpr float kSmallestHalf = 0.12f;  // metres: a chart never zooms in tighter than a hand
constexpr float kMidlineBand = 0.01f;   // metres either side of the midline a side view still sees

}  // namespace

std::vector<ChartView> planChartViews(const SkinMap& skinMap, std::span<const glm::vec2> heat,
                                      std::span<const glm::vec3> triggerPoints) {
  const Mesh& skin = skinMap.mesh();
  const std::array<Direction, 5> directions{{
      {{0, 0, 1}, ViewPreset::Anterior, 0.0f, "Front"},
      {{1, 0, 0}, ViewPreset::Left, 0.0f, "Left side"},
      {{-1, 0, 0}, ViewPreset::Right, 0.0f, "Right side"},
      {{0, 0, -1}, ViewPreset::Posterior, 0.0f, "Back"},
      {{0, -1, 0}, ViewPreset::Posterior, -1.25f, "From below"},
  }};
  const std::vector<float> area = vertexAreas(skin);
  std::array<double, 5> seen{};
  double total = 0.0;
  Bounds spread;
  for (std::size_t v = 0; v < heat.size() && v < skin.vertexCount(); ++v) {
    const float h = std::max(heat[v].x, heat[v].y);
    if (h <= 0.3f) continue;
    spread.add(skin.positions[v]);
    const double w = double(area[v]) * h;
    total += w;
    for (std::size_t d = 0; d < directions.size(); ++d) {
      if (v >= skin.normals.size() || glm::dot(skin.normals[v], directions[d].towardViewer) <= kFacing) continue;
      // A side view sees only its own half of the body: skin on the far half that faces the
      // viewer (the inner thigh, the far side of the breastbone) is behind the body.
      if (directions[d].towardViewer.x * skin.positions[v].x < -kMidlineBand) continue;
      seen[d] += w;
    }
  }
  for (const glm::vec3& p : triggerPoints) spread.add(p);

  // Each trigger point faces the way of the skin nearest it.
  std::vector<glm::vec3> facing;
  for (const glm::vec3& p : triggerPoints) {
    const std::uint32_t nearest = skinMap.surface().nearestVertex(p);
    if (nearest < skin.normals.size()) facing.push_back(skin.normals[nearest]);
  }
  std::vector<std::size_t> chosen;
  if (total > 0.0) {
    const auto best = std::size_t(std::max_element(seen.begin(), seen.end()) - seen.begin());
    for (std::size_t d = 0; d < directions.size(); ++d)
      if (d == best || seen[d] >= kShownShare * total) chosen.push_back(d);
    // Both sides only when the pattern is bilateral; otherwise the side that shows more.
    const auto left = std::find(chosen.begin(), chosen.end(), 1), right = std::find(chosen.begin(), chosen.end(), 2);
    if (left != chosen.end() && right != chosen.end()) chosen.erase(seen[1] >= seen[2] ? right : left);
    while (chosen.size() > 3) {
      const auto weakest = std::min_element(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) { return seen[a] < seen[b]; });
      chosen.erase(weakest);
    }
  } else {
    chosen.push_back(0);
  }
  // The Manual shows where the trigger point is, too: when no view of the pattern sees it, the
  // view that faces it takes the place of the weakest other.
  const auto seesTriggerPoints = [&](std::size_t d) {
    return std::any_of(facing.begin(), facing.end(), [&](const glm::vec3& n) { return glm::dot(n, directions[d].towardViewer) > 0.0f; });
  };
  if (!facing.empty() && std::none_of(chosen.begin(), chosen.end(), seesTriggerPoints)) {
    std::size_t toward = 0;
    for (std::size_t d = 1; d < directions.size(); ++d)
      if (glm::dot(facing.front(), directions[d].towardViewer) > glm::dot(facing.front(), directions[toward].towardViewer)) toward = d;
    if (chosen.size() == 3) {
      const auto weakest = std::min_element(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) { return seen[a] < seen[b]; });
      chosen.erase(weakest);
    }
    chosen.push_back(toward);
    std::sort(chosen.begin(), chosen.end());
  }

  Bounds frame;
  if (!spread.empty()) {
    const glm::vec3 half = glm::max(0.5f * spread.size() * kMargin, glm::vec3(kSmallestHalf));
    frame.add(spread.center() - half);
    frame.add(spread.center() + half);
  }
  std::vector<ChartView> views;
  for (std::size_t d : chosen) {
    views.push_back({directions[d].preset, directions[d].pitch, frame, directions[d].caption, facing.empty() || seesTriggerPoints(d)});
  }
  return views;
}

}  // namespace myo::atlas
