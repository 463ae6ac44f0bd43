#include "io/image_decode.hpp"

#include <stb_image.h>

#include <algorithm>
#include <climits>
#include <memory>
#include <string>

namespace myo::io {

Result<Image> decodeImage(const std::uint8_t* bytes, std::size_t size) {
  if (bytes == nullptr || size == 0) return Error{"the image data is empty"};
  if (size > static_cast<std::size_t>(INT_MAX)) return Error{"the image data is larger than 2 GiB"};
  const int length = static_cast<int>(size);

  int width = 0;
  int height = 0;
  int channels = 0;
  if (!stbi_info_from_memory(bytes, length, &width, &height, &channels))
    return Error{std::string("not a readable image (") + stbi_failure_reason() + ")"};
  if (width <= 0 || height <= 0 || width > kMaxTextureSide || height > kMaxTextureSide)
    return Error{"the image is " + std::to_string(width) + " x " + std::to_string(height) +
                 " pixels; textures may be at most " + std::to_string(kMaxTextureSide) +
                 " pixels on a side"};

  // stbi_load_from_memory returns malloc'd memory; own it at once.
  std::unique_ptr<stbi_uc, void (*)(void*)> pixels(
      stbi_load_from_memory(bytes, length, &width, &height, &channels, 4), stbi_image_free);
  if (!pixels) return Error{std::string("the image could not be decoded (") + stbi_failure_reason() + ")"};

  Image image(width, height);
  std::copy_n(pixels.get(), image.pixels.size(), image.pixels.begin());
  return image;
}

}  // namespace myo::io
