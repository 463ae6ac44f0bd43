#include "myo/atlas/sheet_marks.hpp"

#include <algorithm>
#include <deque>
#include <map>
#include <memory>

#include <glm/geometric.hpp>
#include <glm/mat4x4.hpp>
#include <glm/matrix.hpp>

#include "scene/node_solid.hpp"

namespace myo::atlas {

namespace {

constexpr int kSheetGridStep = 3;  // pixels between two rays
// A muscle counts as seen from here when this much of its outline shows: the rectus abdominis seen
// past the flank from behind shows a sliver of it, and is a muscle of the other view.
constexpr double kShownOfOutline = 0.3;

// A muscle of the layer, or a bone (owner -1), ready for ray casts.
struct SheetSolid {
  int owner = -1;  // index into the muscles marked, or -1 for a bone
  NodeSolid solid;
};

}  // namespace

std::vector<SheetMark> markVisibleMuscles(const AtlasScene& body, const OrbitCamera& camera, glm::ivec2 size, Layer layer,
                                          int fewestPixels) {
  // The muscles marked: one per id and side.
  std::vector<std::pair<std::string, Side>> muscles;
  std::map<std::pair<std::string, Side>, int> ownerOf;
  std::vector<SheetSolid> solids;
  for (std::size_t i = 0; i < body.scene.nodes.size(); ++i) {
    const Node& node = body.scene.nodes[i];
    const StructureInfo& info = body.index.node(int(i));
    if (node.parts.empty()) continue;
    const bool shown = info.kind == StructureKind::Bone || (info.kind == StructureKind::Muscle && info.layer == layer);
    if (!shown) continue;
    SheetSolid solid;
    if (info.kind == StructureKind::Muscle) {
      const auto key = std::make_pair(info.id, info.side.value_or(Side::Left));
      auto [at, added] = ownerOf.emplace(key, int(muscles.size()));
      if (added) muscles.push_back(key);
      solid.owner = at->second;
    }
    solid.solid = NodeSolid::of(body.scene, node);
    if (solid.solid.box.empty()) continue;
    solids.push_back(std::move(solid));
  }

  const float aspect = float(size.x) / float(size.y);
  const glm::mat4 unproject = glm::inverse(camera.projection(aspect) * camera.view());
  const glm::vec3 eye = camera.eye();
  const float length = camera.distance * camera.farRatio;
  const int columns = size.x / kSheetGridStep, rows = size.y / kSheetGridStep;
  std::vector<int> owner(std::size_t(columns * rows), -1);  // -1: nothing or a bone
  std::vector<int> count(muscles.size(), 0);
  std::vector<int> outline(muscles.size(), 0);        // grid points inside each muscle's outline
  std::vector<int> lastRayOver(muscles.size(), -1);  // so that a muscle of several nodes counts once a ray
  for (int row = 0; row < rows; ++row)
    for (int column = 0; column < columns; ++column) {
      const float px = (float(column) + 0.5f) * kSheetGridStep, py = (float(row) + 0.5f) * kSheetGridStep;
      const glm::vec4 far = unproject * glm::vec4(px / float(size.x) * 2.0f - 1.0f, 1.0f - py / float(size.y) * 2.0f, 1.0f, 1.0f);
      const glm::vec3 direction = glm::normalize(glm::vec3(far) / far.w - eye);
      float nearest = length;
      int hitOwner = -1;
      const int ray = row * columns + column;
      for (const SheetSolid& solid : solids) {
        // Every muscle the ray meets, in front or behind: the muscle's whole outline in the picture.
        const float reach = solid.owner >= 0 ? length : nearest;
        if (!segmentCrossesBox(solid.solid.box, eye, direction, reach)) continue;
        const std::optional<RayHit> hit = solid.solid.bvh->nearest(eye, direction, reach);
        if (!hit) continue;
        if (solid.owner >= 0 && lastRayOver[std::size_t(solid.owner)] != ray) {
          lastRayOver[std::size_t(solid.owner)] = ray;
          ++outline[std::size_t(solid.owner)];
        }
        if (hit->t < nearest) {
          nearest = hit->t;
          hitOwner = solid.owner;
        }
      }
      owner[std::size_t(row * columns + column)] = hitOwner;
      if (hitOwner >= 0) ++count[std::size_t(hitOwner)];
    }

  // How far each grid point is from the edge of what its muscle shows (grid steps, 4-connected).
  std::vector<int> depth(owner.size(), -1);
  std::deque<int> frontier;
  for (int cell = 0; cell < int(owner.size()); ++cell) {
    if (owner[std::size_t(cell)] < 0) continue;
    const int row = cell / columns, column = cell % columns;
    const auto differs = [&](int r, int c) {
      return r < 0 || c < 0 || r >= rows || c >= columns || owner[std::size_t(r * columns + c)] != owner[std::size_t(cell)];
    };
    if (differs(row - 1, column) || differs(row + 1, column) || differs(row, column - 1) || differs(row, column + 1)) {
      depth[std::size_t(cell)] = 0;
      frontier.push_back(cell);
    }
  }
  while (!frontier.empty()) {
    const int cell = frontier.front();
    frontier.pop_front();
    const int row = cell / columns, column = cell % columns;
    for (const auto& [r, c] : {std::pair{row - 1, column}, std::pair{row + 1, column}, std::pair{row, column - 1}, std::pair{row, column + 1}}) {
      if (r < 0 || c < 0 || r >= rows || c >= columns) continue;
      const int next = r * columns + c;
      if (depth[std::size_t(next)] >= 0 || owner[std::size_t(next)] != owner[std::size_t(cell)]) continue;
      depth[std::size_t(next)] = depth[std::size_t(cell)] + 1;
      frontier.push_back(next);
    }
  }
  std::vector<int> deepest(muscles.size(), -1);
  for (int cell = 0; cell < int(owner.size()); ++cell) {
    const int who = owner[std::size_t(cell)];
    if (who >= 0 && (deepest[std::size_t(who)] < 0 || depth[std::size_t(cell)] > depth[std::size_t(deepest[std::size_t(who)])]))
      deepest[std::size_t(who)] = cell;
  }

  // A mark for each side of each muscle that shows enough.
  const int cellsNeeded = std::max(1, fewestPixels / (kSheetGridStep * kSheetGridStep));
  std::vector<SheetMark> marks;
  for (std::size_t m = 0; m < muscles.size(); ++m) {
    // Too little of it shows, or only an edge of a muscle that faces the other way.
    if (count[m] < cellsNeeded || double(count[m]) < kShownOfOutline * double(outline[m])) continue;
    const int cell = deepest[m];
    SheetMark mark;
    mark.muscle = muscles[m].first;
    mark.side = muscles[m].second;
    mark.pixel = {(float(cell % columns) + 0.5f) * kSheetGridStep, (float(cell / columns) + 0.5f) * kSheetGridStep};
    mark.shownShare = double(count[m]) / double(owner.size());
    marks.push_back(mark);
  }
  std::sort(marks.begin(), marks.end(), [](const SheetMark& a, const SheetMark& b) { return a.pixel.y < b.pixel.y; });
  return marks;
}

}  // namespace myo::atlas
