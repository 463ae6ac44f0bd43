#pragma once
// The one place that includes tiny_gltf.h, so every translation unit sees the same configuration.
// Internal to engine/src/io: no tinygltf type may appear in a public header.
//
// Images: tinygltf does not decode them (TINYGLTF_NO_STB_IMAGE); the glTF loader keeps the encoded
// bytes and decodes only the textures a material uses, through image_decode.hpp. Writing is never
// needed (TINYGLTF_NO_STB_IMAGE_WRITE). Debian's libstb already holds stb's implementation, so no
// STB_*_IMPLEMENTATION is defined anywhere.

#ifndef TINYGLTF_NO_STB_IMAGE
#define TINYGLTF_NO_STB_IMAGE
#endif
#ifndef TINYGLTF_NO_STB_IMAGE_WRITE
#define TINYGLTF_NO_STB_IMAGE_WRITE
#endif

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wconversion"
#pragma GCC diagnostic ignored "-Wsign-conversion"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#include <tiny_gltf.h>
#pragma GCC diagnostic pop
