#pragma once
// Reading one description file: typed accessors that know where they are (file and JSON pointer),
// so every complaint names the exact place. Used only inside the loader, which turns the
// DescriptionError it throws into a myo::Error at its boundary.

#include <map>
#include <string>
#include <vector>

#include <glm/vec3.hpp>
#include <nlohmann/json.hpp>

#include "myo/atlas/anatomy_description.hpp"

namespace myo::atlas::detail {

struct DescriptionError {
  std::string message;
};

class Cursor {
 public:
  Cursor(const std::string& file, const nlohmann::ordered_json& node, std::string pointer = "")
      : file_(file), node_(&node), pointer_(std::move(pointer)) {}

  const nlohmann::ordered_json& json() const { return *node_; }
  std::string where() const { return file_ + ": " + (pointer_.empty() ? "/" : pointer_); }
  [[noreturn]] void fail(const std::string& message) const;

  bool has(const std::string& key) const;
  Cursor operator[](const std::string& key) const;  // a required member
  Cursor operator[](std::size_t index) const;
  std::vector<Cursor> items() const;                 // elements of a required array
  std::vector<std::pair<std::string, Cursor>> members() const;  // of a required object, in file order

  float number() const;
  float positiveNumber() const;
  int integer() const;
  std::string string() const;
  glm::vec3 vec3() const;
  // Checks that the object has only these keys (a misspelt key is a mistake, not a no-op).
  void allowOnly(std::initializer_list<const char*> keys) const;

 private:
  const std::string& file_;
  const nlohmann::ordered_json* node_;
  std::string pointer_;
};

using Landmarks = std::map<std::string, glm::vec3>;

// A point: "landmark", [x, y, z], {"at": P, "offset": [..]} or {"lerp": [P, Q], "t": .., "offset": [..]}.
glm::vec3 readPoint(const Cursor& c, const Landmarks& landmarks);
// A solid: {"ellipsoid": P, "radii": [..]}, {"capsule": [P, Q], "radius": r|[ra, rb]},
// {"tube": [P, ...], "radius": r|[...]}, {"plate": [P, P, P, ...], "thickness": t}.
ShapePart readShapePart(const Cursor& c, const Landmarks& landmarks);

}  // namespace myo::atlas::detail
