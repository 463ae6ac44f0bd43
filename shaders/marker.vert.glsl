#version 330 core
// Trigger-point markers: one screen-aligned quad per instance, a constant size in pixels.
layout(location = 0) in vec2 a_corner;      // -1..1
layout(location = 1) in vec3 i_position;    // world
layout(location = 2) in vec4 i_color;       // display-encoded
layout(location = 3) in uint i_shape;       // MarkerShape: 0 dot, 1 cross
layout(location = 4) in float i_scale;      // times u_sizePixels
uniform mat4 u_viewProjection;
uniform vec2 u_viewport;
uniform float u_sizePixels;
out vec2 v_corner;
out vec4 v_color;
flat out uint v_shape;
void main() {
  vec4 clip = u_viewProjection * vec4(i_position, 1.0);
  // Pull the marker a little toward the camera so it is not buried in its own muscle surface.
  clip.z -= 0.002 * clip.w;
  clip.xy += a_corner * u_sizePixels * i_scale / u_viewport * clip.w;
  v_corner = a_corner;
  v_color = i_color;
  v_shape = i_shape;
  gl_Position = clip;
}
