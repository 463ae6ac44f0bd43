#pragma once
// A printable study sheet of one layer of the body in one view, for a student revising the muscle
// layers: page 1 the picture with every visible muscle named beside it and a leader line to it;
// page 2 the same picture with numbered blanks ("3 ________") in place of the names; page 3 the
// answer key, the names by number. Labels stand in columns beside the picture, placed by the label
// layout (label_layout.hpp: each at the height of its point where it can be, no two overlapping,
// leaders of a column uncrossed); the blank sheet keeps every label where the named one was. The
// picture comes rendered; this draws no 3D (`myoatlas sheet` renders it).
//
//   StudySheet sheet{.title = "Superficial layer", .subtitle = "Posterior view"};
//   sheet.picture = rendered;
//   sheet.labels = {{"Trapezius", {412, 300}}, ...};
//   if (Status written = writeStudySheet(sheet, "superficial-posterior.pdf"); !written) ...

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include <glm/vec2.hpp>

#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

struct SheetLabel {
  std::string name;       // as printed: "Gluteus maximus"
  glm::vec2 pixel{0.0f};  // the point of the picture it names, in the picture's pixels
};

struct StudySheet {
  std::string title;     // "Superficial layer"
  std::string subtitle;  // "Posterior view"
  Image picture;
  std::vector<SheetLabel> labels;
};

// Where a label goes on the page (points, from the top-left corner), and its number on the blank
// sheet. The layout of pages 1 and 2, apart from the pages so that tests can check it.
struct PlacedSheetLabel {
  SheetLabel label;
  int number = 0;             // 1-based: the left side top to bottom, then the right side
  bool leftColumn = true;
  glm::vec2 text{0.0f};       // the text's baseline end nearest the picture
  glm::vec2 lineStart{0.0f};  // where the leader leaves the label
  glm::vec2 point{0.0f};      // the named point of the picture, on the page
};

struct SheetLayout {
  double pictureLeft = 0, pictureTop = 0, pictureWidth = 0, pictureHeight = 0;
  double fontSize = 0;
  std::vector<PlacedSheetLabel> labels;  // by number
};

// `measure` gives the width of a label's text at `fontSize` (cairo's, when drawing). Every label
// gets room for its name and for its blank ("12  ________"), whichever is wider.
SheetLayout layOutStudySheet(const StudySheet& sheet, double fontSize, const std::function<double(const std::string&)>& measure);

// A three-page PDF (labelled, blank, answer key), written atomically; a PNG at 150 dpi for .png.
Status writeStudySheet(const StudySheet& sheet, const std::filesystem::path& file);

}  // namespace myo::atlas
