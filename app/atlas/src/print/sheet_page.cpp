#include "myo/atlas/sheet_page.hpp"

#include <algorithm>
#include <cmath>

#include "print/cairo_text.hpp"
#include "print/page_file.hpp"
#include "print/page_writer.hpp"

namespace myo::atlas {

namespace {

constexpr double kSheetLabelSize = 8.5;
constexpr double kSheetPictureTop = 92.0;  // under the title, the subtitle and a rule
constexpr double kSheetPictureBottom = print::kPageHeight - 40.0;
constexpr double kSheetColumnGap = 14.0;       // between a label column and the picture
constexpr double kSheetWidestColumn = 150.0;
constexpr double kSheetRowSpacing = 1.55;     // label rows, in font sizes
constexpr const char* kSheetBlank = "________________";

void sheetColour(cairo_t* cr, print::Colour c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

// Rows of one column: each as near its point's height as the rows above and below allow.
void spreadRows(std::vector<PlacedSheetLabel*>& column, double top, double bottom, double row) {
  std::sort(column.begin(), column.end(), [](const PlacedSheetLabel* a, const PlacedSheetLabel* b) { return a->point.y < b->point.y; });
  if (column.empty()) return;
  row = std::min(row, (bottom - top) / double(column.size()));
  double previous = top - row;
  for (PlacedSheetLabel* label : column) {
    label->text.y = float(std::max<double>(label->point.y, previous + row));
    previous = label->text.y;
  }
  double next = bottom + row;
  for (auto it = column.rbegin(); it != column.rend(); ++it) {
    (*it)->text.y = float(std::min<double>((*it)->text.y, next - row));
    next = (*it)->text.y;
  }
}

std::string sheetTitleLine(const StudySheet& sheet) { return sheet.title + (sheet.subtitle.empty() ? "" : " \u2013 " + sheet.subtitle); }

void sheetHeading(cairo_t* cr, const StudySheet& sheet, const std::string& task) {
  print::PageWriter writer(cr);
  writer.y = print::kMargin - 8;
  writer.block(sheetTitleLine(sheet), print::kMargin, print::kContentWidth, 17, true);
  writer.block(task, print::kMargin, print::kContentWidth, 10, false, print::kMuted);
  writer.rule(writer.y + 6);
}

void sheetFooter(cairo_t* cr, const StudySheet& sheet, int page) {
  cairo::selectFont(cr, 7.5, false);
  sheetColour(cr, print::kMuted);
  const std::string text = "MyoAtlas study sheet \u00b7 " + sheetTitleLine(sheet) + " \u00b7 page " + std::to_string(page) + " of 3";
  cairo_move_to(cr, print::kMargin, print::kPageHeight - 20);
  cairo_show_text(cr, text.c_str());
}

// The picture and its labels: the names (page 1) or the numbered blanks (page 2).
void drawLabelledPicture(cairo_t* cr, const StudySheet& sheet, const SheetLayout& layout, bool names) {
  cairo::drawFitted(cr, sheet.picture, layout.pictureLeft, layout.pictureTop, layout.pictureWidth, layout.pictureHeight);
  cairo::selectFont(cr, layout.fontSize, false);
  for (const PlacedSheetLabel& placed : layout.labels) {
    const std::string number = std::to_string(placed.number);
    const std::string text = names ? placed.label.name : (placed.leftColumn ? std::string(kSheetBlank) + "  " + number
                                                                            : number + "  " + kSheetBlank);
    const double width = cairo::textWidth(cr, text);
    // The leader: from beside the text to a dot on the muscle.
    const double lineStart = placed.text.x + (placed.leftColumn ? 3.0 : -3.0);
    const double midY = placed.text.y - layout.fontSize * 0.32;
    sheetColour(cr, print::Colour{0.35, 0.37, 0.42});
    cairo_set_line_width(cr, 0.55);
    cairo_move_to(cr, lineStart, midY);
    cairo_line_to(cr, placed.point.x, placed.point.y);
    cairo_stroke(cr);
    sheetColour(cr, print::kAccent);
    cairo_arc(cr, placed.point.x, placed.point.y, 1.8, 0, 2 * M_PI);
    cairo_fill(cr);
    sheetColour(cr, print::kInk);
    cairo_move_to(cr, placed.leftColumn ? placed.text.x - width : placed.text.x, placed.text.y);
    cairo_show_text(cr, text.c_str());
  }
}

void drawAnswerKey(cairo_t* cr, const StudySheet& sheet, const SheetLayout& layout) {
  sheetHeading(cr, sheet, "Answer key: the names of the numbered blanks on page 2.");
  constexpr double kKeySize = 11.0;
  const double row = kKeySize * 1.7;
  const std::size_t perColumn = std::max<std::size_t>(1, std::size_t((kSheetPictureBottom - kSheetPictureTop) / row));
  const double columnWidth = print::kContentWidth / 2;
  for (std::size_t i = 0; i < layout.labels.size(); ++i) {
    const PlacedSheetLabel& placed = layout.labels[i];
    const double x = print::kMargin + columnWidth * double(i / perColumn);
    const double y = kSheetPictureTop + row * double(i % perColumn + 1);
    cairo::selectFont(cr, kKeySize, true);
    sheetColour(cr, print::kInk);
    const std::string number = std::to_string(placed.number);
    cairo_move_to(cr, x + 22 - cairo::textWidth(cr, number), y);
    cairo_show_text(cr, number.c_str());
    cairo::selectFont(cr, kKeySize, false);
    const std::string name = cairo::ellipsize(cr, placed.label.name, columnWidth - 40);
    cairo_move_to(cr, x + 32, y);
    cairo_show_text(cr, name.c_str());
  }
}

}  // namespace

SheetLayout layOutStudySheet(const StudySheet& sheet, double fontSize, const std::function<double(const std::string&)>& measure) {
  SheetLayout layout;
  layout.fontSize = fontSize;
  double widest = measure(std::string(kSheetBlank) + "  00");
  for (const SheetLabel& label : sheet.labels) widest = std::max(widest, measure(label.name));
  const double column = std::min(widest, kSheetWidestColumn);
  const double boxLeft = print::kMargin + column + kSheetColumnGap, boxRight = print::kPageWidth - print::kMargin - column - kSheetColumnGap;
  const double boxWidth = boxRight - boxLeft, boxHeight = kSheetPictureBottom - kSheetPictureTop;
  if (sheet.picture.width <= 0 || sheet.picture.height <= 0) return layout;
  const double scale = std::min(boxWidth / sheet.picture.width, boxHeight / sheet.picture.height);
  layout.pictureWidth = sheet.picture.width * scale;
  layout.pictureHeight = sheet.picture.height * scale;
  layout.pictureLeft = boxLeft + (boxWidth - layout.pictureWidth) / 2;
  layout.pictureTop = kSheetPictureTop + (boxHeight - layout.pictureHeight) / 2;

  layout.labels.reserve(sheet.labels.size());
  const double middle = layout.pictureLeft + layout.pictureWidth / 2;
  for (const SheetLabel& label : sheet.labels) {
    PlacedSheetLabel placed;
    placed.label = label;
    placed.point = {float(layout.pictureLeft + label.pixel.x * scale), float(layout.pictureTop + label.pixel.y * scale)};
    placed.leftColumn = placed.point.x < middle;
    layout.labels.push_back(placed);
  }
  // Columns of about the same length: the points nearest the middle cross over first.
  const auto countLeft = [&] { return std::count_if(layout.labels.begin(), layout.labels.end(), [](const PlacedSheetLabel& l) { return l.leftColumn; }); };
  for (;;) {
    const long left = countLeft(), right = long(layout.labels.size()) - left;
    if (std::abs(left - right) <= 2) break;
    const bool fromLeft = left > right;
    PlacedSheetLabel* nearest = nullptr;
    for (PlacedSheetLabel& l : layout.labels)
      if (l.leftColumn == fromLeft && (nearest == nullptr || std::abs(l.point.x - middle) < std::abs(nearest->point.x - middle)))
        nearest = &l;
    nearest->leftColumn = !fromLeft;
  }
  std::vector<PlacedSheetLabel*> left, right;
  for (PlacedSheetLabel& l : layout.labels) {
    l.text.x = float(l.leftColumn ? print::kMargin + column : print::kPageWidth - print::kMargin - column);
    (l.leftColumn ? left : right).push_back(&l);
  }
  const double top = kSheetPictureTop + fontSize, bottom = kSheetPictureBottom;
  spreadRows(left, top, bottom, fontSize * kSheetRowSpacing);
  spreadRows(right, top, bottom, fontSize * kSheetRowSpacing);
  int number = 0;
  for (PlacedSheetLabel* l : left) l->number = ++number;
  for (PlacedSheetLabel* l : right) l->number = ++number;
  std::sort(layout.labels.begin(), layout.labels.end(), [](const PlacedSheetLabel& a, const PlacedSheetLabel& b) { return a.number < b.number; });
  return layout;
}

Status writeStudySheet(const StudySheet& sheet, const std::filesystem::path& file) {
  return writePage(file, PageSize{}, sheetTitleLine(sheet), "a study sheet", [&](cairo_t* cr, const NextPage& nextPage) {
    cairo::selectFont(cr, kSheetLabelSize, false);
    const SheetLayout layout = layOutStudySheet(sheet, kSheetLabelSize, [cr](const std::string& text) { return cairo::textWidth(cr, text); });
    sheetHeading(cr, sheet, "Every muscle of the layer that shows in this view, named.");
    drawLabelledPicture(cr, sheet, layout, true);
    sheetFooter(cr, sheet, 1);
    nextPage();
    sheetHeading(cr, sheet, "Name each numbered muscle. Name: ______________________   Date: ____________");
    drawLabelledPicture(cr, sheet, layout, false);
    sheetFooter(cr, sheet, 2);
    nextPage();
    drawAnswerKey(cr, sheet, layout);
    sheetFooter(cr, sheet, 3);
  });
}

}  // namespace myo::atlas
