#include "myo/atlas/trigger_point_placement.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

#include <glm/geometric.hpp>
#include <glm/mat3x3.hpp>

namespace myo::atlas {

namespace {

struct Sample {
  glm::vec3 position;
  float along;
};

// The direction in which points spread most, by power iteration on their covariance.
glm::vec3 principalAxis(const std::vector<glm::vec3>& points, const glm::vec3& mean) {
  glm::mat3 covariance(0.0f);
  for (const glm::vec3& p : points) {
    const glm::vec3 d = p - mean;
    covariance += glm::mat3(d * d.x, d * d.y, d * d.z);
  }
  glm::vec3 axis(0.577f, 0.577f, 0.577f);
  for (int i = 0; i < 32; ++i) {
    const glm::vec3 next = covariance * axis;
    const float len = glm::length(next);
    if (len < 1e-12f) break;
    axis = next / len;
  }
  return axis;
}

// Orients the across axis so that 0 is at the edge nearer the midline, the feet or the back,
// whichever the axis mostly runs along.
glm::vec3 orientAcross(glm::vec3 axis, const glm::vec3& center) {
  const glm::vec3 a = glm::abs(axis);
  float sign = 1.0f;
  if (a.x >= a.y && a.x >= a.z) sign = (axis.x * (center.x >= 0.0f ? 1.0f : -1.0f)) >= 0.0f ? 1.0f : -1.0f;
  else if (a.y >= a.z) sign = axis.y >= 0.0f ? 1.0f : -1.0f;
  else sign = axis.z >= 0.0f ? 1.0f : -1.0f;
  return axis * sign;
}

}  // namespace

std::optional<PlacedTriggerPoint> placeTriggerPoint(const Scene& scene, const StructureIndex& index,
                                                    const Muscle& muscle, const TriggerPoint& point,
                                                    Side side, const SurfaceDistance* skin) {
  const TriggerPointLocation& location = point.location;
  // The muscle's nodes on that side; for a group, the member's when it has its own mesh.
  std::vector<int> nodes = index.find(muscle.id, side);
  if (location.member) {
    std::vector<int> members;
    for (int n : nodes)
      if (index.node(n).member == *location.member) members.push_back(n);
    if (!members.empty()) nodes = members;
  }
  std::vector<Sample> samples;
  int firstNode = -1;
  for (int n : nodes) {
    const Node& node = scene.nodes[n];
    for (int part : node.parts) {
      const Mesh& mesh = scene.parts[part].mesh;
      const bool hasAlong = mesh.scalars.size() == mesh.positions.size();
      for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
        samples.push_back({glm::vec3(node.world * glm::vec4(mesh.positions[v], 1.0f)),
                           hasAlong ? mesh.scalars[v] : 0.5f});
      }
      if (firstNode < 0 && !mesh.positions.empty()) firstNode = n;
    }
  }
  if (samples.empty()) return std::nullopt;

  // The band of the muscle at this fraction along its fibres (widened until it holds points).
  std::vector<glm::vec3> band;
  for (float tolerance = 0.03f; band.size() < 8 && tolerance < 0.6f; tolerance *= 2.0f) {
    band.clear();
    for (const Sample& s : samples)
      if (std::abs(s.along - float(location.along)) <= tolerance) band.push_back(s.position);
  }
  if (band.empty())
    for (const Sample& s : samples) band.push_back(s.position);

  glm::vec3 mean(0.0f);
  for (const glm::vec3& p : band) mean += p;
  mean /= float(band.size());
  const glm::vec3 across = orientAcross(principalAxis(band, mean), mean);
  float low = std::numeric_limits<float>::max();
  float high = std::numeric_limits<float>::lowest();
  for (const glm::vec3& p : band) {
    low = std::min(low, glm::dot(p - mean, across));
    high = std::max(high, glm::dot(p - mean, across));
  }
  const float target = low + float(location.across) * (high - low);
  const float width = std::max(high - low, 1e-3f);

  // Candidates near that spot across the muscle; among them the outer or inner face.
  std::vector<glm::vec3> candidates;
  for (const glm::vec3& p : band)
    if (std::abs(glm::dot(p - mean, across) - target) <= width * 0.12f) candidates.push_back(p);
  if (candidates.empty()) candidates = band;
  glm::vec3 best = candidates.front();
  if (skin != nullptr) {
    float bestScore = std::numeric_limits<float>::max();
    const bool outer = location.depth == TissueDepth::Superficial;
    for (const glm::vec3& c : candidates) {
      const float toSkin = skin->distanceToNearestVertex(c);
      const float score = outer ? toSkin : -toSkin;
      if (score < bestScore) {
        bestScore = score;
        best = c;
      }
    }
  } else {
    float bestDistance = std::numeric_limits<float>::max();
    for (const glm::vec3& c : candidates) {
      const float d = std::abs(glm::dot(c - mean, across) - target);
      if (d < bestDistance) { bestDistance = d; best = c; }
    }
  }
  return PlacedTriggerPoint{best, firstNode};
}

}  // namespace myo::atlas
