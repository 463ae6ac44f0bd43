#pragma once
// Where a leader line should end on a structure in a picture: the pixel where the structure shows
// front-most that lies farthest from the edge of the region it shows in (so the dot sits well
// inside what the eye sees as that structure, not on a sliver at its border). Reads an IdImage
// (FrameRenderer::pickIds); no GL.
//
//   IdImage ids = snapshots.renderIds(request, look);
//   std::optional<VisibleRegion> region = visibleRegion(ids, {idOfLeftTrapezius});
//   if (region) dotAt(region->centre);
//
// Not here: which ids make a structure (body_labels.hpp), label boxes (label_layout.hpp).

#include <cstdint>
#include <optional>
#include <span>

#include <glm/vec2.hpp>

#include "myo/engine/id_image.hpp"

namespace myo::atlas {

struct VisibleRegion {
  glm::ivec2 centre{0};  // the pixel farthest from the region's edge (the first found among equals)
  float depth = 0.0f;    // how far that is from the edge, pixels (a chamfer distance)
  int pixels = 0;        // how many pixels show one of the ids
};

// The pixels where one of `ids` is front-most; nullopt when none is.
std::optional<VisibleRegion> visibleRegion(const IdImage& image, std::span<const std::uint32_t> ids);

}  // namespace myo::atlas
