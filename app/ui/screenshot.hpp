#pragma once
// Screenshots: where they go and what they are called. The picture is written through writePng,
// which writes a temporary file and renames it, so a screenshot is whole or absent.

#include <filesystem>
#include <string>

#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"

namespace myo::ui {

// The folder from the settings, else ~/Pictures/MyoAtlas, else the working directory.
std::filesystem::path screenshotFolder(const std::string& configured);

// A name not yet taken in folder: myoatlas-20260301-142501.png, then -2, -3 ...
std::filesystem::path nextScreenshotPath(const std::filesystem::path& folder);

// The window's back buffer after drawing, before the swap: what the user sees.
Image readWindowPixels(int framebufferWidth, int framebufferHeight);

// Writes the image and returns where it went.
Result<std::filesystem::path> saveScreenshot(const Image& image, const std::filesystem::path& folder);

}  // namespace myo::ui
