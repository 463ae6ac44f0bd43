#version 330 core
// Resolves the weighted-blended translucency buffers over the opaque image.
uniform sampler2D u_accumulated;   // rgb: sum of colour*alpha*weight, a: product of (1 - alpha)
uniform sampler2D u_weights;       // r: sum of alpha*weight
out vec4 outColor;
void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  vec4 accumulated = texelFetch(u_accumulated, pixel, 0);
  float weight = texelFetch(u_weights, pixel, 0).r;
  float revealage = accumulated.a;
  if (revealage >= 0.999) discard;
  outColor = vec4(accumulated.rgb / max(weight, 1e-5), 1.0 - revealage);
}
