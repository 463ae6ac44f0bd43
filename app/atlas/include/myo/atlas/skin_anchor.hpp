#pragma once
// From a point picked on the skin to a point of a drawn zone (SkinAnchor, muscle.hpp): the nearest
// landmark or region centre plus the offset in centimetres, the way an author types it in a card.
// Anchored so, a zone drawn with the mouse follows the body when the body changes.
//
//   SkinAnchor anchor = anchorNear(skin.patches(), picked);          // picked: left-side frame
//   std::optional<glm::vec3> back = anchorPosition(skin.patches(), anchor);
//
// Not here: mirroring a right-side point into the left-side frame the cards use (the caller knows
// the side), moving a point onto the skin (SkinMap::paint does that when it paints).

#include <optional>

#include <glm/vec3.hpp>

#include "myo/atlas/muscle.hpp"
#include "myo/atlas/region_patches.hpp"

namespace myo::atlas {

// The offsets are rounded to a millimetre: what a card keeps, and far finer than a zone's edge.
SkinAnchor anchorNear(const RegionPatches& patches, const glm::vec3& point);

// Where an anchor lies (body frame, left side), before it is moved onto the skin; nullopt when its
// landmark or region is unknown.
std::optional<glm::vec3> anchorPosition(const RegionPatches& patches, const SkinAnchor& anchor);

}  // namespace myo::atlas
