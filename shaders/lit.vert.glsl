#version 330 core
// Lit mesh pass: world-space position and normal for the fragment shader.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
layout(location = 2) in vec2 a_uv;
layout(location = 3) in vec4 a_color;
layout(location = 4) in float a_scalar;

uniform mat4 u_model;
uniform mat3 u_normalMatrix;
uniform mat4 u_viewProjection;

out vec3 v_worldPosition;
out vec3 v_normal;
out vec2 v_uv;
out vec4 v_color;
out float v_scalar;

void main() {
  vec4 world = u_model * vec4(a_position, 1.0);
  v_worldPosition = world.xyz;
  v_normal = u_normalMatrix * a_normal;
  v_uv = a_uv;
  v_color = a_color;
  v_scalar = a_scalar;
  gl_Position = u_viewProjection * world;
}
