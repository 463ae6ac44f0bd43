#version 330 core
// Picking: which structure covers the pixel, and its surface normal there.
in vec3 v_worldPosition;
in vec3 v_normal;
in vec2 v_uv;
in vec4 v_color;
in float v_along;
in vec3 v_fibre;
in vec2 v_heat;
in float v_viewDepth;
uniform uint u_pickId;
uniform vec3 u_eye;
layout(location = 0) out uint outId;
layout(location = 1) out vec4 outNormal;
void main() {
  vec3 n = normalize(v_normal);
  if (dot(n, u_eye - v_worldPosition) < 0.0) n = -n;
  outId = u_pickId;
  outNormal = vec4(n, 1.0);
}
