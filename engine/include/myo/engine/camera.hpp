#pragma once
// OrbitCamera: a camera that circles a target point. Pure math, no GL, so it is unit-tested.
//
// The world frame is the body frame of the atlas: metres, +Y up, the model faces +Z, the person's
// left is +X. "anterior" therefore looks at the model from +Z toward -Z.
//
//   myo::OrbitCamera camera;
//   camera.setView(myo::ViewPreset::Posterior);
//   camera.frame(model.bounds(), 16.0f / 9.0f);
//   glm::mat4 mvp = camera.projection(16.0f / 9.0f) * camera.view();

#include <optional>
#include <string_view>

#include <glm/mat4x4.hpp>
#include <glm/vec3.hpp>

#include "myo/engine/bounds.hpp"
#include "myo/engine/enum_names.hpp"

namespace myo {

enum class ViewPreset { Anterior, Posterior, Left, Right, Superior };

constexpr EnumTable<ViewPreset, 5> enumNames(ViewPreset) {
  return {{
      {ViewPreset::Anterior, "anterior"},
      {ViewPreset::Posterior, "posterior"},
      {ViewPreset::Left, "left"},
      {ViewPreset::Right, "right"},
      {ViewPreset::Superior, "superior"},
  }};
}

inline std::optional<ViewPreset> parseViewPreset(std::string_view name) { return parseEnum<ViewPreset>(name); }

class OrbitCamera {
 public:
  // Looks along the preset's direction; keeps target and distance.
  void setView(ViewPreset preset);
  // Moves target and distance so the whole box fits the view at this aspect ratio, with a margin.
  void frame(const Bounds& box, float aspect, float margin = 1.08f);

  void orbit(float deltaYawRadians, float deltaPitchRadians);
  void zoom(float factor);  // distance *= factor
  void pan(float dxFraction, float dyFraction);  // fractions of the visible height

  glm::mat4 view() const;
  glm::mat4 projection(float aspect) const;
  glm::vec3 eye() const;
  glm::vec3 forward() const;  // unit vector from eye toward target

  glm::vec3 target{0.0f};
  float distance = 3.0f;
  float yaw = 0.0f;    // radians about +Y; 0 puts the eye on +Z
  float pitch = 0.0f;  // radians; positive looks down from above
  float verticalFovRadians = 0.6f;
  float nearRatio = 0.01f;  // near plane = distance * nearRatio
  float farRatio = 10.0f;   // far plane = distance * farRatio + scene depth margin
};

}  // namespace myo
