#include "knowledge/region_reader.hpp"

#include <cctype>
#include <map>
#include <utility>

#include "knowledge/identifiers.hpp"

namespace myo::atlas {

namespace {

// "Left jaw joint (TMJ)" → "Jaw joint (TMJ)". Sided names start with the side so that a list of
// regions reads naturally; cards that speak of both sides need the name without it.
std::string nameWithoutSide(const std::string& name, RegionSide side) {
  if (side == RegionSide::Midline) return name;
  const std::string prefix = side == RegionSide::Left ? "Left " : "Right ";
  if (!name.starts_with(prefix)) return name;
  std::string rest = name.substr(prefix.size());
  if (!rest.empty()) rest.front() = static_cast<char>(std::toupper(static_cast<unsigned char>(rest.front())));
  return rest;
}

Region readRegion(const JsonNode& node) {
  Region region;
  // `patch` is reserved for the shape of the region on the skin of the body model, which the
  // body-model work will add; it is accepted and not read yet.
  if (!node.expectObject({"id", "base", "side", "name", "group", "description", "patch"})) return region;
  region.id = node["id"].text();
  region.base = node["base"].text();
  region.side = node["side"].enumValue(RegionSide::Midline);
  region.name = node["name"].text();
  region.group = node["group"].enumValue(RegionGroup::HeadAndFace);
  region.description = node["description"].text();
  region.baseName = nameWithoutSide(region.name, region.side);

  if (!region.base.empty() && !isSnakeCaseId(region.base))
    node["base"].report("must be a snake_case id such as \"lateral_neck\"");
  if (!region.id.empty() && !region.base.empty() && region.id != regionId(region.base, region.side))
    node["id"].report("must be \"" + regionId(region.base, region.side) + "\": the base id with the side as prefix (" +
                      "none for a midline region)");
  if (!region.name.empty() && region.side != RegionSide::Midline && region.baseName == region.name)
    node["name"].report(std::string("must start with \"") + (region.side == RegionSide::Left ? "Left" : "Right") +
                        " \", the side of the region");
  return region;
}

// Every sided region must exist on both sides, alike but for the side.
void checkBothSides(const JsonNode& list, const std::vector<Region>& regions) {
  std::map<std::string, std::pair<int, int>> sidesByBase;  // base → count of left, right
  for (const Region& region : regions) {
    if (region.side == RegionSide::Left) ++sidesByBase[region.base].first;
    if (region.side == RegionSide::Right) ++sidesByBase[region.base].second;
  }
  for (const auto& [base, counts] : sidesByBase) {
    if (counts.first == 0) list.report("\"right_" + base + "\" has no left counterpart \"left_" + base + "\"");
    if (counts.second == 0) list.report("\"left_" + base + "\" has no right counterpart \"right_" + base + "\"");
  }
}

}  // namespace

RegionVocabulary readRegions(const JsonDocument& document, const ProblemLog& log) {
  const JsonNode root(document, log);
  if (!root.expectObject({"regions"})) return {};
  const JsonNode list = root["regions"];
  std::vector<Region> regions;
  std::map<std::string, std::size_t> indexById;
  list.forEach(Emptiness::NotEmpty, [&](const JsonNode& item) {
    Region region = readRegion(item);
    if (region.id.empty()) return;
    const auto [earlier, inserted] = indexById.emplace(region.id, regions.size());
    if (!inserted) {
      item["id"].report("duplicate region id \"" + region.id + "\" (also /regions/" + std::to_string(earlier->second) +
                        "/id)");
      return;
    }
    regions.push_back(std::move(region));
  });
  checkBothSides(list, regions);
  return RegionVocabulary(std::move(regions));
}

}  // namespace myo::atlas
