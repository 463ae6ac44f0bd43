#include "io/gltf_hierarchy.hpp"

#include <string>
#include <utility>

namespace myo::io {

namespace {

std::string nodeName(const tinygltf::Model& model, int index) {
  const std::string& name = model.nodes[static_cast<std::size_t>(index)].name;
  return "node " + std::to_string(index) + (name.empty() ? "" : " ('" + name + "')");
}

// Parent of every node, or an error when the children lists do not form a forest.
Result<std::vector<int>> parentsOf(const tinygltf::Model& model) {
  const auto count = static_cast<int>(model.nodes.size());
  std::vector<int> parent(model.nodes.size(), -1);
  for (int n = 0; n < count; ++n) {
    for (int child : model.nodes[static_cast<std::size_t>(n)].children) {
      if (child < 0 || child >= count)
        return Error{nodeName(model, n) + " lists child " + std::to_string(child) + ", which does not exist"};
      if (child == n)
        return Error{"the node hierarchy has a cycle: " + nodeName(model, n) + " is its own child"};
      int& p = parent[static_cast<std::size_t>(child)];
      if (p == n)
        return Error{nodeName(model, n) + " lists its child " + std::to_string(child) + " twice"};
      if (p != -1)
        return Error{nodeName(model, child) + " is the child of both node " + std::to_string(p) +
                     " and node " + std::to_string(n) + "; a node may have only one parent"};
      p = n;
    }
  }
  // With one parent each, a cycle shows as a walk up the parents that comes back to where it
  // started. Colour nodes: 0 unseen, 1 on the current walk, 2 known to reach a root.
  std::vector<char> state(model.nodes.size(), 0);
  for (int start = 0; start < count; ++start) {
    int n = start;
    while (n != -1 && state[static_cast<std::size_t>(n)] == 0) {
      state[static_cast<std::size_t>(n)] = 1;
      n = parent[static_cast<std::size_t>(n)];
    }
    if (n != -1 && state[static_cast<std::size_t>(n)] == 1)
      return Error{"the node hierarchy has a cycle: " + nodeName(model, n) + " is its own ancestor"};
    for (n = start; n != -1 && state[static_cast<std::size_t>(n)] == 1; n = parent[static_cast<std::size_t>(n)])
      state[static_cast<std::size_t>(n)] = 2;
  }
  return parent;
}

}  // namespace

Result<std::vector<FlatNode>> flattenDefaultScene(const tinygltf::Model& model) {
  Result<std::vector<int>> parents = parentsOf(model);
  if (!parents) return parents.error();

  std::vector<int> roots;
  if (!model.scenes.empty()) {
    int scene = model.defaultScene;
    if (scene < 0) scene = 0;
    if (static_cast<std::size_t>(scene) >= model.scenes.size())
      return Error{"the default scene " + std::to_string(scene) + " does not exist"};
    roots = model.scenes[static_cast<std::size_t>(scene)].nodes;
    for (int r : roots)
      if (r < 0 || static_cast<std::size_t>(r) >= model.nodes.size())
        return Error{"scene " + std::to_string(scene) + " lists node " + std::to_string(r) +
                     ", which does not exist"};
  } else {
    for (std::size_t n = 0; n < model.nodes.size(); ++n)
      if ((*parents)[n] == -1) roots.push_back(static_cast<int>(n));
  }

  // Depth-first, parents before children, children in file order. `visited` keeps a scene that
  // lists a node twice (or lists a non-root) from drawing it twice.
  std::vector<FlatNode> flat;
  std::vector<char> visited(model.nodes.size(), 0);
  std::vector<std::pair<int, int>> stack;  // (gltf node, parent in flat)
  for (auto r = roots.rbegin(); r != roots.rend(); ++r) stack.emplace_back(*r, -1);
  while (!stack.empty()) {
    const auto [node, parent] = stack.back();
    stack.pop_back();
    if (visited[static_cast<std::size_t>(node)]) continue;
    visited[static_cast<std::size_t>(node)] = 1;
    const int self = static_cast<int>(flat.size());
    flat.push_back(FlatNode{node, parent});
    const std::vector<int>& children = model.nodes[static_cast<std::size_t>(node)].children;
    for (auto c = children.rbegin(); c != children.rend(); ++c) stack.emplace_back(*c, self);
  }
  return flat;
}

}  // namespace myo::io
