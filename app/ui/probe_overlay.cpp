#include "probe_overlay.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>

#include <glm/common.hpp>
#include <glm/geometric.hpp>
#include <glm/matrix.hpp>
#include <glm/mat4x4.hpp>
#include <glm/vec4.hpp>

#include "key_bindings.hpp"
#include "scene_viewport.hpp"

namespace myo::ui {

namespace {

// The scene's colour of a structure: its material's, display-encoded (the scene draws muscles red,
// bone ivory, the skin a neutral tone).
glm::vec4 probeBandColor(const atlas::AtlasScene& body, const atlas::StructureInfo& info) {
  std::optional<int> node;
  if (info.kind == atlas::StructureKind::Skin) {
    node = body.index.skinNode();
  } else {
    for (int n : body.index.find(info.id, info.side))
      if (body.index.node(n).member == info.member && body.index.node(n).kind == info.kind) {
        node = n;
        break;
      }
  }
  glm::vec4 linear{0.8f, 0.8f, 0.8f, 1.0f};
  if (node) {
    const Node& sceneNode = body.scene.nodes[std::size_t(*node)];
    if (!sceneNode.parts.empty()) {
      const int material = body.scene.parts[std::size_t(sceneNode.parts.front())].material;
      if (material >= 0 && material < int(body.scene.materials.size()))
        linear = body.scene.materials[std::size_t(material)].baseColor;
    }
  }
  const auto encode = [](float c) {
    c = std::clamp(c, 0.0f, 1.0f);
    return c <= 0.0031308f ? 12.92f * c : 1.055f * std::pow(c, 1.0f / 2.4f) - 0.055f;
  };
  return {encode(linear.r), encode(linear.g), encode(linear.b), 1.0f};
}

bool sameCamera(const OrbitCamera& a, const OrbitCamera& b) {
  return a.target == b.target && a.distance == b.distance && a.yaw == b.yaw && a.pitch == b.pitch &&
         a.verticalFovRadians == b.verticalFovRadians;
}

std::string probeDepthText(const ProbeBand& band) {
  char text[48];
  if (band.kind == atlas::StructureKind::Bone) std::snprintf(text, sizeof text, "%.0f mm", band.fromMm);
  else std::snprintf(text, sizeof text, "%.0f\u2013%.0f mm", band.fromMm, band.toMm);
  return text;
}

ImU32 probeColorU32(const glm::vec4& c) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a)); }

}  // namespace

int probeKey() {
  for (const KeyBinding& binding : windowKeyBindings())
    if (binding.command == WindowCommand::Probe && !binding.chords.empty()) return binding.chords.front().key;
  return -1;
}

bool PalpationProbe::update(AppState& state, const atlas::KnowledgeBase* kb, const SceneViewport& viewport,
                            const OrbitCamera& camera, glm::vec2 cursor, bool active, double now) {
  if (!active) {
    wasActive_ = false;
    pending_ = false;
    if (!state.probe) return false;
    state.probe.reset();
    return true;
  }
  if (!wasActive_ || cursor != probedCursor_ || !sameCamera(camera, probedCamera_)) pending_ = true;
  wasActive_ = true;
  if (!pending_ || now - lastProbe_ < kProbeInterval) return false;
  pending_ = false;
  lastProbe_ = now;
  probedCursor_ = cursor;
  probedCamera_ = camera;

  // The line of sight through the cursor, from the near plane to the far one.
  const glm::vec2 device = viewport.deviceCoordinates(cursor);
  const glm::mat4 unproject = glm::inverse(camera.projection(viewport.aspect()) * camera.view());
  const glm::vec4 nearPoint = unproject * glm::vec4(device, -1.0f, 1.0f);
  const glm::vec4 farPoint = unproject * glm::vec4(device, 1.0f, 1.0f);
  const glm::vec3 from = glm::vec3(nearPoint) / nearPoint.w;
  const glm::vec3 to = glm::vec3(farPoint) / farPoint.w;

  const auto start = std::chrono::steady_clock::now();
  const std::optional<atlas::ProbeResult> result = probe_.underSight(from, to - from);
  const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  if (!result) {
    const bool had = state.probe.has_value();
    state.probe.reset();
    return had;
  }
  ProbeShown shown;
  shown.cursor = cursor;
  shown.skinPoint = result->skinPoint;
  shown.direction = result->direction;
  shown.reachesBone = result->reachesBone;
  shown.probeMs = ms;
  for (const atlas::ProbeLayer& layer : result->layers)
    shown.bands.push_back({layer.structure.id, layer.structure.kind, atlas::probeLayerName(layer, kb),
                           layer.structure.side, layer.structure.member, layer.fromMm, layer.toMm,
                           probeBandColor(*body_, layer.structure)});
  state.probe = std::move(shown);
  return true;
}

std::optional<double> PalpationProbe::dueAt() const {
  if (!pending_) return std::nullopt;
  return lastProbe_ + kProbeInterval;
}

void drawProbe(AppState& state, const UiFonts& fonts, const ScreenRect& viewport) {
  if (!state.probe || state.probe->bands.empty()) return;
  ProbeShown& probe = *state.probe;
  ImFont* font = fonts.regular != nullptr ? fonts.regular : ImGui::GetFont();
  const float size = font->FontSize;
  const ImGuiStyle& style = ImGui::GetStyle();
  const float line = size + style.ItemSpacing.y;
  const ImVec2 padding(0.7f * size, 0.5f * size);
  const auto textWidth = [&](const std::string& text) { return font->CalcTextSizeA(size, 1e6f, 0.0f, text.c_str()).x; };

  const std::string title = "Pressing in here:";
  const std::string footnote =
      probe.reachesBone ? "" : "(no bone within " + std::to_string(int(atlas::kProbeMaxDepth * 100.0f)) + " cm)";
  std::vector<std::string> depths;
  float nameWidth = 0.0f, depthWidth = 0.0f;
  for (const ProbeBand& band : probe.bands) {
    depths.push_back(probeDepthText(band));
    nameWidth = std::max(nameWidth, textWidth(band.name));
    depthWidth = std::max(depthWidth, textWidth(depths.back()));
  }
  const auto count = float(probe.bands.size());
  const float stripWidth = 1.2f * size;
  const float leaderWidth = 1.8f * size;
  const float columnGap = 1.0f * size;
  const float stripHeight = std::max(count * line, 6.0f * line);
  const float bodyWidth = stripWidth + leaderWidth + nameWidth + columnGap + depthWidth;
  const float contentWidth = std::max({bodyWidth, textWidth(title), textWidth(footnote)});
  const float contentHeight = line + stripHeight + (footnote.empty() ? 0.0f : line);
  const ImVec2 panel(contentWidth + 2.0f * padding.x, contentHeight + 2.0f * padding.y);

  // Beside the cursor, never over the point: to its right if it fits in the 3D view there, else to
  // its left if it fits there, else on the side with more of the view (over a side column a little).
  const ImVec2 display = ImGui::GetIO().DisplaySize;
  const float offset = 1.6f * size;
  const float rightRoom = viewport.x + viewport.width - (probe.cursor.x + offset);
  const float leftRoom = probe.cursor.x - offset - viewport.x;
  const bool toTheRight = rightRoom >= panel.x || (leftRoom < panel.x && rightRoom >= leftRoom);
  float x = toTheRight ? probe.cursor.x + offset : probe.cursor.x - offset - panel.x;
  x = std::clamp(x, 0.0f, std::max(0.0f, display.x - panel.x));
  const float y = std::clamp(probe.cursor.y - 0.3f * panel.y, 0.0f, std::max(0.0f, display.y - panel.y));
  probe.panelX = x;
  probe.panelY = y;
  probe.panelWidth = panel.x;
  probe.panelHeight = panel.y;

  ImDrawList* draw = ImGui::GetForegroundDrawList();
  const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
  const ImU32 dim = ImGui::GetColorU32(ImGuiCol_TextDisabled);
  const ImU32 edge = IM_COL32(20, 20, 24, 200);
  // The pressed point, ringed.
  const ImVec2 at(probe.cursor.x, probe.cursor.y);
  draw->AddCircle(at, 0.5f * size, IM_COL32(20, 20, 24, 230), 0, 3.5f);
  draw->AddCircle(at, 0.5f * size, IM_COL32(250, 209, 31, 255), 0, 2.0f);

  ImVec4 background = style.Colors[ImGuiCol_PopupBg];
  background.w = 1.0f;  // opaque: the panels' words under it would blur its own
  draw->AddRectFilled(ImVec2(x, y), ImVec2(x + panel.x, y + panel.y), ImGui::ColorConvertFloat4ToU32(background),
                      style.WindowRounding);
  draw->AddRect(ImVec2(x, y), ImVec2(x + panel.x, y + panel.y), ImGui::GetColorU32(ImGuiCol_Border), style.WindowRounding);
  const float left = x + padding.x;
  draw->AddText(font, size, ImVec2(left, y + padding.y), dim, title.c_str());

  // The strip: depth from the top, to the scale of the deepest tissue; the bone that stops the
  // fingers a block below it.
  const float top = y + padding.y + line;
  const float boneHeight = probe.reachesBone ? 0.8f * line : 0.0f;
  const float depthHeight = stripHeight - boneHeight;
  double deepest = 0.0;
  for (const ProbeBand& band : probe.bands) deepest = std::max(deepest, band.kind == atlas::StructureKind::Bone ? band.fromMm : band.toMm);
  if (deepest <= 0.0) deepest = 1.0;
  const auto depthY = [&](double mm) { return top + float(std::clamp(mm / deepest, 0.0, 1.0)) * depthHeight; };
  const float right = left + stripWidth;
  // Between the tissues it names (fascia, fat, what the model leaves out): the skin-and-fat tone, faint.
  draw->AddRectFilled(ImVec2(left, top), ImVec2(right, top + stripHeight), probeColorU32(probe.bands.front().color * glm::vec4(0.75f, 0.75f, 0.75f, 1.0f)));
  const float rowHeight = stripHeight / count;
  int muscles = 0;
  for (std::size_t i = 0; i < probe.bands.size(); ++i) {
    const ProbeBand& band = probe.bands[i];
    glm::vec4 color = band.color;
    float y0 = 0.0f, y1 = 0.0f;
    if (band.kind == atlas::StructureKind::Bone) {
      y0 = top + depthHeight;
      y1 = top + stripHeight;
    } else {
      y0 = depthY(band.fromMm);
      y1 = std::max(depthY(band.toMm), y0 + 2.0f);
      // Every muscle is the scene's red: one in two a shade lighter, so neighbours part.
      if (band.kind == atlas::StructureKind::Muscle && (muscles++ % 2) == 1)
        color = glm::mix(color, glm::vec4(1.0f), 0.28f);
    }
    draw->AddRectFilled(ImVec2(left, y0), ImVec2(right, y1), probeColorU32(color));
    if (i > 0) draw->AddLine(ImVec2(left, y0), ImVec2(right, y0), edge, 1.0f);
    if (band.kind == atlas::StructureKind::Bone) {  // hatched, as a cut bone is drawn
      draw->PushClipRect(ImVec2(left, y0), ImVec2(right, y1), true);
      for (float hatch = left - (y1 - y0); hatch < right; hatch += 0.35f * size)
        draw->AddLine(ImVec2(hatch, y1), ImVec2(hatch + (y1 - y0), y0), IM_COL32(120, 110, 90, 170), 1.0f);
      draw->PopClipRect();
    }
    // Its name and depths in the row beside, a leader from the band's middle.
    const float rowY = top + (float(i) + 0.5f) * rowHeight;
    const float middle = 0.5f * (y0 + y1);
    draw->AddLine(ImVec2(right + 2.0f, middle), ImVec2(right + leaderWidth - 0.3f * size, rowY), dim, 1.0f);
    draw->AddCircleFilled(ImVec2(right + 2.0f, middle), 2.0f, dim);
    const float textY = rowY - 0.5f * size;
    draw->AddText(font, size, ImVec2(right + leaderWidth, textY), text, band.name.c_str());
    draw->AddText(font, size, ImVec2(x + panel.x - padding.x - textWidth(depths[i]), textY), text, depths[i].c_str());
  }
  draw->AddRect(ImVec2(left, top), ImVec2(right, top + stripHeight), edge);
  if (!footnote.empty()) draw->AddText(font, size, ImVec2(left, top + stripHeight + style.ItemSpacing.y), dim, footnote.c_str());
}

}  // namespace myo::ui
