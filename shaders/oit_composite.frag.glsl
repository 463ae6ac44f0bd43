#version 330 core
// Resolves the weighted-blended translucency buffers over the opaque image.
uniform sampler2DMS u_accumulated;   // rgb: sum of colour*alpha*weight, a: product of (1 - alpha)
uniform sampler2DMS u_weights;       // r: sum of alpha*weight
uniform int u_samples;
out vec4 outColor;
void main() {
  ivec2 pixel = ivec2(gl_FragCoord.xy);
  vec4 accumulated = vec4(0.0);
  float weight = 0.0;
  for (int i = 0; i < u_samples; ++i) {
    accumulated += texelFetch(u_accumulated, pixel, i);
    weight += texelFetch(u_weights, pixel, i).r;
  }
  accumulated /= float(u_samples);
  weight /= float(u_samples);
  float revealage = accumulated.a;
  if (revealage >= 0.999) discard;
  outColor = vec4(accumulated.rgb / max(weight, 1e-5), 1.0 - revealage);
}
