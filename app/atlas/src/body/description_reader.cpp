#include "body/description_reader.hpp"

#include <vector>

namespace myo::atlas::detail {

bool expectAnatomyObject(const JsonNode& node, std::initializer_list<std::string_view> known) {
  std::vector<std::string_view> keys(known);
  keys.push_back("note");
  return node.expectObject(keys, "docs/anatomy-model.md");
}

glm::vec3 readVec3(const JsonNode& node) {
  if (!node.present()) return glm::vec3(0.0f);
  if (!node.isList() || node.size() != 3) {
    node.report("must be [x, y, z] in metres, not " + node.describeType());
    return glm::vec3(0.0f);
  }
  const auto coordinate = [&](std::size_t i) {
    return static_cast<float>(node.element(i).number(-1e6, 1e6));
  };
  return {coordinate(0), coordinate(1), coordinate(2)};
}

glm::vec3 readPoint(const JsonNode& node, const Landmarks& landmarks) {
  if (!node.present()) return glm::vec3(0.0f);
  if (node.isString()) {
    const std::string name = node.text();
    const auto it = landmarks.find(name);
    if (it != landmarks.end()) return it->second;
    node.report("unknown landmark \"" + name + "\"");
    return glm::vec3(0.0f);
  }
  if (node.isList()) return readVec3(node);
  if (!node.isObject()) {
    node.report("must be a point: a landmark name, [x, y, z], {\"at\": ...} or {\"lerp\": ...}");
    return glm::vec3(0.0f);
  }
  glm::vec3 p(0.0f);
  if (node.has("at")) {
    expectAnatomyObject(node, {"at", "offset"});
    p = readPoint(node["at"], landmarks);
  } else if (node.has("lerp")) {
    expectAnatomyObject(node, {"lerp", "t", "offset"});
    const JsonNode pair = node["lerp"];
    const auto t = static_cast<float>(node["t"].number(-10.0, 10.0));
    if (!pair.isList() || pair.size() != 2) pair.report("must be two points");
    else p = readPoint(pair.element(0), landmarks) * (1.0f - t) + readPoint(pair.element(1), landmarks) * t;
  } else {
    node.report("a point object needs \"at\" or \"lerp\"");
  }
  if (node.has("offset")) p += readVec3(node["offset"]);
  return p;
}

namespace {

std::vector<float> readRadii(const JsonNode& node, std::size_t count) {
  if (node.isNumber()) return std::vector<float>(count, static_cast<float>(node.positiveNumber()));
  std::vector<float> radii;
  node.forEach(Emptiness::NotEmpty, [&](const JsonNode& r) { radii.push_back(static_cast<float>(r.positiveNumber())); });
  if (node.isList() && radii.size() != count) {
    node.report("must be one radius, or one per point (" + std::to_string(count) + ")");
    radii.assign(count, 0.01f);
  }
  return radii;
}

std::vector<glm::vec3> readPoints(const JsonNode& node, const Landmarks& landmarks, std::size_t atLeast) {
  std::vector<glm::vec3> points;
  node.forEach(Emptiness::NotEmpty, [&](const JsonNode& p) { points.push_back(readPoint(p, landmarks)); });
  if (node.isList() && points.size() < atLeast) node.report("must have at least " + std::to_string(atLeast) + " points");
  return points;
}

}  // namespace

ShapePart readShapePart(const JsonNode& node, const Landmarks& landmarks) {
  ShapePart part;
  if (node.has("ellipsoid")) {
    expectAnatomyObject(node, {"ellipsoid", "radii"});
    part.kind = ShapePart::Kind::Ellipsoid;
    part.points = {readPoint(node["ellipsoid"], landmarks)};
    part.semiAxes = readVec3(node["radii"]);
    if (part.semiAxes.x <= 0 || part.semiAxes.y <= 0 || part.semiAxes.z <= 0) node["radii"].report("radii must be > 0");
  } else if (node.has("capsule")) {
    expectAnatomyObject(node, {"capsule", "radius"});
    part.kind = ShapePart::Kind::Capsule;
    part.points = readPoints(node["capsule"], landmarks, 2);
    if (part.points.size() != 2) node["capsule"].report("a capsule joins exactly two points");
    part.radii = readRadii(node["radius"], 2);
  } else if (node.has("tube")) {
    expectAnatomyObject(node, {"tube", "radius"});
    part.kind = ShapePart::Kind::Tube;
    part.points = readPoints(node["tube"], landmarks, 2);
    part.radii = readRadii(node["radius"], part.points.size());
  } else if (node.has("plate")) {
    expectAnatomyObject(node, {"plate", "thickness"});
    part.kind = ShapePart::Kind::Plate;
    part.points = readPoints(node["plate"], landmarks, 3);
    part.thickness = static_cast<float>(node["thickness"].positiveNumber());
  } else {
    node.report("must be a shape: \"ellipsoid\", \"capsule\", \"tube\" or \"plate\"");
  }
  return part;
}

}  // namespace myo::atlas::detail
