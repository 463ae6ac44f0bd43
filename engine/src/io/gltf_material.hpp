#pragma once
// glTF materials into Scene::materials: name, base colour factor, double-sidedness and the base
// colour texture, decoded to RGBA8 into Scene::textures. Only textures a material uses are decoded,
// each once. A texture that cannot be found or decoded is a warning: the material keeps its colour.

#include "io/gltf_accessor.hpp"
#include "io/tinygltf.hpp"
#include "myo/engine/scene.hpp"

namespace myo::io {

// tinygltf image loader that decodes nothing: it keeps the encoded bytes of URI and data-URI images
// for convertMaterials. Images in buffer views are left alone, because tinygltf hands this callback
// a pointer it has not checked against the buffer; convertMaterials reads them through
// GltfAccessors::bufferView instead.
bool keepEncodedImage(tinygltf::Image* image, int index, std::string* err, std::string* warn, int width,
                      int height, const unsigned char* bytes, int size, void* userData);

void convertMaterials(const tinygltf::Model& model, const GltfAccessors& accessors, Scene& scene);

}  // namespace myo::io
