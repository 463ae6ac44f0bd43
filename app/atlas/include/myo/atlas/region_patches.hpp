#pragma once
// Where each body region lies on the skin: a few anchor points (a bony landmark of
// assets/anatomy/landmarks.json plus an offset in centimetres) and a radius. The region is the
// skin within that distance of its anchors, measured over the surface, with a soft edge.
// Patches are described for the person's left side and the midline; the right side mirrors them.
// The file is assets/anatomy/region-patches.json (see docs/knowledge-base.md, "Where regions are on
// the body").

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/atlas/side.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

struct RegionPatch {
  std::vector<glm::vec3> anchors;  // body frame, left side or midline
  float radius = 0.04f;            // metres
  bool midline = false;            // one region on the midline, not a left and a right one
};

class RegionPatches {
 public:
  RegionPatches() = default;
  using Map = std::map<std::string, RegionPatch, std::less<>>;
  using Landmarks = std::map<std::string, glm::vec3, std::less<>>;
  explicit RegionPatches(Map byBase, Landmarks landmarks = {})
      : byBase_(std::move(byBase)), landmarks_(std::move(landmarks)) {}

  // By base id ("temple").
  const RegionPatch* find(std::string_view base) const;
  // Anchors of a full region id ("right_temple", "vertex"), mirrored for the right side.
  std::vector<glm::vec3> anchorsOf(std::string_view regionId) const;
  const Map& all() const { return byBase_; }

  // Where a drawn zone's point is based (left side, body frame): a landmark's name, or
  // "region:<base id>" for the first anchor of that region's patch; nullopt when unknown.
  std::optional<glm::vec3> basePoint(std::string_view name) const;
  const Landmarks& landmarks() const { return landmarks_; }

 private:
  Map byBase_;
  Landmarks landmarks_;
};

Result<RegionPatches> loadRegionPatches(const std::filesystem::path& file,
                                        const std::map<std::string, glm::vec3>& landmarks);

// Splits "left_temple" into ("temple", Side::Left); a midline id gives (id, no side).
std::pair<std::string, std::optional<Side>> splitRegionId(std::string_view regionId);

}  // namespace myo::atlas
