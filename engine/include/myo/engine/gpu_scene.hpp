#pragma once
// GpuScene: the GPU copy of a Scene (its meshes and textures), owned here, plus one FrameItem
// per drawn part carrying the material's base colour and texture. Callers restyle the items
// (layers, selection, heat) before handing them to FrameRenderer.
//
//   myo::GpuScene gpu = myo::GpuScene::upload(scene);
//   std::vector<myo::FrameItem> items = gpu.items();
//   renderer.draw(target, camera, items, {}, settings);

#include <vector>

#include "myo/engine/frame_renderer.hpp"
#include "myo/engine/gl_object.hpp"
#include "myo/engine/gpu_mesh.hpp"
#include "myo/engine/scene.hpp"

namespace myo {

class GpuScene {
 public:
  struct Instance {
    int node;  // index into Scene::nodes
    int part;  // index into Scene::parts (and meshes())
  };

  static GpuScene upload(const Scene& scene);

  // In the order of instances(); item i has id i + 1.
  std::vector<FrameItem> items() const;
  const std::vector<Instance>& instances() const { return instances_; }
  GpuMesh& mesh(int part) { return meshes_[part]; }

 private:
  std::vector<GpuMesh> meshes_;
  std::vector<gl::Texture> textures_;
  std::vector<Instance> instances_;
  std::vector<FrameItem> items_;
};

}  // namespace myo
