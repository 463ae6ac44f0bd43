#include "myo/atlas/region_patches.hpp"

#include <fstream>

#include <nlohmann/json.hpp>

#include "knowledge/json_file.hpp"

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
  const std::string name = file.string();
  std::ifstream in(file);
  if (!in) return Error{name + ": cannot be opened"};
  nlohmann::json document;
  try {
    in >> document;
  } catch (const nlohmann::json::parse_error& e) {
    return Error{name + ": " + describeJsonParseError(e.what())};
  }
  if (!document.is_object() || !document.contains("regions") || !document["regions"].is_object())
    return Error{name + ": /regions: must be an object of regions by base id"};
  RegionPatches::Map patches;
  for (const auto& [base, value] : document["regions"].items()) {
    const std::string pointer = "/regions/" + base;
    if (!value.is_object() || !value.contains("anchors") || !value["anchors"].is_array() ||
        value["anchors"].empty())
      return Error{name + ": " + pointer + "/anchors: must be a non-empty list"};
    if (!value.contains("radius_cm") || !value["radius_cm"].is_number() || value["radius_cm"].get<double>() <= 0.0)
      return Error{name + ": " + pointer + "/radius_cm: must be a positive number"};
    RegionPatch patch;
    patch.radius = value["radius_cm"].get<float>() / 100.0f;
    if (value.contains("midline")) {
      if (!value["midline"].is_boolean()) return Error{name + ": " + pointer + "/midline: must be true or false"};
      patch.midline = value["midline"].get<bool>();
    }
    for (std::size_t i = 0; i < value["anchors"].size(); ++i) {
      const auto& anchor = value["anchors"][i];
      const std::string at = pointer + "/anchors/" + std::to_string(i);
      if (!anchor.is_object() || !anchor.contains("landmark") || !anchor["landmark"].is_string())
        return Error{name + ": " + at + "/landmark: must name a landmark"};
      const auto landmark = landmarks.find(anchor["landmark"].get<std::string>());
      if (landmark == landmarks.end())
        return Error{name + ": " + at + "/landmark: unknown landmark '" + anchor["landmark"].get<std::string>() + "'"};
      glm::vec3 offset(0.0f);
      if (anchor.contains("offset_cm")) {
        const auto& o = anchor["offset_cm"];
        if (!o.is_array() || o.size() != 3 || !o[0].is_number() || !o[1].is_number() || !o[2].is_number())
          return Error{name + ": " + at + "/offset_cm: must be three numbers [x, y, z]"};
        offset = glm::vec3(o[0].get<float>(), o[1].get<float>(), o[2].get<float>()) / 100.0f;
      }
      patch.anchors.push_back(landmark->second + offset);
    }
    patches.emplace(base, std::move(patch));
  }
  return RegionPatches(std::move(patches), RegionPatches::Landmarks(landmarks.begin(), landmarks.end()));
}

}  // namespace myo::atlas
