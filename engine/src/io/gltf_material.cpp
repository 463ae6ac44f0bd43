#include "io/gltf_material.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "io/image_decode.hpp"

namespace myo::io {

bool keepEncodedImage(tinygltf::Image* image, int, std::string*, std::string*, int, int,
                      const unsigned char* bytes, int size, void*) {
  image->as_is = true;
  if (image->bufferView >= 0) return true;
  if (bytes != nullptr && size > 0) image->image.assign(bytes, bytes + size);
  return true;
}

namespace {

std::string imageLabel(const tinygltf::Model& model, int index) {
  const tinygltf::Image& image = model.images[static_cast<std::size_t>(index)];
  std::string label = "image " + std::to_string(index);
  if (!image.name.empty()) label += " ('" + image.name + "')";
  else if (!image.uri.empty() && image.uri.rfind("data:", 0) != 0) label += " ('" + image.uri + "')";
  return label;
}

// Index into scene.textures for glTF texture `texture`, decoding its image on first use; -1 with a
// warning when there is nothing usable.
int textureFor(int texture, const tinygltf::Model& model, const GltfAccessors& accessors, Scene& scene,
               std::vector<int>& sceneTextureOfImage) {
  if (texture < 0 || static_cast<std::size_t>(texture) >= model.textures.size()) {
    scene.warnings.push_back("texture " + std::to_string(texture) + " does not exist; drawn without it");
    return -1;
  }
  const int source = model.textures[static_cast<std::size_t>(texture)].source;
  if (source < 0 || static_cast<std::size_t>(source) >= model.images.size()) {
    scene.warnings.push_back("texture " + std::to_string(texture) +
                             " has no image MyoAtlas can read (its image may use an extension); drawn without it");
    return -1;
  }
  int& cached = sceneTextureOfImage[static_cast<std::size_t>(source)];
  if (cached != -2) return cached;
  cached = -1;

  const tinygltf::Image& image = model.images[static_cast<std::size_t>(source)];
  std::vector<std::uint8_t> fromBufferView;
  std::span<const std::uint8_t> encoded = image.image;
  if (image.bufferView >= 0) {
    Result<std::vector<std::uint8_t>> bytes = accessors.bufferView(image.bufferView);
    if (!bytes) {
      scene.warnings.push_back(imageLabel(model, source) + ": " + bytes.error().message + "; drawn without it");
      return -1;
    }
    fromBufferView = std::move(*bytes);
    encoded = fromBufferView;
  }
  if (encoded.empty()) {
    scene.warnings.push_back(imageLabel(model, source) + " could not be loaded; drawn without it");
    return -1;
  }
  Result<Image> decoded = decodeImage(encoded.data(), encoded.size());
  if (!decoded) {
    scene.warnings.push_back(imageLabel(model, source) + ": " + decoded.error().message + "; drawn without it");
    return -1;
  }
  scene.textures.push_back(std::move(*decoded));
  cached = static_cast<int>(scene.textures.size()) - 1;
  return cached;
}

}  // namespace

void convertMaterials(const tinygltf::Model& model, const GltfAccessors& accessors, Scene& scene) {
  std::vector<int> sceneTextureOfImage(model.images.size(), -2);  // -2: not looked at yet
  scene.materials.reserve(model.materials.size());
  for (const tinygltf::Material& source : model.materials) {
    Material material;
    material.name = source.name;
    material.doubleSided = source.doubleSided;
    const std::vector<double>& factor = source.pbrMetallicRoughness.baseColorFactor;
    if (factor.size() == 4 && std::all_of(factor.begin(), factor.end(), [](double v) { return std::isfinite(v); })) {
      for (int c = 0; c < 4; ++c)
        material.baseColor[c] = static_cast<float>(std::clamp(factor[static_cast<std::size_t>(c)], 0.0, 1.0));
    } else if (!factor.empty()) {
      scene.warnings.push_back("material '" + source.name + "' has an invalid base colour; white is used");
    }
    const int texture = source.pbrMetallicRoughness.baseColorTexture.index;
    if (texture >= 0) material.baseColorTexture = textureFor(texture, model, accessors, scene, sceneTextureOfImage);
    scene.materials.push_back(std::move(material));
  }
}

}  // namespace myo::io
