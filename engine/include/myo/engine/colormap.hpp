#pragma once
// Colour maps for heat maps: five linear-RGB stops at 0, 0.25, 0.5, 0.75 and 1, interpolated in
// the shader. "clinical" is the red of printed trigger-point charts; "viridis" and "cividis" stay
// readable for people with colour-vision deficiency and in greyscale print.

#include <array>
#include <optional>
#include <string_view>

#include <glm/vec3.hpp>

namespace myo {

enum class Colormap { Clinical, Heat, Viridis, Cividis };

std::optional<Colormap> parseColormap(std::string_view name);
std::string_view toString(Colormap map);
std::array<glm::vec3, 5> colormapStops(Colormap map);  // linear RGB
glm::vec3 sampleColormap(Colormap map, float t);        // linear RGB, t clamped to 0..1

}  // namespace myo
