#pragma once
// The drawn referral zones already placed on the skin, kept for the session: painting a drawing
// traces its paths over the skin (milliseconds a trigger point), while a selection change must
// show its heat map within a frame. Keyed by the drawing's content and side, so an edited zone is
// painted afresh and the old one simply stops being asked for. Safe to use from several threads
// (the window paints ahead in the background while it draws).
//
// Not here: deciding what to paint (SkinMap) or when to paint ahead (the window).

#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <glm/vec2.hpp>

#include "myo/atlas/muscle.hpp"

namespace myo::atlas {

class PaintedDrawings {
 public:
  // The heat of the drawing (essential x, spillover y per skin vertex) when it was painted before.
  std::optional<std::vector<glm::vec2>> find(const ZoneDrawing& drawing, bool mirrored, std::size_t vertexCount) const;
  void keep(const ZoneDrawing& drawing, bool mirrored, const std::vector<glm::vec2>& heat);

 private:
  // Only the painted vertices: a pattern covers a few percent of the skin.
  struct Sparse {
    std::vector<std::uint32_t> vertex;
    std::vector<glm::vec2> heat;
  };

  static std::string keyOf(const ZoneDrawing& drawing, bool mirrored);

  mutable std::mutex mutex_;
  std::unordered_map<std::string, Sparse> painted_;
};

}  // namespace myo::atlas
