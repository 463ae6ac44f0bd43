#pragma once
// Reading glTF accessors safely and fast.
//
// Every accessor is checked against its buffer view and buffer before a byte is read: indices of
// views and buffers, offsets, strides, lengths (with overflow-safe arithmetic), sparse indices and
// values. Data is then converted in one tight loop per accessor (the component type is dispatched
// once, not per element); tightly packed float and uint32 data are copied with memcpy.
//
// A buffer's bytes are either in memory (tinygltf's copy of a .bin or data: URI) or still in the
// model file (the BIN chunk of a .glb): then tightly packed float and uint32 data are read from the
// file straight into the destination array, and anything else through a scratch copy of just the
// accessor's byte range.
//
// Handles every component type (signed/unsigned byte and short, unsigned int, float; normalised or
// not), interleaved views (byteStride), accessors without a buffer view (zeros) and sparse
// accessors. Errors are plain reasons ("accessor 3 reaches byte 900 of a 648-byte buffer view");
// the caller adds the file and the mesh.

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include <glm/vec2.hpp>
#include <glm/vec3.hpp>
#include <glm/vec4.hpp>

#include "io/file_access.hpp"
#include "io/tinygltf.hpp"
#include "myo/engine/result.hpp"

namespace myo::io {

// Where the bytes of one glTF buffer are.
struct BufferBytes {
  std::span<const std::uint8_t> memory;  // when in memory
  const ReadOnlyFile* file = nullptr;    // otherwise in this file,
  std::uint64_t fileOffset = 0;          //   from this byte
  std::uint64_t fileLength = 0;          //   for this many bytes

  static BufferBytes inMemory(std::span<const std::uint8_t> bytes) { return {bytes, nullptr, 0, 0}; }
  static BufferBytes inFile(const ReadOnlyFile& f, std::uint64_t offset, std::uint64_t length) {
    return {{}, &f, offset, length};
  }
  std::uint64_t size() const { return file ? fileLength : memory.size(); }
};

// The bytes of each glTF buffer, in the order of model.buffers.
using BufferSpans = std::vector<BufferBytes>;

// No accessor may have more elements than this (4 GiB of vec4 floats): it bounds the memory a
// hostile count can make us allocate for an accessor that has no buffer view.
inline constexpr std::size_t kMaxAccessorElements = std::size_t{1} << 28;

class GltfAccessors {
 public:
  GltfAccessors(const tinygltf::Model& model, BufferSpans buffers)
      : model_(model), buffers_(std::move(buffers)) {}

  // Element count of an accessor (after checking that it exists).
  Result<std::size_t> count(int accessor) const;

  // Vertex attributes. vec2 and vec3 need an accessor of that exact type; vec4 also takes VEC3
  // (a colour without alpha gets alpha 1).
  Status read(int accessor, std::vector<float>& out) const;  // SCALAR float (our _ALONG)
  Status read(int accessor, std::vector<glm::vec2>& out) const;
  Status read(int accessor, std::vector<glm::vec3>& out) const;
  Status read(int accessor, std::vector<glm::vec4>& out) const;

  // Index data: SCALAR of unsigned byte, short or int. Values are not range-checked here.
  Status readIndices(int accessor, std::vector<std::uint32_t>& out) const;

  // A copy of the bytes of a buffer view (for images stored in the binary buffer).
  Result<std::vector<std::uint8_t>> bufferView(int view) const;

 private:
  Status readFloats(int accessor, int outComponents, bool acceptVec3AsVec4, float* out,
                    std::size_t expectedCount) const;

  const tinygltf::Model& model_;
  BufferSpans buffers_;
};

}  // namespace myo::io
