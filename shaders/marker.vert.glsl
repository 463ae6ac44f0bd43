#version 330 core
// Trigger-point markers: one screen-aligned quad per instance, a constant size in pixels.
layout(location = 0) in vec2 a_corner;      // -1..1
layout(location = 1) in vec3 i_position;    // world
layout(location = 2) in vec4 i_color;       // display-encoded
uniform mat4 u_viewProjection;
uniform vec2 u_viewport;
uniform float u_sizePixels;
out vec2 v_corner;
out vec4 v_color;
void main() {
  vec4 clip = u_viewProjection * vec4(i_position, 1.0);
  // Pull the marker a little toward the camera so it is not buried in its own muscle surface.
  clip.z -= 0.002 * clip.w;
  clip.xy += a_corner * u_sizePixels / u_viewport * clip.w;
  v_corner = a_corner;
  v_color = i_color;
  gl_Position = clip;
}
