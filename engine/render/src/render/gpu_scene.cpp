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
  for (const MeshPart& part : scene.parts)
    gpu.meshes_.push_back(GpuMesh::upload(part.mesh, part.detail ? &*part.detail : nullptr));
  for (const Image& image : scene.textures) gpu.textures_.push_back(uploadTexture(image));
  gpu.instances_ = sceneItems(scene);
  const std::vector<ItemStyle> styles = materialStyles(scene);
  for (std::size_t i = 0; i < gpu.instances_.size(); ++i) {
    const SceneItem& instance = gpu.instances_[i];
    FrameItem item;
    item.world = scene.nodes[instance.node].world;
    item.id = static_cast<std::uint32_t>(i + 1);
    item.style = styles[i];
    const int m = scene.parts[instance.part].material;
    if (m >= 0 && m < int(scene.materials.size())) {
      const int texture = scene.materials[m].baseColorTexture;
      if (texture >= 0 && texture < int(gpu.textures_.size())) item.texture = gpu.textures_[texture].id();
    }
    gpu.items_.push_back(item);
  }
  return gpu;
}

std::vector<FrameItem> GpuScene::items() const {
  std::vector<FrameItem> items = items_;
  for (std::size_t i = 0; i < items.size(); ++i) items[i].mesh = &meshes_[instances_[i].part];
  return items;
}

void GpuScene::applyLook(const SceneLook& look, std::vector<FrameItem>& items) {
  for (std::size_t i = 0; i < items.size() && i < items_.size(); ++i)
    items[i].style = i < look.styles.size() ? look.styles[i] : items_[i].style;
  const auto valid = [&](std::optional<int> part) { return part && *part >= 0 && *part < int(meshes_.size()); };
  if (valid(heatedPart_) && heatedPart_ != look.surfacePart) {
    meshes_[*heatedPart_].setHeat({});
    meshes_[*heatedPart_].setMarks({});
  }
  heatedPart_.reset();
  if (!valid(look.surfacePart)) return;
  meshes_[*look.surfacePart].setHeat(look.heat);
  meshes_[*look.surfacePart].setMarks(look.marks);
  heatedPart_ = look.surfacePart;
}

}  // namespace myo
