#include "body/description_reader.hpp"

#include <cmath>

namespace myo::atlas::detail {

void Cursor::fail(const std::string& message) const { throw DescriptionError{where() + ": " + message}; }

bool Cursor::has(const std::string& key) const { return node_->is_object() && node_->contains(key); }

Cursor Cursor::operator[](const std::string& key) const {
  if (!node_->is_object()) fail("expected an object");
  const auto it = node_->find(key);
  if (it == node_->end()) fail("missing \"" + key + "\"");
  return Cursor(file_, *it, pointer_ + "/" + key);
}

Cursor Cursor::operator[](std::size_t index) const {
  return Cursor(file_, node_->at(index), pointer_ + "/" + std::to_string(index));
}

std::vector<Cursor> Cursor::items() const {
  if (!node_->is_array()) fail("expected an array");
  std::vector<Cursor> out;
  for (std::size_t i = 0; i < node_->size(); ++i) out.push_back((*this)[i]);
  return out;
}

std::vector<std::pair<std::string, Cursor>> Cursor::members() const {
  if (!node_->is_object()) fail("expected an object");
  std::vector<std::pair<std::string, Cursor>> out;
  for (auto it = node_->begin(); it != node_->end(); ++it)
    out.emplace_back(it.key(), Cursor(file_, it.value(), pointer_ + "/" + it.key()));
  return out;
}

float Cursor::number() const {
  if (!node_->is_number()) fail("expected a number");
  const double v = node_->get<double>();
  if (!std::isfinite(v)) fail("expected a finite number");
  return static_cast<float>(v);
}

float Cursor::positiveNumber() const {
  const float v = number();
  if (v <= 0.0f) fail("expected a number greater than 0");
  return v;
}

int Cursor::integer() const {
  if (!node_->is_number_integer()) fail("expected a whole number");
  return node_->get<int>();
}

std::string Cursor::string() const {
  if (!node_->is_string()) fail("expected a string");
  return node_->get<std::string>();
}

glm::vec3 Cursor::vec3() const {
  if (!node_->is_array() || node_->size() != 3) fail("expected [x, y, z] in metres");
  return {(*this)[0].number(), (*this)[1].number(), (*this)[2].number()};
}

void Cursor::allowOnly(std::initializer_list<const char*> keys) const {
  if (!node_->is_object()) fail("expected an object");
  for (auto it = node_->begin(); it != node_->end(); ++it) {
    bool known = it.key() == "note";  // a free-text note is allowed everywhere
    for (const char* k : keys) known = known || it.key() == k;
    if (!known) {
      std::string list;
      for (const char* k : keys) list += std::string(list.empty() ? "" : ", ") + k;
      fail("unknown key \"" + it.key() + "\" (expected: " + list + ", note)");
    }
  }
}

glm::vec3 readPoint(const Cursor& c, const Landmarks& landmarks) {
  const auto& j = c.json();
  if (j.is_string()) {
    const auto it = landmarks.find(j.get<std::string>());
    if (it == landmarks.end()) c.fail("unknown landmark \"" + j.get<std::string>() + "\"");
    return it->second;
  }
  if (j.is_array()) return c.vec3();
  if (!j.is_object()) c.fail("expected a point: a landmark name, [x, y, z], {\"at\": ...} or {\"lerp\": ...}");
  glm::vec3 p;
  if (c.has("at")) {
    c.allowOnly({"at", "offset"});
    p = readPoint(c["at"], landmarks);
  } else if (c.has("lerp")) {
    c.allowOnly({"lerp", "t", "offset"});
    const Cursor pair = c["lerp"];
    if (!pair.json().is_array() || pair.json().size() != 2) pair.fail("expected two points");
    const float t = c["t"].number();
    p = readPoint(pair[0], landmarks) * (1.0f - t) + readPoint(pair[1], landmarks) * t;
  } else {
    c.fail("a point object needs \"at\" or \"lerp\"");
  }
  if (c.has("offset")) p += c["offset"].vec3();
  return p;
}

namespace {

std::vector<float> readRadii(const Cursor& c, std::size_t count) {
  if (c.json().is_number()) return std::vector<float>(count, c.positiveNumber());
  const std::vector<Cursor> items = c.items();
  if (items.size() != count) c.fail("expected one radius, or one per point (" + std::to_string(count) + ")");
  std::vector<float> out;
  for (const Cursor& i : items) out.push_back(i.positiveNumber());
  return out;
}

std::vector<glm::vec3> readPoints(const Cursor& c, const Landmarks& landmarks, std::size_t atLeast) {
  std::vector<glm::vec3> out;
  for (const Cursor& i : c.items()) out.push_back(readPoint(i, landmarks));
  if (out.size() < atLeast) c.fail("expected at least " + std::to_string(atLeast) + " points");
  return out;
}

}  // namespace

ShapePart readShapePart(const Cursor& c, const Landmarks& landmarks) {
  ShapePart part;
  if (c.has("ellipsoid")) {
    c.allowOnly({"ellipsoid", "radii"});
    part.kind = ShapePart::Kind::Ellipsoid;
    part.points = {readPoint(c["ellipsoid"], landmarks)};
    part.semiAxes = c["radii"].vec3();
    if (part.semiAxes.x <= 0 || part.semiAxes.y <= 0 || part.semiAxes.z <= 0) c["radii"].fail("radii must be > 0");
  } else if (c.has("capsule")) {
    c.allowOnly({"capsule", "radius"});
    part.kind = ShapePart::Kind::Capsule;
    part.points = readPoints(c["capsule"], landmarks, 2);
    if (part.points.size() != 2) c["capsule"].fail("a capsule joins exactly two points");
    part.radii = readRadii(c["radius"], 2);
  } else if (c.has("tube")) {
    c.allowOnly({"tube", "radius"});
    part.kind = ShapePart::Kind::Tube;
    part.points = readPoints(c["tube"], landmarks, 2);
    part.radii = readRadii(c["radius"], part.points.size());
  } else if (c.has("plate")) {
    c.allowOnly({"plate", "thickness"});
    part.kind = ShapePart::Kind::Plate;
    part.points = readPoints(c["plate"], landmarks, 3);
    part.thickness = c["thickness"].positiveNumber();
  } else {
    c.fail("expected a shape: \"ellipsoid\", \"capsule\", \"tube\" or \"plate\"");
  }
  return part;
}

}  // namespace myo::atlas::detail
