#version 330 core
// Picking: which structure covers the pixel, and its surface normal there.
// Reads only what it needs of structure.vert.glsl's outputs.
in vec3 v_worldPosition;
in vec3 v_normal;
in vec2 v_marks;
uniform uint u_pickId;
uniform vec3 u_eye;
layout(location = 0) out uint outId;
layout(location = 1) out vec4 outNormal;
void main() {
  if (v_marks.y > 0.5) discard;  // cut away: a click goes through to what shows there
  vec3 n = normalize(v_normal);
  if (dot(n, u_eye - v_worldPosition) < 0.0) n = -n;
  outId = u_pickId;
  outNormal = vec4(n, 1.0);
}
