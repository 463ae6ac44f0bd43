#version 330 core
// Colour of a structure: lit base colour with the look of its tissue (muscle striations and pale
// tendons, ivory bone, neutral skin), a selection tint, and the referred-pain heat map: the
// essential zone solid, the spillover zone stippled as in clinical charts, with dots even on the screen.
// Writes either an opaque colour or, in the translucency pass, weighted-blended OIT terms.
in vec3 v_worldPosition;
in vec3 v_normal;
in vec2 v_uv;
in vec4 v_color;
in float v_along;
in vec3 v_fibre;
in vec2 v_heat;
in vec2 v_marks;
in float v_viewDepth;

uniform vec4 u_baseColor;          // linear
uniform float u_opacity;
uniform int u_look;                // 0 plain, 1 skin, 2 muscle, 3 bone
uniform bool u_hasTexture;
uniform sampler2D u_baseColorTexture;
uniform vec3 u_tint;               // linear
uniform float u_tintAmount;
uniform vec3 u_eye;
uniform vec3 u_keyDirection;
uniform vec3 u_fillDirection;
uniform vec3 u_colormap[5];        // linear colours at 0, .25, .5, .75, 1
uniform bool u_translucentPass;
uniform float u_stipplePixels;     // spacing of the spillover dots
uniform vec3 u_fieldOutlineColor;  // display-encoded
uniform float u_fieldOutlinePixels;

layout(location = 0) out vec4 outColor;   // opaque colour, or accumulated colour
layout(location = 1) out vec4 outWeight;  // translucency pass only: accumulated weight

const int LOOK_SKIN = 1;
const int LOOK_MUSCLE = 2;
const int LOOK_BONE = 3;

vec3 toLinear(vec3 c) { return pow(c, vec3(2.2)); }
vec3 toDisplay(vec3 c) { return pow(clamp(c, 0.0, 1.0), vec3(1.0 / 2.2)); }

vec3 colormap(float t) {
  float x = clamp(t, 0.0, 1.0) * 4.0;
  int i = int(min(floor(x), 3.0));
  return mix(u_colormap[i], u_colormap[i + 1], x - float(i));
}

// The spillover zone is stippled as printed charts are: round dots of one size on a square grid of
// the screen's pixels, so they stay even at any zoom and wherever the skin slopes away. Dots fixed
// on the body crowded where it turned from the viewer and melted into a flat tint when zoomed out.
float stipple() {
  vec2 cell = gl_FragCoord.xy / u_stipplePixels;
  float fromCentre = length(fract(cell) - 0.5) * u_stipplePixels;  // in pixels
  float radius = 0.3 * u_stipplePixels;
  return 1.0 - smoothstep(radius - 0.6, radius + 0.6, fromCentre);
}

vec3 tissue(vec3 base, vec3 n) {
  if (u_look == LOOK_MUSCLE) {
    // Fascicles run along the fibres: shade in bands across them, faded out before they alias.
    vec3 fibre = v_fibre - n * dot(v_fibre, n);
    if (dot(fibre, fibre) > 1e-6) {
      vec3 across = normalize(cross(n, normalize(fibre)));
      float s = dot(v_worldPosition, across) / 0.0035;
      float fade = 1.0 - smoothstep(0.25, 0.6, fwidth(s));
      base *= 1.0 - 0.16 * fade * (0.5 + 0.5 * sin(6.2831853 * s));
    }
    // Tendons toward the attachments are pale and glossy.
    float tendon = 1.0 - smoothstep(0.03, 0.10, min(v_along, 1.0 - v_along));
    base = mix(base, vec3(0.78, 0.74, 0.64), tendon);
  }
  return base;
}

void main() {
  // The outlined field's 0.5 level as a line of constant width on the screen.
  float fromLevel = abs(v_marks.x - 0.5) / max(fwidth(v_marks.x), 1e-6);
  float line = 1.0 - smoothstep(0.5 * u_fieldOutlinePixels - 0.6, 0.5 * u_fieldOutlinePixels + 0.6, fromLevel);
  float essential = smoothstep(0.30, 0.55, v_heat.x);
  float spill = smoothstep(0.40, 0.48, v_heat.y) * (1.0 - essential);
  float spillDot = spill > 0.0 ? spill * stipple() : 0.0;
  // A window cut in the surface (a muscle shown through the skin): like glass, it keeps what is
  // drawn on it (the pattern and the outline) so the client sees both over the muscle.
  if (v_marks.y > 0.5 && max(max(essential, spillDot), line) < 0.5) discard;
  vec4 base = u_baseColor * v_color;
  if (u_hasTexture) {
    vec4 texel = texture(u_baseColorTexture, v_uv);
    base *= vec4(toLinear(texel.rgb), texel.a);
  }
  vec3 viewDirection = normalize(u_eye - v_worldPosition);
  vec3 n = normalize(v_normal);
  if (dot(n, viewDirection) < 0.0) n = -n;  // two-sided; trust normals over winding

  vec3 albedo = tissue(base.rgb, n);

  // Heat map: solid essential zone with a soft edge over a stippled spillover zone. The spillover's
  // edge is sharp: a dot fading out at the rim would read as a dot of another size.
  if (spillDot > 0.0) albedo = mix(albedo, colormap(0.65), spillDot);
  if (essential > 0.0) albedo = mix(albedo, colormap(0.55 + 0.45 * v_heat.x), essential);

  albedo = mix(albedo, u_tint, u_tintAmount);

  vec3 ambient = mix(vec3(0.16, 0.14, 0.13), vec3(0.36, 0.38, 0.42), 0.5 + 0.5 * n.y);
  float key = max(dot(n, u_keyDirection), 0.0);
  float fill = max(dot(n, u_fillDirection), 0.0);
  float gloss = u_look == LOOK_MUSCLE ? 0.10 : (u_look == LOOK_BONE ? 0.06 : 0.08);
  float specular = pow(max(dot(n, normalize(u_keyDirection + viewDirection)), 0.0), 40.0) * gloss;
  vec3 lit = albedo * (ambient + key * vec3(0.95, 0.92, 0.88) + fill * vec3(0.18, 0.2, 0.24)) +
             vec3(specular) * key;
  vec3 display = toDisplay(lit);
  // The window's rim, darkened, so the cut reads as an edge and not as a hole in the picture.
  float rim = smoothstep(0.5 - max(2.0 * fwidth(v_marks.y), 0.02), 0.5, v_marks.y);
  if (v_marks.y <= 0.5) display *= 1.0 - 0.55 * rim;
  // The outline is unlit: a drawing on top of the body in a colour of its own (the client's pain).
  display = mix(display, u_fieldOutlineColor, line);

  float alpha = clamp(base.a * u_opacity, 0.0, 1.0);
  if (!u_translucentPass) {
    outColor = vec4(display, 1.0);
    outWeight = vec4(0.0);
    return;
  }
  // Weighted blended order-independent transparency (McGuire & Bavoil 2013): nearer and more
  // opaque surfaces weigh more; no sorting needed.
  float z = v_viewDepth;
  float weight = alpha * clamp(10.0 / (1e-5 + pow(z / 5.0, 2.0) + pow(z / 200.0, 6.0)), 1e-2, 3e3);
  outColor = vec4(display * alpha * weight, alpha);
  outWeight = vec4(alpha * weight);
}
