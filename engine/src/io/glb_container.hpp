#pragma once
// The binary glTF container (.glb): a 12-byte header, a JSON chunk and an optional BIN chunk.
// Read and checked here, before tinygltf sees anything, so a truncated or damaged file is refused
// with a reason a person understands ("truncated: the header says 2400 bytes, the file has 1200").
// Only the header and the JSON are read; the BIN chunk stays in the file until the accessors that
// use it are read (straight into the meshes' arrays: no copy of the whole chunk is ever made).

#include <cstdint>
#include <span>
#include <string>

#include "io/file_access.hpp"
#include "myo/engine/result.hpp"

namespace myo::io {

struct GlbLayout {
  std::string json;
  std::uint64_t binOffset = 0;  // where the BIN chunk's data starts in the file
  std::uint64_t binLength = 0;  // 0 when the file has no BIN chunk
};

bool looksLikeGlb(std::span<const std::uint8_t> bytes);  // starts with the magic "glTF"

// Errors are plain reasons; the caller prefixes the file's path.
Result<GlbLayout> readGlbLayout(const ReadOnlyFile& file);

}  // namespace myo::io
