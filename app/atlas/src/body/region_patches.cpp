#include "myo/atlas/region_patches.hpp"

#include "myo/atlas/json_file.hpp"

namespace myo::atlas {

std::pair<std::string, std::optional<Side>> splitRegionId(std::string_view regionId) {
  for (Side side : kBothSides) {
    const std::string prefix = std::string(toString(side)) + "_";
    if (regionId.substr(0, prefix.size()) == prefix) return {std::string(regionId.substr(prefix.size())), side};
  }
  return {std::string(regionId), std::nullopt};
}

const RegionPatch* RegionPatches::find(std::string_view base) const {
  const auto it = byBase_.find(base);
  return it == byBase_.end() ? nullptr : &it->second;
}

std::vector<glm::vec3> RegionPatches::anchorsOf(std::string_view regionId) const {
  const auto [base, side] = splitRegionId(regionId);
  const RegionPatch* patch = find(base);
  if (patch == nullptr) return {};
  std::vector<glm::vec3> anchors = patch->anchors;
  if (side == Side::Right)
    for (glm::vec3& a : anchors) a.x = -a.x;
  return anchors;
}

std::optional<glm::vec3> RegionPatches::basePoint(std::string_view name) const {
  constexpr std::string_view kRegion = "region:";
  if (name.substr(0, kRegion.size()) == kRegion) {
    const RegionPatch* patch = find(name.substr(kRegion.size()));
    if (patch == nullptr || patch->anchors.empty()) return std::nullopt;
    return patch->anchors.front();
  }
  const auto it = landmarks_.find(name);
  if (it == landmarks_.end()) return std::nullopt;
  return it->second;
}

Result<RegionPatches> loadRegionPatches(const std::filesystem::path& file,
                                        const std::map<std::string, glm::vec3>& landmarks) {
  std::vector<Problem> problems;
  const ProblemLog log(file.string(), problems);
  const std::optional<JsonDocument> document = readJsonFile(file, log, {1u << 20, 16, "a region-patch file"});
  RegionPatches::Map patches;
  if (document) {
    const JsonNode root(*document, log);
    if (root.expectObject({"regions", "note"}, "docs/anatomy-model.md"))
      root["regions"].forEachMember([&](const std::string& base, const JsonNode& region) {
        if (!region.expectObject({"anchors", "radius_cm", "midline", "note"}, "docs/anatomy-model.md")) return;
        RegionPatch patch;
        patch.radius = static_cast<float>(region["radius_cm"].positiveNumber()) / 100.0f;
        if (region.has("midline")) patch.midline = region["midline"].boolean();
        region["anchors"].forEach(Emptiness::NotEmpty, [&](const JsonNode& anchor) {
          if (!anchor.expectObject({"landmark", "offset_cm", "note"}, "docs/anatomy-model.md")) return;
          const std::string name = anchor["landmark"].text();
          const auto landmark = landmarks.find(name);
          if (landmark == landmarks.end()) {
            if (anchor["landmark"].isString()) anchor["landmark"].report("unknown landmark '" + name + "'");
            return;
          }
          glm::vec3 offset(0.0f);
          if (anchor.has("offset_cm")) {
            const JsonNode o = anchor["offset_cm"];
            if (!o.isList() || o.size() != 3) o.report("must be three numbers [x, y, z]");
            else
              for (int axis = 0; axis < 3; ++axis)
                offset[axis] = static_cast<float>(o.element(static_cast<std::size_t>(axis)).number(-100.0, 100.0)) / 100.0f;
          }
          patch.anchors.push_back(landmark->second + offset);
        });
        patches.emplace(base, std::move(patch));
      });
  }
  if (!problems.empty()) return Error{formatProblem(problems.front())};
  return RegionPatches(std::move(patches), RegionPatches::Landmarks(landmarks.begin(), landmarks.end()));
}

}  // namespace myo::atlas
