#version 330 core
// A filled disc with a white ring, or an X with a white halo (the trigger point of the pattern
// shown, as charts mark it); occluded markers are drawn again, dimmed, through the layers.
in vec2 v_corner;
in vec4 v_color;
flat in uint v_shape;
uniform float u_dim;   // 1 for visible markers, lower for the ones behind surfaces
out vec4 outColor;

const float kArm = 0.68;        // where the strokes end, along each axis
const float kInk = 0.13;        // half the stroke's width
const float kHalo = 0.25;

void main() {
  if (v_shape == 1u) {
    // Folded into one quadrant the two strokes are one segment from the centre along the diagonal.
    vec2 a = abs(v_corner);
    float along = min(0.5 * (a.x + a.y), kArm);
    float d = length(a - vec2(along));
    float edge = fwidth(d);
    float halo = 1.0 - smoothstep(kHalo - edge, kHalo, d);
    if (halo <= 0.0) discard;
    float ink = 1.0 - smoothstep(kInk - edge, kInk, d);
    outColor = vec4(mix(vec3(1.0), v_color.rgb, ink), halo * u_dim);
    return;
  }
  float r = length(v_corner);
  float edge = fwidth(r);
  float disc = 1.0 - smoothstep(1.0 - edge, 1.0, r);
  if (disc <= 0.0) discard;
  float ring = smoothstep(0.62 - edge, 0.62, r);
  vec3 color = mix(v_color.rgb, vec3(1.0), ring);
  outColor = vec4(color, disc * u_dim);
}
