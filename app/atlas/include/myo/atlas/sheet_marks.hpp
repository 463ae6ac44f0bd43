#pragma once
// Where each muscle of a layer shows in a picture of the body, for a study sheet's labels: which
// muscles are visible at all (not hidden behind a bone or another muscle of the layer) and a point
// well inside each one's visible part, where a leader line can end on it.
//
// Rays from the camera through a grid of the picture's pixels meet the nearest structure drawn (the
// layer's muscles and the bones); each muscle's share of the grid is what shows of it, and its mark
// is the grid point farthest from the edge of that share. A muscle is marked when enough of it
// shows to point at, and when that is a good part (30%) of its outline in the picture: seen from
// behind, the edge of the rectus abdominis past the flank is not the rectus abdominis seen. Each
// side of the body gets its own mark; the caller names a muscle on one side or the other.
//
//   std::vector<SheetMark> marks = markVisibleMuscles(body, camera, {900, 1400}, Layer::Superficial);
//   for (const SheetMark& mark : marks) draw(mark.muscle, mark.pixel);
//
// Not here: the page (sheet_page.hpp) or the label layout of the window.

#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/engine/camera.hpp"

namespace myo::atlas {

struct SheetMark {
  std::string muscle;     // muscle id
  Side side = Side::Left;
  glm::vec2 pixel{0.0f};  // x right, y down from the picture's top-left corner
  double shownShare = 0.0;  // of the picture's pixels, how many show this muscle (on that side)
};

// The muscles of `layer` that show in a picture of `size` pixels taken with `camera` when only that
// layer and the bones are drawn, a mark per side, top to bottom; those showing on fewer than `fewestPixels` pixels
// are left out (too small to point at).
std::vector<SheetMark> markVisibleMuscles(const AtlasScene& body, const OrbitCamera& camera, glm::ivec2 size, Layer layer,
                                          int fewestPixels = 150);

}  // namespace myo::atlas
