#include "body/muscle_builder.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/gtc/constants.hpp>

#include "myo/engine/distance_functions.hpp"
#include "myo/engine/loft.hpp"
#include "myo/engine/mesh_smoothing.hpp"
#include "myo/engine/simplify.hpp"
#include "myo/engine/solid_check.hpp"

namespace myo::atlas {

namespace {

constexpr float kClearance = 0.0015f;    // gap kept to whatever lies below
constexpr float kStampMargin = 0.0008f;  // the field errs on the large side, so nothing grazes
constexpr float kStampBand = 0.02f;      // how far from a muscle the field is kept exact
constexpr float kEndWidth = 0.012f;      // a lone attachment point spreads to a tendon's width

float smoothstep(float e0, float e1, float x) {
  const float t = std::clamp((x - e0) / (e1 - e0), 0.0f, 1.0f);
  return t * t * (3.0f - 2.0f * t);
}

// Thickness along the muscle (v from 0 at the origin to 1 at the insertion), by shape.
float thicknessAt(const MuscleSpec& spec, float v) {
  const float a = spec.tendonOrigin, b = spec.tendonInsertion;
  const float tendon = std::clamp(spec.thickness * 0.25f, 0.002f, 0.006f);
  if (v < a || v > 1.0f - b) return tendon;
  // Clamped: rows on a tendon junction may fall a rounding error outside the belly, and a power
  // of a negative sine is NaN.
  const float x = std::clamp((v - a) / std::max(1.0f - a - b, 1e-3f), 0.0f, 1.0f);
  const float pi = glm::pi<float>();
  float f = 1.0f;
  switch (spec.shape) {
    case MuscleShape::Fusiform: f = std::pow(std::max(std::sin(pi * x), 0.0f), 0.7f); break;
    case MuscleShape::Pennate: f = std::pow(std::max(std::sin(pi * x), 0.0f), 0.45f); break;
    case MuscleShape::Fan: f = (0.45f + 0.55f * std::pow(x, 0.8f)) * smoothstep(0.0f, 0.06f, x) * smoothstep(0.0f, 0.12f, 1.0f - x); break;
    case MuscleShape::Sheet: f = smoothstep(0.0f, 0.08f, x) * smoothstep(0.0f, 0.08f, 1.0f - x); break;
    case MuscleShape::Strap: f = smoothstep(0.0f, 0.15f, x) * smoothstep(0.0f, 0.15f, 1.0f - x); break;
  }
  return tendon + (spec.thickness - tendon) * f;
}

// How the thickness falls toward the edges of the sheet: 1 a lens, smaller is flatter and boxier.
float edgeExponent(MuscleShape shape) {
  switch (shape) {
    case MuscleShape::Fusiform: return 1.0f;
    case MuscleShape::Pennate: return 0.85f;
    case MuscleShape::Fan: return 0.55f;
    case MuscleShape::Sheet: return 0.4f;
    case MuscleShape::Strap: return 0.5f;
  }
  return 1.0f;
}

// Half thickness across the sheet: u in [0, 1] from one edge to the other.
float halfAcross(float halfCentre, float u, float exponent) {
  const float s = std::sqrt(std::max(0.0f, 1.0f - (2.0f * u - 1.0f) * (2.0f * u - 1.0f)));
  return halfCentre * std::pow(s, exponent);
}

// A station as a polyline sampled by arc length.
struct Line {
  std::vector<glm::vec3> points;
  glm::vec3 at(float u) const {
    if (points.size() == 1) return points[0];
    std::vector<float> cum(points.size(), 0.0f);
    for (std::size_t i = 1; i < points.size(); ++i) cum[i] = cum[i - 1] + glm::length(points[i] - points[i - 1]);
    const float target = u * cum.back();
    for (std::size_t i = 1; i < points.size(); ++i)
      if (target <= cum[i] || i + 1 == points.size()) {
        const float seg = std::max(cum[i] - cum[i - 1], 1e-9f);
        return glm::mix(points[i - 1], points[i], std::clamp((target - cum[i - 1]) / seg, 0.0f, 1.0f));
      }
    return points.back();
  }
  glm::vec3 centre() const { return at(0.5f); }
  glm::vec3 direction() const { return points.back() - points.front(); }
  float length() const { return glm::length(direction()); }
};

glm::vec3 anyPerpendicular(const glm::vec3& d) {
  return glm::normalize(glm::cross(d, std::abs(d.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0)));
}

// Outward from what lies below: the field's gradient, or away from the body's long axis where
// the field is flat.
glm::vec3 outwardAt(const SdfGrid& below, const glm::vec3& p) {
  const glm::vec3 g = below.gradient(p);
  if (glm::length(g) > 0.2f) return glm::normalize(g);
  const glm::vec3 away(p.x, 0.0f, p.z);
  return glm::length(away) > 1e-4f ? glm::normalize(away) : glm::vec3(0, 0, 1);
}

// The stations as lines, lone points spread across the fibres, all running the same way.
std::vector<Line> stationLines(const MuscleSpec& spec, const SdfGrid& below) {
  std::vector<Station> stations = spec.stations;
  const bool bellyShape = spec.shape == MuscleShape::Fusiform || spec.shape == MuscleShape::Pennate ||
                          spec.shape == MuscleShape::Strap;
  if (stations.size() == 2 && bellyShape && spec.width > 0.0f) {
    // No via station: the belly sits halfway, as wide as the muscle.
    Station belly;
    belly.points = {(Line{stations[0].points}.centre() + Line{stations[1].points}.centre()) * 0.5f};
    belly.width = spec.width;
    stations.insert(stations.begin() + 1, belly);
  }
  std::vector<Line> lines;
  glm::vec3 reference(0.0f);
  for (std::size_t s = 0; s < stations.size(); ++s) {
    const Station& st = stations[s];
    Line line{st.points};
    if (st.points.size() == 1) {
      const glm::vec3 c = st.points[0];
      const glm::vec3 prev = Line{stations[s == 0 ? 0 : s - 1].points}.centre();
      const glm::vec3 next = Line{stations[std::min(s + 1, stations.size() - 1)].points}.centre();
      glm::vec3 along = next - prev;
      along = glm::length(along) > 1e-6f ? glm::normalize(along) : glm::vec3(0, -1, 0);
      glm::vec3 across = st.across ? glm::normalize(*st.across) : glm::cross(outwardAt(below, c), along);
      if (glm::length(across) < 1e-4f) across = anyPerpendicular(along);
      across = glm::normalize(across);
      const bool end = s == 0 || s + 1 == stations.size();
      float width = st.width;
      if (width <= 0.0f) width = end ? (spec.shape == MuscleShape::Strap && spec.width > 0 ? spec.width : kEndWidth)
                                     : (spec.width > 0.0f ? spec.width : 0.03f);
      line.points = {c - across * (width * 0.5f), c + across * (width * 0.5f)};
    }
    // Lines run the same way as the one before, so the sheet does not twist.
    if (glm::length(reference) > 0.0f && glm::dot(line.direction(), reference) < 0.0f)
      std::reverse(line.points.begin(), line.points.end());
    if (line.length() > 1e-6f) reference = line.direction();
    lines.push_back(std::move(line));
  }
  // Lone points spread before any line gave a direction: align them with the first line.
  for (std::size_t s = lines.size(); s-- > 1;)
    if (glm::dot(lines[s - 1].direction(), lines[s].direction()) < 0.0f)
      std::reverse(lines[s - 1].points.begin(), lines[s - 1].points.end());
  return lines;
}

// Cubic Hermite through the points with Catmull-Rom tangents over non-uniform knots.
glm::vec3 throughPoints(const std::vector<glm::vec3>& p, const std::vector<float>& knots, float v) {
  const std::size_t n = p.size();
  std::size_t s = 0;
  while (s + 2 < n && v > knots[s + 1]) ++s;
  const auto tangent = [&](std::size_t i) {
    const std::size_t lo = i == 0 ? 0 : i - 1, hi = std::min(i + 1, n - 1);
    return (p[hi] - p[lo]) / std::max(knots[hi] - knots[lo], 1e-6f);
  };
  const float dv = std::max(knots[s + 1] - knots[s], 1e-6f);
  const float t = std::clamp((v - knots[s]) / dv, 0.0f, 1.0f);
  const float t2 = t * t, t3 = t2 * t;
  return (2 * t3 - 3 * t2 + 1) * p[s] + (t3 - 2 * t2 + t) * dv * tangent(s) + (-2 * t3 + 3 * t2) * p[s + 1] +
         (t3 - t2) * dv * tangent(s + 1);
}

// Row positions along the muscle, with rows exactly at the tendon junctions.
std::vector<float> rowParameters(float length, float a, float b) {
  const int total = std::clamp(static_cast<int>(length / 0.008f), 16, 90);
  std::vector<float> rows{0.0f};
  const float breaks[4] = {0.0f, a, 1.0f - b, 1.0f};
  for (int seg = 0; seg < 3; ++seg) {
    const float span = breaks[seg + 1] - breaks[seg];
    if (span <= 1e-6f) continue;
    const int n = std::max(2, static_cast<int>(std::lround(span * float(total))));
    for (int i = 1; i <= n; ++i) rows.push_back(breaks[seg] + span * float(i) / float(n));
  }
  rows.back() = 1.0f;
  return rows;
}

struct Sheet {
  int fibres = 0, rows = 0;
  std::vector<float> v;                    // per row
  std::vector<glm::vec3> mid, normal, fibre;
  std::vector<float> half;
  std::size_t at(int i, int k) const { return static_cast<std::size_t>(i) * static_cast<std::size_t>(rows) + static_cast<std::size_t>(k); }
};

// Narrows the sheet to the attachments' width in the tendons, blending into the belly.
void narrowTendons(Sheet& sheet, const MuscleSpec& spec) {
  const int centre = sheet.fibres / 2;
  const auto width = [&](int k) { return glm::length(sheet.mid[sheet.at(sheet.fibres - 1, k)] - sheet.mid[sheet.at(0, k)]); };
  const float w0 = width(0), w1 = width(sheet.rows - 1);
  const float a = spec.tendonOrigin, b = spec.tendonInsertion;
  const float belly = std::max(1.0f - a - b, 1e-3f);
  for (int k = 0; k < sheet.rows; ++k) {
    const float v = sheet.v[static_cast<std::size_t>(k)];
    const float w = std::max(width(k), 1e-6f);
    float factor = 1.0f;
    if (a > 0.0f) factor = std::min(factor, glm::mix(std::min(1.0f, w0 / w), 1.0f, smoothstep(a, a + 0.25f * belly, v)));
    if (b > 0.0f) factor = std::min(factor, glm::mix(std::min(1.0f, w1 / w), 1.0f, smoothstep(1.0f - b, 1.0f - b - 0.25f * belly, v)));
    const glm::vec3 c = sheet.mid[sheet.at(centre, k)];
    for (int i = 0; i < sheet.fibres; ++i) sheet.mid[sheet.at(i, k)] = c + (sheet.mid[sheet.at(i, k)] - c) * factor;
  }
}

// Moves every point out of the field until it clears its half thickness.
void pushOut(Sheet& sheet, const SdfGrid& below) {
  for (std::size_t n = 0; n < sheet.mid.size(); ++n) {
    glm::vec3& m = sheet.mid[n];
    const float need = sheet.half[n] + kClearance;
    for (int step = 0; step < 8; ++step) {
      const float d = below.sample(m);
      if (d >= need) break;
      const glm::vec3 g = below.gradient(m);
      const float len = glm::length(g);
      if (len < 1e-4f) break;
      m += g / len * (need - d);
    }
  }
}

// Laplacian smoothing of the sheet's interior, stronger along the fibres than across them.
void relax(Sheet& sheet) {
  std::vector<glm::vec3> next = sheet.mid;
  for (int i = 0; i < sheet.fibres; ++i)
    for (int k = 1; k + 1 < sheet.rows; ++k) {
      glm::vec3 target = (sheet.mid[sheet.at(i, k - 1)] + sheet.mid[sheet.at(i, k + 1)]) * 0.5f;
      if (i > 0 && i + 1 < sheet.fibres)
        target = target * 0.75f + (sheet.mid[sheet.at(i - 1, k)] + sheet.mid[sheet.at(i + 1, k)]) * 0.125f;
      next[sheet.at(i, k)] = glm::mix(sheet.mid[sheet.at(i, k)], target, 0.5f);
    }
  sheet.mid = std::move(next);
}

// 0 at the tendons and the ends, 1 mid-belly: where a widened belly is widened.
float bellyProfile(const MuscleSpec& spec, float v) {
  const float a = spec.tendonOrigin, b = spec.tendonInsertion;
  const float x = (v - a) / std::max(1.0f - a - b, 1e-3f);
  if (x <= 0.0f || x >= 1.0f) return 0.0f;
  return std::sqrt(std::sin(glm::pi<float>() * x));
}

// Spreads every row about its centre fibre by the scale, fully mid-belly and not at all at the ends.
void widenBelly(Sheet& sheet, const MuscleSpec& spec, float widthScale) {
  if (widthScale == 1.0f) return;
  const int centre = sheet.fibres / 2;
  for (int k = 0; k < sheet.rows; ++k) {
    const float factor = 1.0f + (widthScale - 1.0f) * bellyProfile(spec, sheet.v[static_cast<std::size_t>(k)]);
    const glm::vec3 c = sheet.mid[sheet.at(centre, k)];
    for (int i = 0; i < sheet.fibres; ++i) sheet.mid[sheet.at(i, k)] = c + (sheet.mid[sheet.at(i, k)] - c) * factor;
  }
}

Sheet layFibres(const MuscleSpec& spec, const SdfGrid& below, float widthScale) {
  const std::vector<Line> lines = stationLines(spec, below);
  std::vector<float> knots{0.0f};
  for (std::size_t s = 1; s < lines.size(); ++s)
    knots.push_back(knots.back() + glm::length(lines[s].centre() - lines[s - 1].centre()));
  const float length = std::max(knots.back(), 1e-4f);
  for (float& k : knots) k /= length;

  float widest = 0.0f;
  for (const Line& l : lines) widest = std::max(widest, l.length());
  Sheet sheet;
  sheet.fibres = std::clamp(static_cast<int>(widest / 0.012f) + 1, 7, 31) | 1;  // odd: a centre fibre
  sheet.v = rowParameters(length, spec.tendonOrigin, spec.tendonInsertion);
  sheet.rows = static_cast<int>(sheet.v.size());
  const std::size_t count = static_cast<std::size_t>(sheet.fibres) * static_cast<std::size_t>(sheet.rows);
  sheet.mid.resize(count);
  sheet.half.resize(count);
  const float exponent = edgeExponent(spec.shape);
  for (int i = 0; i < sheet.fibres; ++i) {
    const float u = float(i) / float(sheet.fibres - 1);
    std::vector<glm::vec3> controls;
    for (const Line& l : lines) controls.push_back(l.at(u));
    for (int k = 0; k < sheet.rows; ++k) {
      const float v = sheet.v[static_cast<std::size_t>(k)];
      sheet.mid[sheet.at(i, k)] = throughPoints(controls, knots, v);
      sheet.half[sheet.at(i, k)] = halfAcross(0.5f * thicknessAt(spec, v), u, exponent);
    }
  }
  widenBelly(sheet, spec, widthScale);
  narrowTendons(sheet, spec);
  for (int round = 0; round < 6; ++round) {
    pushOut(sheet, below);
    relax(sheet);
  }
  pushOut(sheet, below);
  return sheet;
}

// Fibre directions and the outward normal of the sheet at every point. The normal is the sheet's
// own (across the fibres, out of the sheet's plane), turned as a whole to face away from what lies
// below. The field's gradient alone is no normal: over a groove, or wedged between two muscles, it
// can lie in the sheet's own plane; the thickness was then laid across the width, and the muscle
// came out a crumpled ribbon a fraction of its volume (adductor brevis 6 cm3 of 105, the iliopsoas
// half its size).
void frame(Sheet& sheet, const SdfGrid& below) {
  const std::size_t count = sheet.mid.size();
  sheet.fibre.resize(count);
  sheet.normal.resize(count);
  float facingOut = 0.0f;
  for (int i = 0; i < sheet.fibres; ++i)
    for (int k = 0; k < sheet.rows; ++k) {
      const glm::vec3 d = sheet.mid[sheet.at(i, std::min(k + 1, sheet.rows - 1))] - sheet.mid[sheet.at(i, std::max(k - 1, 0))];
      const glm::vec3 fibre = glm::length(d) > 1e-9f ? glm::normalize(d) : glm::vec3(0, -1, 0);
      const glm::vec3 across =
          sheet.mid[sheet.at(std::min(i + 1, sheet.fibres - 1), k)] - sheet.mid[sheet.at(std::max(i - 1, 0), k)];
      const glm::vec3 outward = outwardAt(below, sheet.mid[sheet.at(i, k)]);
      const glm::vec3 own = glm::cross(fibre, across);
      const glm::vec3 normal = glm::length(own) > 1e-9f ? glm::normalize(own) : outward;
      sheet.fibre[sheet.at(i, k)] = fibre;
      sheet.normal[sheet.at(i, k)] = normal;
      facingOut += glm::dot(normal, outward);
    }
  if (facingOut < 0.0f)
    for (glm::vec3& n : sheet.normal) n = -n;
  // Smooth the normals over the sheet (its points are only as smooth as the field they were pushed
  // out of), then make them perpendicular to the fibres.
  for (int pass = 0; pass < 3; ++pass) {
    std::vector<glm::vec3> next = sheet.normal;
    for (int i = 0; i < sheet.fibres; ++i)
      for (int k = 0; k < sheet.rows; ++k) {
        glm::vec3 sum = sheet.normal[sheet.at(i, k)] * 2.0f;
        if (i > 0) sum += sheet.normal[sheet.at(i - 1, k)];
        if (i + 1 < sheet.fibres) sum += sheet.normal[sheet.at(i + 1, k)];
        if (k > 0) sum += sheet.normal[sheet.at(i, k - 1)];
        if (k + 1 < sheet.rows) sum += sheet.normal[sheet.at(i, k + 1)];
        next[sheet.at(i, k)] = glm::length(sum) > 1e-6f ? glm::normalize(sum) : sheet.normal[sheet.at(i, k)];
      }
    sheet.normal = std::move(next);
  }
  for (std::size_t n = 0; n < count; ++n) {
    glm::vec3 nn = sheet.normal[n] - sheet.fibre[n] * glm::dot(sheet.normal[n], sheet.fibre[n]);
    sheet.normal[n] = glm::length(nn) > 1e-6f ? glm::normalize(nn) : anyPerpendicular(sheet.fibre[n]);
  }
}

// Smooth normals again at the vertices of every triangle with a corner that is no longer where it
// was (`before`); the other normals stay as they were.
void refreshNormalsWhereMoved(Mesh& mesh, const std::vector<glm::vec3>& before) {
  std::vector<char> stale(mesh.positions.size(), 0);
  bool any = false;
  for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
    const std::uint32_t* c = &mesh.indices[t];
    if (mesh.positions[c[0]] != before[c[0]] || mesh.positions[c[1]] != before[c[1]] || mesh.positions[c[2]] != before[c[2]]) {
      stale[c[0]] = stale[c[1]] = stale[c[2]] = 1;
      any = true;
    }
  }
  if (!any) return;
  Mesh fresh;
  fresh.positions = mesh.positions;
  fresh.indices = mesh.indices;
  computeSmoothNormals(fresh);
  for (std::size_t v = 0; v < stale.size(); ++v)
    if (stale[v]) mesh.normals[v] = fresh.normals[v];
}

// Whether smoothing a muscle's surface from `before` to `after` kept it the muscle it was: its
// volume within kUntangleVolume, and no vertex moved more than kUntangleSink deeper into what lies
// below (bones, the muscles built before) than it already was. Smoothing out a deep fold over a bend
// shrinks the muscle and pulls its inner face into the bone it wraps (semimembranosus 8 mm into
// the femur): such a fold stays, to be redrawn.
constexpr double kUntangleVolume = 0.05;
constexpr float kUntangleSink = 0.003f;
bool stillTheSame(const Mesh& before, const Mesh& after, const SdfGrid& below) {
  const double v0 = std::abs(signedVolume(before)), v1 = std::abs(signedVolume(after));
  if (std::abs(v1 - v0) > kUntangleVolume * v0) return false;
  for (std::size_t v = 0; v < after.positions.size(); ++v) {
    if (after.positions[v] == before.positions[v]) continue;
    const float was = below.sample(before.positions[v]), now = below.sample(after.positions[v]);
    if (now < std::min(was, 0.0f) - kUntangleSink) return false;
  }
  return true;
}

// The lofted surface untangled where its rings cross (on the inside of a bend, where the sheet
// turns sharply, where the lens's two faces pass through each other: relaxCrossings), then
// simplified. Simplification can bring thin parts' faces through each other again: the simplified
// surface is untangled the same way, simplified less if that leaves more crossings than the whole
// had, and not at all if that does too. A smoothing that would change the muscle (stillTheSame) is
// not kept.
Mesh untangledAndSimplified(Mesh full, const SdfGrid& below, float maxError) {
  std::size_t unsimplified = 0;
  {
    Mesh relaxed = full;
    unsimplified = relaxCrossings(relaxed);
    if (stillTheSame(full, relaxed, below)) {
      full = std::move(relaxed);
      computeSmoothNormals(full);
    } else {
      unsimplified = crossingTriangles(full).size();
    }
  }
  std::size_t left = 0;
  Mesh coarse;
  for (float error : {maxError, maxError / 3.0f}) {
    coarse = full;
    simplifyMesh(coarse, error);
    orientOutward(coarse);
    const Mesh simplifiedOnly = coarse;
    left = relaxCrossings(coarse);
    if (!stillTheSame(simplifiedOnly, coarse, below)) {
      coarse = simplifiedOnly;
      left = crossingTriangles(coarse).size();
    }
    refreshNormalsWhereMoved(coarse, simplifiedOnly.positions);
    if (left <= unsimplified) return coarse;
  }
  orientOutward(full);
  return full;
}

// A piece made of the triangles `keep` selects, with only the vertices they use.
BodyPiece extractPiece(const Mesh& full, const std::vector<glm::vec3>& fibre, const std::vector<float>& along,
                       const std::vector<char>& keep, Tissue tissue) {
  BodyPiece piece;
  piece.tissue = tissue;
  std::vector<std::uint32_t> remap(full.positions.size(), UINT32_MAX);
  for (std::size_t t = 0; t < keep.size(); ++t) {
    if (!keep[t]) continue;
    for (int c = 0; c < 3; ++c) {
      const std::uint32_t v = full.indices[3 * t + static_cast<std::size_t>(c)];
      if (remap[v] == UINT32_MAX) {
        remap[v] = static_cast<std::uint32_t>(piece.mesh.positions.size());
        piece.mesh.positions.push_back(full.positions[v]);
        piece.mesh.normals.push_back(full.normals[v]);
        piece.fibre.push_back(fibre[v]);
        piece.along.push_back(along[v]);
      }
      piece.mesh.indices.push_back(remap[v]);
    }
  }
  piece.mesh.scalars = piece.along;
  return piece;
}

// The simplified surface cut into belly and tendon: the pieces share the vertices of their seam,
// so together they stay one closed surface. A triangle is tendon when it lies beyond the belly's
// end (a cap belongs to the tendon at its end, if any). Sets out.pieces and out.volume.
void cutIntoPieces(const Mesh& full, float tendonOrigin, float tendonInsertion, MuscleGeometry& out) {
  const float a = tendonOrigin, b = tendonInsertion;
  std::vector<char> tendon(full.triangleCount(), 0);
  for (std::size_t t = 0; t < full.triangleCount(); ++t) {
    float v = 0.0f;
    for (int c = 0; c < 3; ++c) v += full.scalars[full.indices[3 * t + static_cast<std::size_t>(c)]] / 3.0f;
    tendon[t] = (a > 0.0f && v < a) || (b > 0.0f && v > 1.0f - b);
  }
  std::vector<char> belly(tendon.size());
  for (std::size_t t = 0; t < tendon.size(); ++t) belly[t] = !tendon[t];
  out.volume = std::abs(signedVolume(full));
  out.pieces.clear();
  out.pieces.push_back(extractPiece(full, full.fibres, full.scalars, belly, Tissue::Muscle));
  if (a > 0.0f || b > 0.0f) out.pieces.push_back(extractPiece(full, full.fibres, full.scalars, tendon, Tissue::Tendon));
}

}  // namespace

MuscleGeometry buildMuscle(const MuscleSpec& described, const SdfGrid& below, float maxError,
                           const CrossSectionScale& scale) {
  MuscleSpec spec = described;
  spec.thickness *= scale.thickness;
  Sheet sheet = layFibres(spec, below, scale.width);
  frame(sheet, below);

  // Rings around the sheet: angle theta runs over the top (outer) face from edge u = 0 to u = 1
  // and back under the bottom face.
  float widest = 0.0f;
  for (int k = 0; k < sheet.rows; ++k)
    widest = std::max(widest, glm::length(sheet.mid[sheet.at(sheet.fibres - 1, k)] - sheet.mid[sheet.at(0, k)]));
  const int around = std::clamp(static_cast<int>(2.0f * widest / 0.007f), 16, 48) & ~1;
  const float exponent = edgeExponent(spec.shape);
  std::vector<std::vector<glm::vec3>> rings;
  std::vector<glm::vec3> fibre;
  std::vector<float> along;
  for (int k = 0; k < sheet.rows; ++k) {
    const float centreHalf = 0.5f * thicknessAt(spec, sheet.v[static_cast<std::size_t>(k)]);
    std::vector<glm::vec3> ring;
    for (int j = 0; j < around; ++j) {
      const float theta = 2.0f * glm::pi<float>() * float(j) / float(around);
      const float u = 0.5f * (1.0f - std::cos(theta));
      const float f = u * float(sheet.fibres - 1);
      const int i0 = std::min(static_cast<int>(f), sheet.fibres - 2);
      const float w = f - float(i0);
      const glm::vec3 m = glm::mix(sheet.mid[sheet.at(i0, k)], sheet.mid[sheet.at(i0 + 1, k)], w);
      const glm::vec3 n = glm::normalize(glm::mix(sheet.normal[sheet.at(i0, k)], sheet.normal[sheet.at(i0 + 1, k)], w));
      const float side = std::sin(theta) >= 0.0f ? 1.0f : -1.0f;
      ring.push_back(m + n * (side * halfAcross(centreHalf, u, exponent)));
      fibre.push_back(glm::normalize(glm::mix(sheet.fibre[sheet.at(i0, k)], sheet.fibre[sheet.at(i0 + 1, k)], w)));
      along.push_back(sheet.v[static_cast<std::size_t>(k)]);
    }
    rings.push_back(std::move(ring));
  }
  // The end sections can be long and bent (trapezius along the spine, from the skull to T12):
  // capped across, not with a fan to a centre that lies off the section.
  Mesh full = loftRings(rings, LoftCaps::AcrossSection);

  // Simplified whole, then cut into belly and tendon (cutIntoPieces).
  full.fibres = std::move(fibre);
  full.scalars = std::move(along);
  MuscleGeometry out;
  out.lofted = full;
  simplifyMesh(full, maxError);
  orientOutward(full);
  cutIntoPieces(full, spec.tendonOrigin, spec.tendonInsertion, out);
  const int centre = sheet.fibres / 2;
  for (int k = 1; k < sheet.rows; ++k) out.length += glm::length(sheet.mid[sheet.at(centre, k)] - sheet.mid[sheet.at(centre, k - 1)]);
  out.fibres = sheet.fibres;
  out.rows = sheet.rows;
  out.mid = std::move(sheet.mid);
  out.half = std::move(sheet.half);
  return out;
}

MuscleGeometry untangledMuscle(const MuscleGeometry& built, const MuscleSpec& spec, const SdfGrid& below, float maxError) {
  MuscleGeometry out = built;
  cutIntoPieces(untangledAndSimplified(built.lofted, below, maxError), spec.tendonOrigin, spec.tendonInsertion, out);
  return out;
}

void stampMuscle(std::initializer_list<SdfGrid*> fields, const MuscleGeometry& muscle, bool mirror) {
  if (fields.size() == 0) return;
  const SdfGrid& lattice = **fields.begin();
  for (const SdfGrid* f : fields)
    if (f->size() != lattice.size() || f->origin() != lattice.origin() || f->spacing() != lattice.spacing())
      throw std::invalid_argument("stampMuscle: the fields must share one lattice");
  // Patches one fibre wide and two rows long: half the stamps, each over a box barely larger, for a
  // chord error far below kPatchAllowance on muscles' gentle curvature. Each patch is a plate that
  // thins as the muscle does toward its edges: one as thick as the patch's thickest point stood a
  // half thickness proud of every edge of the muscle (1-2 cm beside a belly), and the skin and the
  // muscles over it kept that distance.
  constexpr int kFibreStride = 1;
  constexpr int kRowStride = 2;
  constexpr float kPatchAllowance = 0.0006f;
  const auto at = [&](int i, int k) { return static_cast<std::size_t>(i) * static_cast<std::size_t>(muscle.rows) + static_cast<std::size_t>(k); };
  for (int side = 0; side < (mirror ? 2 : 1); ++side) {
    const float sx = side == 0 ? 1.0f : -1.0f;
    for (int i = 0; i + 1 < muscle.fibres; i += kFibreStride)
      for (int k = 0; k + 1 < muscle.rows; k += kRowStride) {
        const int i1 = std::min(i + kFibreStride, muscle.fibres - 1), k1 = std::min(k + kRowStride, muscle.rows - 1);
        const float corner[4] = {muscle.half[at(i, k)], muscle.half[at(i1, k)], muscle.half[at(i1, k1)], muscle.half[at(i, k1)]};
        // Between the corners the half thickness can rise above the straight line joining them
        // (an elliptic belly does near its edges): the most it does is added throughout.
        float bulge = 0.0f;
        Bounds box;
        for (int a = i; a <= i1; ++a)
          for (int b = k; b <= k1; ++b) {
            const float s = i1 > i ? float(a - i) / float(i1 - i) : 0.0f, t = k1 > k ? float(b - k) / float(k1 - k) : 0.0f;
            const float spanned = glm::mix(glm::mix(corner[0], corner[1], s), glm::mix(corner[3], corner[2], s), t);
            bulge = std::max(bulge, muscle.half[at(a, b)] - spanned);
            glm::vec3 p = muscle.mid[at(a, b)];
            p.x *= sx;
            box.add(p);
          }
        const float margin = bulge + kStampMargin + kPatchAllowance;
        const float h = std::max({corner[0], corner[1], corner[2], corner[3]}) + margin;
        glm::vec3 q[4] = {muscle.mid[at(i, k)], muscle.mid[at(i1, k)], muscle.mid[at(i1, k1)], muscle.mid[at(i, k1)]};
        for (glm::vec3& p : q) p.x *= sx;
        const glm::vec3 centre = box.center();
        const float reach = glm::length(box.size()) * 0.5f + h;
        box.add(box.min - glm::vec3(h));
        box.add(box.max + glm::vec3(h));
        glm::ivec3 lo, hi;
        if (!lattice.cellRange(box, kStampBand, lo, hi)) continue;
        for (int z = lo.z; z <= hi.z; ++z)
          for (int y = lo.y; y <= hi.y; ++y)
            for (int x = lo.x; x <= hi.x; ++x) {
              const std::size_t cell = lattice.index(x, y, z);
              const glm::vec3 p = lattice.point(x, y, z);
              // A cell already nearer something else than to this patch's bounding sphere cannot
              // change: skip the exact distance (never less than the sphere's).
              const float bound = glm::length(p - centre) - reach;
              float highest = -std::numeric_limits<float>::max();
              for (const SdfGrid* f : fields) highest = std::max(highest, f->values()[cell]);
              if (bound >= highest) continue;
              const float d = std::min(sdf::taperedPlate(p, q[0], corner[0], q[1], corner[1], q[2], corner[2]),
                                       sdf::taperedPlate(p, q[0], corner[0], q[2], corner[2], q[3], corner[3])) -
                              margin;
              for (SdfGrid* f : fields)
                if (bound < f->values()[cell]) f->values()[cell] = std::min(f->values()[cell], d);
            }
      }
  }
}

}  // namespace myo::atlas
