#pragma once
// The referral chart of a muscle or one trigger point, laid out like a page of the Trigger Point
// Manual: A4 landscape, the pattern from the views that show it side by side at one scale, the
// trigger point marked X, the essential zone solid and the spillover zone stippled, a legend, the
// pattern in words and its source. Pictures come rendered; this draws no 3D (`myoatlas chart`
// renders them).
//
//   ChartPage page{.title = "Trapezius", .subtitle = "Trigger point 1: upper trapezius, left side"};
//   page.views = {{frontPicture, "Front"}, {sidePicture, "Left side"}};
//   if (Status written = writeChart(page, "trapezius.pdf"); !written) report(written.error().message);

#include <filesystem>
#include <string>
#include <vector>

#include <glm/vec3.hpp>

#include "myo/atlas/handout_page.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

struct ChartPage {
  std::string title;                  // the muscle's name
  std::string subtitle;               // the trigger point(s) and the side
  std::vector<CaptionedImage> views;  // one to three, left to right
  std::vector<std::string> patterns;  // each trigger point's pattern in words, "TP1: …"
  std::string source;                 // where the pattern comes from
  glm::vec3 essentialColour{0.5f, 0.0f, 0.0f};  // sRGB, as the pictures draw the zones
  glm::vec3 spilloverColour{0.84f, 0.19f, 0.12f};
};

// A one-page PDF when `file` ends in .pdf, a PNG at 150 dpi for .png; written atomically.
Status writeChart(const ChartPage& page, const std::filesystem::path& file);

}  // namespace myo::atlas
