#include "golden.hpp"

#include <cstdlib>
#include <filesystem>
#include <sstream>

#include "run_command.hpp"

namespace myo::test {

namespace fs = std::filesystem;

std::size_t differingPixels(const Image& a, const Image& b) {
  if (a.width != b.width || a.height != b.height) return a.pixels.size() / 4 + b.pixels.size() / 4;
  std::size_t count = 0;
  for (std::size_t i = 0; i + 3 < a.pixels.size(); i += 4)
    for (std::size_t c = 0; c < 3; ++c)
      if (std::abs(int(a.pixels[i + c]) - int(b.pixels[i + c])) > 8) {
        ++count;
        break;
      }
  return count;
}

::testing::AssertionResult matchesGolden(const Image& actual, const std::string& name,
                                         Tolerance tolerance) {
  const fs::path goldenPath = fs::path(MYO_GOLDEN_DIR) / (name + ".png");
  const fs::path outDir = fs::path(testOutputDir()) / "golden";
  fs::create_directories(outDir);
  const fs::path actualPath = outDir / (name + ".actual.png");

  if (!fs::exists(goldenPath)) {
    const char* update = std::getenv("MYO_UPDATE_GOLDEN");
    if (update != nullptr && std::string(update) == "1") {
      if (Status s = writePng(actual, goldenPath); !s) return ::testing::AssertionFailure() << s.error().message;
      return ::testing::AssertionSuccess() << "wrote new golden " << goldenPath;
    }
    (void)writePng(actual, actualPath);
    return ::testing::AssertionFailure()
           << "no golden image " << goldenPath << "; the candidate is " << actualPath
           << " (look at it, then copy it there, or rerun with MYO_UPDATE_GOLDEN=1)";
  }
  Result<Image> golden = readPng(goldenPath);
  if (!golden) return ::testing::AssertionFailure() << golden.error().message;
  if (golden->width != actual.width || golden->height != actual.height) {
    (void)writePng(actual, actualPath);
    return ::testing::AssertionFailure() << "size " << actual.width << "x" << actual.height
                                         << " differs from golden " << golden->width << "x"
                                         << golden->height << "; actual: " << actualPath;
  }
  Image diff(actual.width, actual.height);
  std::size_t differing = 0;
  int worst = 0;
  for (int y = 0; y < actual.height; ++y) {
    for (int x = 0; x < actual.width; ++x) {
      const std::uint8_t* a = actual.at(x, y);
      const std::uint8_t* g = golden->at(x, y);
      int delta = 0;
      for (int c = 0; c < 4; ++c) delta = std::max(delta, std::abs(int(a[c]) - int(g[c])));
      worst = std::max(worst, delta);
      std::uint8_t* d = diff.at(x, y);
      if (delta > tolerance.channel) {
        ++differing;
        d[0] = 255; d[1] = 0; d[2] = 0;
      } else {
        d[0] = d[1] = d[2] = static_cast<std::uint8_t>(g[0] / 4 + g[1] / 4 + g[2] / 4);
      }
      d[3] = 255;
    }
  }
  const double share = double(differing) / double(std::size_t(actual.width) * actual.height);
  if (share <= tolerance.share) return ::testing::AssertionSuccess();
  const fs::path diffPath = outDir / (name + ".diff.png");
  (void)writePng(actual, actualPath);
  (void)writePng(diff, diffPath);
  std::ostringstream m;
  m << name << ": " << differing << " pixels (" << share * 100.0 << "%) differ by more than "
    << tolerance.channel << " (allowed " << tolerance.share * 100.0 << "%, worst " << worst
    << "); actual: " << actualPath << ", diff: " << diffPath;
  return ::testing::AssertionFailure() << m.str();
}

}  // namespace myo::test
