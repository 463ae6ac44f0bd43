#version 330 core
// A filled disc with a white ring; occluded markers are drawn again, dimmed, through the layers.
in vec2 v_corner;
in vec4 v_color;
uniform float u_dim;   // 1 for visible markers, lower for the ones behind surfaces
out vec4 outColor;
void main() {
  float r = length(v_corner);
  float edge = fwidth(r);
  float disc = 1.0 - smoothstep(1.0 - edge, 1.0, r);
  if (disc <= 0.0) discard;
  float ring = smoothstep(0.62 - edge, 0.62, r);
  vec3 color = mix(v_color.rgb, vec3(1.0), ring);
  outColor = vec4(color, disc * u_dim);
}
