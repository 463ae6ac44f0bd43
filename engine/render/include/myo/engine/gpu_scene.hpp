#pragma once
// GpuScene: the GPU copy of a Scene (its meshes and textures), owned here, plus one FrameItem
// per drawn part (sceneItems order) carrying the material's base colour and texture. A SceneLook,
// computed elsewhere as plain data, restyles the items and sets or clears the heat in one call.
//
//   myo::GpuScene gpu = myo::GpuScene::upload(scene);
//   std::vector<myo::FrameItem> items = gpu.items();
//   gpu.applyLook(look, items);
//   renderer.draw(target, camera, items, look.markers, settings);

#include <optional>
#include <vector>

#include "myo/engine/frame_renderer.hpp"
#include "myo/engine/gl_object.hpp"
#include "myo/engine/gpu_mesh.hpp"
#include "myo/engine/scene.hpp"
#include "myo/engine/scene_look.hpp"

namespace myo {

class GpuScene {
 public:
  using Instance = SceneItem;

  static GpuScene upload(const Scene& scene);

  // In the order of instances(); item i has id i + 1.
  std::vector<FrameItem> items() const;
  const std::vector<Instance>& instances() const { return instances_; }

  // items (from items()) take the look's styles, or the materials' when it has none; its surface
  // part's heat and marks are set, and those of a part an earlier look heated are cleared.
  void applyLook(const SceneLook& look, std::vector<FrameItem>& items);

 private:
  std::vector<GpuMesh> meshes_;
  std::vector<gl::Texture> textures_;
  std::vector<Instance> instances_;
  std::vector<FrameItem> items_;
  std::optional<int> heatedPart_;
};

}  // namespace myo
