#version 330 core
// The selection outline: the structure pushed outward along its screen-space normal by a fixed
// number of pixels; the stencil keeps only the rim outside the structure itself.
layout(location = 0) in vec3 a_position;
layout(location = 1) in vec3 a_normal;
uniform mat4 u_model;
uniform mat3 u_normalMatrix;
uniform mat4 u_viewProjection;
uniform vec2 u_viewport;
uniform float u_widthPixels;
void main() {
  vec4 clip = u_viewProjection * u_model * vec4(a_position, 1.0);
  vec4 clipNormal = u_viewProjection * vec4(u_normalMatrix * a_normal, 0.0);
  vec2 direction = clipNormal.xy;
  float len = length(direction);
  if (len > 1e-6) clip.xy += direction / len * u_widthPixels * 2.0 / u_viewport * clip.w;
  gl_Position = clip;
}
