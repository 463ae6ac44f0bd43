#pragma once
// Decoding an embedded or referenced texture (PNG, JPEG, BMP, TGA, GIF ...) into RGBA8 through
// stb_image. The header's dimensions are checked before any pixel is decoded, so a small file that
// claims a gigantic image is refused instead of exhausting memory.

#include <cstddef>
#include <cstdint>

#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"

namespace myo::io {

inline constexpr int kMaxTextureSide = 16384;

// Errors are plain reasons ("not a PNG/JPEG image ..."); the caller adds which texture it was.
Result<Image> decodeImage(const std::uint8_t* bytes, std::size_t size);

}  // namespace myo::io
