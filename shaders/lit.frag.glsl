#version 330 core
// Lit mesh pass: two-sided, hemisphere ambient plus one key light and a soft fill, computed in
// linear light and written gamma-encoded (the targets are plain RGBA8, not sRGB).
in vec3 v_worldPosition;
in vec3 v_normal;
in vec2 v_uv;
in vec4 v_color;
in float v_scalar;

uniform vec4 u_baseColor;        // linear
uniform bool u_hasTexture;
uniform sampler2D u_baseColorTexture;  // sRGB-encoded
uniform vec3 u_eye;
uniform vec3 u_keyDirection;     // unit, toward the light
uniform vec3 u_fillDirection;    // unit, toward the light
uniform vec3 u_skyColor;
uniform vec3 u_groundColor;

out vec4 fragColor;

vec3 toLinear(vec3 c) { return pow(c, vec3(2.2)); }
vec3 toDisplay(vec3 c) { return pow(clamp(c, 0.0, 1.0), vec3(1.0 / 2.2)); }

void main() {
  vec4 base = u_baseColor * v_color;
  if (u_hasTexture) {
    vec4 texel = texture(u_baseColorTexture, v_uv);
    base *= vec4(toLinear(texel.rgb), texel.a);
  }
  vec3 n = normalize(v_normal);
  if (!gl_FrontFacing) n = -n;
  vec3 viewDirection = normalize(u_eye - v_worldPosition);

  vec3 ambient = mix(u_groundColor, u_skyColor, 0.5 + 0.5 * n.y);
  float key = max(dot(n, u_keyDirection), 0.0);
  float fill = max(dot(n, u_fillDirection), 0.0);
  vec3 halfway = normalize(u_keyDirection + viewDirection);
  float specular = pow(max(dot(n, halfway), 0.0), 48.0) * 0.12;

  vec3 lit = base.rgb * (ambient + key * vec3(0.95, 0.92, 0.88) + fill * vec3(0.18, 0.2, 0.24)) +
             vec3(specular) * key;
  fragColor = vec4(toDisplay(lit), base.a);
}
