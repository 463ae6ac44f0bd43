#pragma once
// StructureIndex: what each node of a body scene is — kind (skin, muscle, bone), id, side, layer,
// group member — read from the node metadata the body model writes (`extras` in the .glb).
// Nodes without that metadata (an imported model) are "unknown" and keep their own looks.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "myo/atlas/layer.hpp"
#include "myo/atlas/side.hpp"
#include "myo/engine/scene.hpp"

namespace myo::atlas {

enum class StructureKind { Unknown, Skin, Muscle, Bone };

struct StructureInfo {
  StructureKind kind = StructureKind::Unknown;
  std::string id;            // knowledge-base id for muscles
  std::optional<Side> side;  // missing: on the midline, or a node without body metadata
  std::string member;        // a group's member, or empty
  Layer layer = Layer::Bone;
};

// Whether a node is on the side asked for; no side asked for is every side, the midline's too.
inline bool isOn(const StructureInfo& info, std::optional<Side> side) { return !side || info.side == side; }

class StructureIndex {
 public:
  static StructureIndex fromScene(const Scene& scene);

  const StructureInfo& node(int index) const { return nodes_[index]; }
  std::size_t size() const { return nodes_.size(); }
  // Nodes of a structure; no side matches both sides.
  std::vector<int> find(std::string_view id, std::optional<Side> side = std::nullopt) const;
  std::optional<int> skinNode() const;
  bool isBody() const;  // true when any node carries body-model metadata

 private:
  std::vector<StructureInfo> nodes_;
};

}  // namespace myo::atlas
