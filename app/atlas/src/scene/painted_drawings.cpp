#include "scene/painted_drawings.hpp"


namespace myo::atlas {

namespace {

void appendBytes(std::string& key, const void* data, std::size_t size) {
  key.append(static_cast<const char*>(data), size);
}

void appendShapes(std::string& key, const std::vector<DrawnShape>& shapes) {
  const std::size_t count = shapes.size();
  appendBytes(key, &count, sizeof count);
  for (const DrawnShape& shape : shapes) {
    key.push_back(shape.kind == ShapeKind::Area ? 'a' : 's');
    appendBytes(key, &shape.widthCm, sizeof shape.widthCm);
    const std::size_t points = shape.points.size();
    appendBytes(key, &points, sizeof points);
    for (const SkinAnchor& anchor : shape.points) {
      key += anchor.base;
      key.push_back('\0');
      appendBytes(key, anchor.offsetCm.data(), sizeof(double) * anchor.offsetCm.size());
    }
  }
}

}  // namespace

std::string PaintedDrawings::keyOf(const ZoneDrawing& drawing, bool mirrored) {
  std::string key(1, mirrored ? 'R' : 'L');
  appendShapes(key, drawing.essential);
  appendShapes(key, drawing.spillover);
  return key;
}

std::optional<std::vector<glm::vec2>> PaintedDrawings::find(const ZoneDrawing& drawing, bool mirrored,
                                                            std::size_t vertexCount) const {
  const std::string key = keyOf(drawing, mirrored);
  const std::lock_guard lock(mutex_);
  const auto found = painted_.find(key);
  if (found == painted_.end()) return std::nullopt;
  std::vector<glm::vec2> heat(vertexCount, glm::vec2(0.0f));
  const Sparse& sparse = found->second;
  for (std::size_t i = 0; i < sparse.vertex.size(); ++i)
    if (sparse.vertex[i] < vertexCount) heat[sparse.vertex[i]] = sparse.heat[i];
  return heat;
}

void PaintedDrawings::keep(const ZoneDrawing& drawing, bool mirrored, const std::vector<glm::vec2>& heat) {
  Sparse sparse;
  for (std::size_t v = 0; v < heat.size(); ++v)
    if (heat[v].x > 0.0f || heat[v].y > 0.0f) {
      sparse.vertex.push_back(std::uint32_t(v));
      sparse.heat.push_back(heat[v]);
    }
  std::string key = keyOf(drawing, mirrored);
  const std::lock_guard lock(mutex_);
  painted_.insert_or_assign(std::move(key), std::move(sparse));
}

}  // namespace myo::atlas
