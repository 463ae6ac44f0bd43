#include "myo/engine/gpu_scene.hpp"

#include <epoxy/gl.h>

namespace myo {

namespace {

gl::Texture uploadTexture(const Image& image) {
  gl::Texture texture = gl::Texture::create();
  glBindTexture(GL_TEXTURE_2D, texture.id());
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE,
               image.pixels.data());
  glGenerateMipmap(GL_TEXTURE_2D);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR_MIPMAP_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_REPEAT);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_REPEAT);
  glBindTexture(GL_TEXTURE_2D, 0);
  return texture;
}

}  // namespace

GpuScene GpuScene::upload(const Scene& scene) {
  GpuScene gpu;
  gpu.meshes_.reserve(scene.parts.size());
  for (const MeshPart& part : scene.parts) gpu.meshes_.push_back(GpuMesh::upload(part.mesh));
  for (const Image& image : scene.textures) gpu.textures_.push_back(uploadTexture(image));
  for (int n = 0; n < int(scene.nodes.size()); ++n) {
    for (int part : scene.nodes[n].parts) {
      gpu.instances_.push_back({n, part});
      FrameItem item;
      item.world = scene.nodes[n].world;
      item.id = static_cast<std::uint32_t>(gpu.instances_.size());
      const int m = scene.parts[part].material;
      if (m >= 0 && m < int(scene.materials.size())) {
        const Material& material = scene.materials[m];
        item.style.color = material.baseColor;
        if (material.baseColorTexture >= 0 && material.baseColorTexture < int(gpu.textures_.size()))
          item.style.texture = gpu.textures_[material.baseColorTexture].id();
      }
      gpu.items_.push_back(item);
    }
  }
  return gpu;
}

std::vector<FrameItem> GpuScene::items() const {
  std::vector<FrameItem> items = items_;
  for (std::size_t i = 0; i < items.size(); ++i) items[i].mesh = &meshes_[instances_[i].part];
  return items;
}

}  // namespace myo
