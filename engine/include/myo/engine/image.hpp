#pragma once
// Image: 8-bit RGBA pixels, row 0 at the top, and PNG input/output through stb.
// writePng writes to a temporary file beside the target and renames it, so an existing file is
// never left half-written.

#include <cstdint>
#include <filesystem>
#include <vector>

#include "myo/engine/result.hpp"

namespace myo {

struct Image {
  int width = 0;
  int height = 0;
  std::vector<std::uint8_t> pixels;  // width * height * 4, RGBA, top row first

  Image() = default;
  Image(int w, int h) : width(w), height(h), pixels(static_cast<std::size_t>(w) * h * 4, 0) {}

  std::uint8_t* at(int x, int y) { return &pixels[(static_cast<std::size_t>(y) * width + x) * 4]; }
  const std::uint8_t* at(int x, int y) const {
    return &pixels[(static_cast<std::size_t>(y) * width + x) * 4];
  }
};

// Turns the rows upside down: GL reads pixels bottom row first.
void flipRows(Image& image);

Status writePng(const Image& image, const std::filesystem::path& path);
Result<Image> readPng(const std::filesystem::path& path);

}  // namespace myo
