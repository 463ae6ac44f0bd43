#include "myo/atlas/structure_index.hpp"

namespace myo::atlas {

namespace {

std::string metadata(const Node& node, const char* key) {
  const auto it = node.metadata.find(key);
  return it == node.metadata.end() ? std::string() : it->second;
}

StructureKind parseKind(std::string_view kind) {
  if (kind == "skin") return StructureKind::Skin;
  if (kind == "muscle") return StructureKind::Muscle;
  if (kind == "bone") return StructureKind::Bone;
  return StructureKind::Unknown;
}

}  // namespace

StructureIndex StructureIndex::fromScene(const Scene& scene) {
  StructureIndex index;
  index.nodes_.reserve(scene.nodes.size());
  for (const Node& node : scene.nodes) {
    StructureInfo info;
    info.kind = parseKind(metadata(node, "kind"));
    info.id = metadata(node, "id");
    info.side = parseSide(metadata(node, "side"));  // "midline" (sideOrMidline) and none are no side
    info.member = metadata(node, "member");
    const std::optional<Layer> layer = parseLayer(metadata(node, "layer"));
    if (layer) info.layer = *layer;
    else if (info.kind == StructureKind::Skin) info.layer = Layer::Skin;
    index.nodes_.push_back(std::move(info));
  }
  return index;
}

std::vector<int> StructureIndex::find(std::string_view id, std::optional<Side> side) const {
  std::vector<int> found;
  for (int i = 0; i < int(nodes_.size()); ++i)
    if (nodes_[i].id == id && isOn(nodes_[i], side)) found.push_back(i);
  return found;
}

std::optional<int> StructureIndex::skinNode() const {
  for (int i = 0; i < int(nodes_.size()); ++i)
    if (nodes_[i].kind == StructureKind::Skin) return i;
  return std::nullopt;
}

bool StructureIndex::isBody() const {
  for (const StructureInfo& info : nodes_)
    if (info.kind != StructureKind::Unknown) return true;
  return false;
}

}  // namespace myo::atlas
