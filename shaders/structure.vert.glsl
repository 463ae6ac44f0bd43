#version 330 core
// Structures of the atlas (and imported models): world-space surface data for lighting, fibre
// shading and heat maps. Shared by the colour, translucency and picking passes.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec2 a_uv;
layout(location = 3) in vec4 a_color;
layout(location = 4) in float a_along;   // 0 at a muscle's origin, 1 at its insertion
layout(location = 5) in vec3 a_fibre;    // fibre direction, zero where unknown
layout(location = 6) in vec2 a_heat;     // (essential, spillover), 0..1
layout(location = 7) in vec2 a_marks;    // (outlined field, cut away), 0..1

uniform mat4 u_model;
uniform mat3 u_normalMatrix;
uniform mat4 u_view;
uniform mat4 u_projection;

out vec3 v_worldPosition;
out vec3 v_normal;
out vec2 v_uv;
out vec4 v_color;
out float v_along;
out vec3 v_fibre;
out vec2 v_heat;
out vec2 v_marks;
out float v_viewDepth;

void main() {
  vec4 world = u_model * vec4(a_position, 1.0);
  vec4 viewPosition = u_view * world;
  v_worldPosition = world.xyz;
  v_normal = u_normalMatrix * a_normal;
  v_uv = a_uv;
  v_color = a_color;
  v_along = a_along;
  v_fibre = mat3(u_model) * a_fibre;
  v_heat = a_heat;
  v_marks = a_marks;
  v_viewDepth = -viewPosition.z;
  gl_Position = u_projection * viewPosition;
}
