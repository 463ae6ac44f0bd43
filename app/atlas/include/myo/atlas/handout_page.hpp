#pragma once
// The handout a therapist gives a client: where it hurts, the likely muscle with its trigger
// points (numbered, on the pictures too) and pattern in two pictures, every step of what to do at
// home, the date and room for the therapist's notes. This lays the page out (A4, portrait) from
// pictures already rendered and plain text, with cairo, and writes it as PDF or PNG; it draws
// nothing in 3D itself, so the command line (`myoatlas handout`) and the window share it. One
// page, unless the self-care does not fit: it goes on over the page rather than being cut short
// (the client has no other copy of it).
//
//   HandoutPage page;
//   page.date = todayIso();
//   page.painDrawing = painPicture;                   // myo::Image, RGBA
//   page.muscleName = "Trapezius (left side)";
//   page.views = {{musclePicture, "The muscle and its trigger point"}, {patternPicture, "Where it sends pain"}};
//   page.selfCare = muscle.techniques.selfCare.steps;
//   if (Status written = writeHandout(page, "anna.pdf"); !written) report(written.error().message);

#include <filesystem>
#include <string>
#include <vector>

#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

// A number printed beside a point of a picture (a trigger point's X), in the picture's pixels.
struct PictureLabel {
  double x = 0.0, y = 0.0;
  std::string text;
};

struct CaptionedImage {
  Image image;
  std::string caption;
  std::vector<PictureLabel> labels;
};

struct HandoutPage {
  std::string title = "Where your pain may come from";
  std::string date;                    // printed as given (ISO 8601: 2026-12-01)
  Image painDrawing;                   // the client's pain drawing on the body
  std::string painCaption;             // "Where it hurts: left temple, left side of the neck"
  std::string muscleName;              // "Trapezius, left side"
  std::vector<std::string> triggerPoints;  // names of the matched trigger points, printed numbered
  std::string pattern;                 // the referral pattern in words
  std::vector<CaptionedImage> views;   // two: the muscle with its trigger point, the pattern on the skin
  std::vector<std::string> selfCare;   // steps, printed numbered
  std::string stretchNote;             // printed under the steps when they give a stretch; may be empty
  std::string notes;                   // printed above the note lines; may be empty
  std::string footer = "This sheet explains a likely source of your pain; it is not a diagnosis.";
};

// Writes the page: a PDF when `file` ends in .pdf, a PNG at 150 dpi when it ends in .png (a second
// page, when the self-care needs one, below the first).
// Written to a temporary name and renamed, like every file MyoAtlas writes.
Status writeHandout(const HandoutPage& page, const std::filesystem::path& file);

}  // namespace myo::atlas
