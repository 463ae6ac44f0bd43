#pragma once
// The node hierarchy of one glTF scene, flattened parent-first, after checking that it is a forest:
// child indices exist, no node has two parents, no node is its own ancestor (a cycle would make a
// naive traversal loop forever or overflow the stack). The traversal is iterative.

#include <vector>

#include "io/tinygltf.hpp"
#include "myo/engine/result.hpp"

namespace myo::io {

struct FlatNode {
  int gltfNode = -1;  // index into model.nodes
  int parent = -1;    // index into the flattened list, or -1 for a root
};

// The scene to show: model.defaultScene, else scene 0; with no scenes at all, every root node.
// Errors are plain reasons; the caller prefixes the file's path.
Result<std::vector<FlatNode>> flattenDefaultScene(const tinygltf::Model& model);

}  // namespace myo::io
