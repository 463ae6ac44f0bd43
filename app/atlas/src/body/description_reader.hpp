#pragma once
// The anatomy description's own kinds of value, read with JsonNode like every JSON file: points
// (landmarks, coordinates, offsets and blends) and the simple solids bones and fat are made of.
// A malformed value is reported to the node's log and read as a harmless default; the loader
// stops at the end of the file when anything was reported.

#include <map>
#include <string>

#include <glm/vec3.hpp>

#include "myo/atlas/anatomy_description.hpp"
#include "myo/atlas/json_node.hpp"

namespace myo::atlas::detail {

using Landmarks = std::map<std::string, glm::vec3>;

// The keys of an object, plus the free-text "note" every anatomy object may carry; reports a
// misspelt key (it would otherwise do nothing). False when the node is not an object.
bool expectAnatomyObject(const JsonNode& node, std::initializer_list<std::string_view> known);

// [x, y, z] in metres.
glm::vec3 readVec3(const JsonNode& node);
// A point: "landmark", [x, y, z], {"at": P, "offset": [..]} or {"lerp": [P, Q], "t": .., "offset": [..]}.
glm::vec3 readPoint(const JsonNode& node, const Landmarks& landmarks);
// A solid: {"ellipsoid": P, "radii": [..]}, {"capsule": [P, Q], "radius": r|[ra, rb]},
// {"tube": [P, ...], "radius": r|[...]}, {"plate": [P, P, P, ...], "thickness": t}.
ShapePart readShapePart(const JsonNode& node, const Landmarks& landmarks);

}  // namespace myo::atlas::detail
