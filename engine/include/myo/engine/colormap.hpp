#pragma once
// Colour maps for heat maps: five linear-RGB stops at 0, 0.25, 0.5, 0.75 and 1, interpolated in
// the shader. "clinical" is the red of printed trigger-point charts; "viridis" and "cividis" stay
// readable for people with colour-vision deficiency and in greyscale print.

#include <array>
#include <optional>
#include <string_view>

#include <glm/vec3.hpp>

#include "myo/engine/enum_names.hpp"

namespace myo {

enum class Colormap { Clinical, Heat, Viridis, Cividis };

constexpr EnumTable<Colormap, 4> enumNames(Colormap) {
  return {{
      {Colormap::Clinical, "clinical"},
      {Colormap::Heat, "heat"},
      {Colormap::Viridis, "viridis"},
      {Colormap::Cividis, "cividis"},
  }};
}

inline std::optional<Colormap> parseColormap(std::string_view name) { return parseEnum<Colormap>(name); }
std::array<glm::vec3, 5> colormapStops(Colormap map);  // linear RGB
glm::vec3 sampleColormap(Colormap map, float t);        // linear RGB, t clamped to 0..1

}  // namespace myo
