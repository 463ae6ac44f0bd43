#include "screenshot.hpp"

#include <epoxy/gl.h>

#include <cstdlib>
#include <ctime>

namespace myo::ui {

std::filesystem::path screenshotFolder(const std::string& configured) {
  if (!configured.empty()) return configured;
  const char* home = std::getenv("HOME");
  if (home != nullptr && *home != '\0') return std::filesystem::path(home) / "Pictures" / "MyoAtlas";
  return std::filesystem::current_path();
}

std::filesystem::path nextScreenshotPath(const std::filesystem::path& folder) {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char stamp[32];
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
  std::filesystem::path path = folder / ("myoatlas-" + std::string(stamp) + ".png");
  for (int n = 2; std::filesystem::exists(path); ++n)
    path = folder / ("myoatlas-" + std::string(stamp) + "-" + std::to_string(n) + ".png");
  return path;
}

Image readWindowPixels(int width, int height) {
  Image image(width, height);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, 0);
  glReadBuffer(GL_BACK);
  glPixelStorei(GL_PACK_ALIGNMENT, 1);
  glReadPixels(0, 0, width, height, GL_RGBA, GL_UNSIGNED_BYTE, image.pixels.data());
  flipRows(image);
  for (std::size_t i = 3; i < image.pixels.size(); i += 4) image.pixels[i] = 255;  // the window is opaque
  return image;
}

Result<std::filesystem::path> saveScreenshot(const Image& image, const std::filesystem::path& folder) {
  std::error_code ec;
  std::filesystem::create_directories(folder, ec);
  if (ec) return Error{"cannot create the screenshot folder " + folder.string() + ": " + ec.message()};
  const std::filesystem::path path = nextScreenshotPath(folder);
  if (Status written = writePng(image, path); !written) return written.error();
  return path;
}

}  // namespace myo::ui
