#version 330 core
// Smooths the stair-steps along edges of a single-sampled picture, in the manner of FXAA: where
// the brightness of a pixel's corners differs enough to be an edge, blend a few samples taken
// along the edge instead of across it. Flat areas are copied unchanged. On a software renderer
// this costs a small fraction of multisampling, which shades, tests and blends every sample.
uniform sampler2D u_picture;   // bilinear, clamped: in-between samples average their neighbours
uniform vec2 u_texel;          // 1 / picture size
in vec2 v_uv;
out vec4 outColor;

float brightness(vec3 c) { return dot(c, vec3(0.299, 0.587, 0.114)); }

void main() {
  vec3 center = texture(u_picture, v_uv).rgb;
  float c = brightness(center);
  float nw = brightness(textureOffset(u_picture, v_uv, ivec2(-1, 1)).rgb);
  float ne = brightness(textureOffset(u_picture, v_uv, ivec2(1, 1)).rgb);
  float sw = brightness(textureOffset(u_picture, v_uv, ivec2(-1, -1)).rgb);
  float se = brightness(textureOffset(u_picture, v_uv, ivec2(1, -1)).rgb);
  float darkest = min(c, min(min(nw, ne), min(sw, se)));
  float brightest = max(c, max(max(nw, ne), max(sw, se)));
  if (brightest - darkest < max(0.04, brightest * 0.125)) {
    outColor = vec4(center, 1.0);
    return;
  }
  // The gradient turned a quarter: the direction the edge runs in.
  vec2 along = vec2((sw + se) - (nw + ne), (nw + sw) - (ne + se));
  float bias = max(0.03125 * (nw + ne + sw + se), 1.0 / 128.0);
  along *= 1.0 / (min(abs(along.x), abs(along.y)) + bias);
  along = clamp(along, vec2(-8.0), vec2(8.0)) * u_texel;
  vec3 near = 0.5 * (texture(u_picture, v_uv - along / 6.0).rgb + texture(u_picture, v_uv + along / 6.0).rgb);
  vec3 wide = 0.5 * near + 0.25 * (texture(u_picture, v_uv - along * 0.5).rgb +
                                   texture(u_picture, v_uv + along * 0.5).rgb);
  // The wide blend can reach across into another structure; then the near one is safer.
  float w = brightness(wide);
  outColor = vec4(w < darkest || w > brightest ? near : wide, 1.0);
}
