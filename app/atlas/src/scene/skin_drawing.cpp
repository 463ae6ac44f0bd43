// SkinMap::paint: a referral zone drawn as strokes and areas, placed on the skin. A stroke's path
// and an area's outline are traced between the points in small steps, each step moved onto the
// nearest point of the skin, so the path follows the skin; a step that jumps means the straight
// line between two points went through the body, which the author must fix by adding a point.

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>

#include <glm/geometric.hpp>
#include <glm/common.hpp>

#include "myo/atlas/skin_map.hpp"
#include "scene/painted_drawings.hpp"

namespace myo::atlas {

namespace {

constexpr float kLargestJump = 0.02f;    // between neighbouring samples on the skin
constexpr float kFarFromSkin = 0.05f;    // a point farther than this from the skin is a mistake
constexpr float kSoftEdge = 0.008f;      // the width of the fade at a zone's edge

float smoothstep(float edge0, float edge1, float x) {
  const float t = std::clamp((x - edge0) / (edge1 - edge0), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

std::string centimetres(float metres) {
  return std::to_string(int(std::lround(metres * 100.0f))) + " cm";
}

struct Trace {
  std::vector<glm::vec3> samples;  // on the skin
  float length = 0.0f;
};

// One leg of a path, a to b, as samples on the skin (a included, b not) with its length; jump is
// the longest step between neighbouring samples, b included.
struct LegTrace {
  std::vector<glm::vec3> samples;
  float length = 0.0f;
  float jump = 0.0f;
};

// A trace step from `from` toward `to`, moved onto the skin from there: a walk that keeps to the
// surface it is on.
glm::vec3 stepOverTheSkin(const SurfaceDistance& skin, const glm::vec3& from, const glm::vec3& to) {
  return skin.closestPoint(from + glm::normalize(to - from) * SkinMap::kTraceStep);
}

// Adds a sample, filling the gap from the last one where it is wider than a step (over a bend of
// the skin neighbouring steps land farther apart: the wall an area's outline makes would have holes
// the fill leaks through).
void addSample(LegTrace& leg, const SurfaceDistance& skin, const glm::vec3& sample) {
  if (!leg.samples.empty()) {
    const glm::vec3 previous = leg.samples.back();
    const float jump = glm::distance(previous, sample);
    leg.jump = std::max(leg.jump, jump);
    leg.length += jump;
    // Walked, not projected from the straight line: across a crease (the groove over the sternum)
    // points of the line land on either bank and leave the crease's walls open.
    if (jump > SkinMap::kTraceStep && jump <= kLargestJump) {
      glm::vec3 at = previous;
      const int mostSteps = 4 * int(std::ceil(jump / SkinMap::kTraceStep));
      for (int step = 0; step < mostSteps && glm::distance(at, sample) > SkinMap::kTraceStep; ++step) {
        at = stepOverTheSkin(skin, at, sample);
        leg.samples.push_back(at);
      }
    }
  }
  leg.samples.push_back(sample);
}

// The last step, to b: its gap filled, b itself left to begin the next leg.
void closeLeg(LegTrace& leg, const SurfaceDistance& skin, const glm::vec3& b) {
  addSample(leg, skin, b);
  leg.samples.pop_back();
}

// Steps along the straight line from a to b, each moved onto the nearest point of the skin.
LegTrace alongTheChord(const SurfaceDistance& skin, const glm::vec3& a, const glm::vec3& b) {
  LegTrace leg;
  const int steps = std::max(1, int(std::ceil(glm::distance(a, b) / SkinMap::kTraceStep)));
  for (int k = 0; k < steps && leg.jump <= kLargestJump; ++k)
    addSample(leg, skin, k == 0 ? a : skin.closestPoint(glm::mix(a, b, float(k) / float(steps))));
  closeLeg(leg, skin, b);
  return leg;
}

// A step at a time toward b (stepOverTheSkin). A walk that stalls in a crease is reported as a
// jump to b.
LegTrace overTheSkin(const SurfaceDistance& skin, const glm::vec3& a, const glm::vec3& b) {
  LegTrace leg;
  addSample(leg, skin, a);
  glm::vec3 at = a;
  const int mostSteps = 3 * int(std::ceil(glm::distance(a, b) / SkinMap::kTraceStep)) + 8;
  for (int step = 0; glm::distance(at, b) > SkinMap::kTraceStep && leg.jump <= kLargestJump; ++step) {
    if (step == mostSteps) {
      leg.jump = std::max(leg.jump, glm::distance(at, b));
      return leg;
    }
    at = stepOverTheSkin(skin, at, b);
    addSample(leg, skin, at);
  }
  closeLeg(leg, skin, b);
  return leg;
}

}  // namespace

PaintedShape SkinMap::paint(const DrawnShape& shape, bool mirrored) const {
  PaintedShape painted;
  painted.field.assign(skin_.vertexCount(), 0.0f);
  const bool area = shape.kind == ShapeKind::Area;

  std::vector<glm::vec3> corners;
  for (std::size_t i = 0; i < shape.points.size(); ++i) {
    const SkinAnchor& anchor = shape.points[i];
    const std::optional<glm::vec3> base = patches_.basePoint(anchor.base);
    if (!base) {
      painted.problems.push_back("point " + std::to_string(i) + ": unknown landmark or region \"" + anchor.base + "\"");
      continue;
    }
    glm::vec3 p = *base + glm::vec3(float(anchor.offsetCm[0]), float(anchor.offsetCm[1]), float(anchor.offsetCm[2])) / 100.0f;
    if (mirrored) p.x = -p.x;
    const glm::vec3 onSkin = surface_.closestPoint(p);
    if (glm::distance(p, onSkin) > kFarFromSkin)
      painted.problems.push_back("point " + std::to_string(i) + " (" + anchor.base + ") is " +
                                 centimetres(glm::distance(p, onSkin)) + " from the skin");
    corners.push_back(onSkin);
  }
  if (!painted.problems.empty() || corners.size() < 2) return painted;

  Trace trace;
  const std::size_t legs = area ? corners.size() : corners.size() - 1;
  for (std::size_t leg = 0; leg < legs; ++leg) {
    const glm::vec3 a = corners[leg], b = corners[(leg + 1) % corners.size()];
    LegTrace traced = alongTheChord(surface_, a, b);
    // The straight line from a to b can pass nearer another surface (the trunk beside an arm, the
    // far side of a crease) and land steps there: then the leg is walked over the skin instead.
    if (traced.jump > kLargestJump) {
      LegTrace walked = overTheSkin(surface_, a, b);
      if (walked.jump <= kLargestJump) traced = std::move(walked);
    }
    if (traced.jump > kLargestJump) {
      painted.problems.push_back("between points " + std::to_string(leg) + " and " +
                                 std::to_string((leg + 1) % corners.size()) + " the path leaves the skin (a jump of " +
                                 centimetres(traced.jump) + "): add a point on the skin between them");
      return painted;
    }
    trace.length += traced.length;
    trace.samples.insert(trace.samples.end(), traced.samples.begin(), traced.samples.end());
  }
  if (!area) trace.samples.push_back(corners.back());

  if (!area) {
    const float half = float(shape.widthCm) / 200.0f;
    const float solid = std::max(0.0f, half - kSoftEdge / 2.0f);
    const std::vector<float> d = surface_.from(trace.samples, half + kSoftEdge);
    for (std::size_t v = 0; v < d.size(); ++v)
      if (d[v] < SurfaceDistance::kFar) painted.field[v] = 1.0f - smoothstep(solid, half + kSoftEdge / 2.0f, d[v]);
    return painted;
  }

  // An area: the outline is a wall of vertices; the inside is what a fill from the outline's
  // centre reaches without crossing it. A fill that reaches much more skin than any closed curve
  // of the outline's length could enclose has leaked through a gap, or started outside.
  const std::vector<float> fromOutline = surface_.from(trace.samples, longestWallReach_ + kSoftEdge);
  std::vector<std::uint8_t> wall(fromOutline.size(), 0);
  for (std::size_t v = 0; v < wall.size(); ++v) wall[v] = fromOutline[v] <= wallReach_[v];
  glm::vec3 centre(0.0f);
  for (const glm::vec3& s : trace.samples) centre += s;
  centre /= float(trace.samples.size());
  const std::uint32_t start = surface_.nearestVertex(surface_.closestPoint(centre));
  const float mostEnclosed = 2.0f * trace.length * trace.length / (4.0f * 3.14159265f);
  const auto limit = std::size_t(mostEnclosed / std::max(meanVertexArea_, 1e-9f)) + 64;
  const std::vector<std::uint8_t> inside = surface_.reachable(start, wall, limit);
  if (inside.empty()) {
    painted.problems.push_back(
        "the area's outline does not enclose its centre on the skin (the fill leaked): make the "
        "outline rounder, or draw the zone as two areas or as a stroke");
    return painted;
  }
  for (std::size_t v = 0; v < painted.field.size(); ++v) {
    if (inside[v] || wall[v])
      painted.field[v] = 1.0f;
    else if (fromOutline[v] < SurfaceDistance::kFar)
      painted.field[v] = 1.0f - smoothstep(wallHalfWidth_, wallHalfWidth_ + kSoftEdge, fromOutline[v]);
  }
  return painted;
}

PaintedShape SkinMap::paintOnBothSides(const DrawnShape& shape) const {
  const auto coversNoSkin = [](const PaintedShape& painted) {
    return painted.problems.empty() &&
           std::none_of(painted.field.begin(), painted.field.end(), [](float v) { return v >= 0.5f; });
  };
  // The problems are gathered in a separate list: GCC 12 at -O3 reports a false -Warray-bounds
  // when a literal is pushed straight into the returned shape's list.
  PaintedShape written = paint(shape, /*mirrored=*/false);
  const PaintedShape mirror = paint(shape, /*mirrored=*/true);
  std::vector<std::string> problems = written.problems;
  if (coversNoSkin(written)) problems.emplace_back("it covers no skin");
  for (const std::string& problem : mirror.problems) problems.emplace_back("mirrored to the right side: " + problem);
  if (coversNoSkin(mirror)) problems.emplace_back("mirrored to the right side, it covers no skin");
  written.problems = std::move(problems);
  return written;
}

std::vector<glm::vec2> SkinMap::paint(const ZoneDrawing& drawing, bool mirrored) const {
  if (std::optional<std::vector<glm::vec2>> before = painted_->find(drawing, mirrored, skin_.vertexCount()))
    return std::move(*before);
  std::vector<glm::vec2> heat(skin_.vertexCount(), glm::vec2(0.0f));
  for (int zone = 0; zone < 2; ++zone)
    for (const DrawnShape& shape : zone == 0 ? drawing.essential : drawing.spillover) {
      const PaintedShape painted = paint(shape, mirrored);
      for (std::size_t v = 0; v < heat.size(); ++v) heat[v][zone] = std::max(heat[v][zone], painted.field[v]);
    }
  painted_->keep(drawing, mirrored, heat);
  return heat;
}

void SkinMap::paintAhead(const KnowledgeBase& kb, std::stop_token stop) const {
  for (const Muscle& muscle : kb.muscles())
    for (const TriggerPoint& point : muscle.triggerPoints)
      for (const bool mirrored : {false, true}) {
        if (stop.stop_requested()) return;
        if (!point.referral.drawing.empty()) (void)paint(point.referral.drawing, mirrored);
      }
}

}  // namespace myo::atlas
