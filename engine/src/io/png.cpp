#include <stb_image.h>
#include <stb_image_write.h>

#include <cstring>
#include <vector>

#include "myo/engine/file_writing.hpp"
#include "myo/engine/image.hpp"

namespace myo {

void flipRows(Image& image) {
  const std::size_t row = static_cast<std::size_t>(image.width) * 4;
  std::vector<std::uint8_t> swap(row);
  for (int y = 0; y < image.height / 2; ++y) {
    std::uint8_t* a = image.at(0, y);
    std::uint8_t* b = image.at(0, image.height - 1 - y);
    std::memcpy(swap.data(), a, row);
    std::memcpy(a, b, row);
    std::memcpy(b, swap.data(), row);
  }
}

namespace {

void appendBytes(void* context, void* data, int size) {
  auto* out = static_cast<std::vector<std::uint8_t>*>(context);
  const auto* bytes = static_cast<const std::uint8_t*>(data);
  out->insert(out->end(), bytes, bytes + size);
}

}  // namespace

Status writePng(const Image& image, const std::filesystem::path& path) {
  if (image.width <= 0 || image.height <= 0 ||
      image.pixels.size() != static_cast<std::size_t>(image.width) * image.height * 4)
    return Error{path.string() + ": cannot write an empty or inconsistent image"};
  std::vector<std::uint8_t> encoded;
  if (!stbi_write_png_to_func(appendBytes, &encoded, image.width, image.height, 4,
                              image.pixels.data(), image.width * 4))
    return Error{path.string() + ": PNG encoding failed"};
  return replaceFile(path, encoded);
}

Result<Image> readPng(const std::filesystem::path& path) {
  int width = 0;
  int height = 0;
  int channels = 0;
  stbi_uc* data = stbi_load(path.c_str(), &width, &height, &channels, 4);
  if (data == nullptr)
    return Error{path.string() + ": cannot read the image: " + stbi_failure_reason()};
  Image image(width, height);
  std::copy(data, data + image.pixels.size(), image.pixels.begin());
  stbi_image_free(data);
  return image;
}

}  // namespace myo
