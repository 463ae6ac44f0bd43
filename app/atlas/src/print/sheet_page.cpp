#include "myo/atlas/sheet_page.hpp"

#include "myo/atlas/label_layout.hpp"

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
constexpr const char* kSheetBlank = "________________";
constexpr double kSheetLabelPadding = 2.5;  // between a leader's end and its text

void sheetColour(cairo_t* cr, print::Colour c) { cairo_set_source_rgb(cr, c.r, c.g, c.b); }

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
    sheetColour(cr, print::Colour{0.35, 0.37, 0.42});
    cairo_set_line_width(cr, 0.55);
    cairo_move_to(cr, placed.lineStart.x, placed.lineStart.y);
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
  const double blankWidth = measure(std::string(kSheetBlank) + "  00");
  double widest = blankWidth;
  for (const SheetLabel& label : sheet.labels) widest = std::max(widest, measure(label.name));
  // The picture between two columns as wide as the widest label.
  const double column = std::min(widest, kSheetWidestColumn) + 2 * kSheetLabelPadding;
  const double boxLeft = print::kMargin + column + kSheetColumnGap, boxRight = print::kPageWidth - print::kMargin - column - kSheetColumnGap;
  const double boxWidth = boxRight - boxLeft, boxHeight = kSheetPictureBottom - kSheetPictureTop;
  if (sheet.picture.width <= 0 || sheet.picture.height <= 0) return layout;
  const double scale = std::min(boxWidth / sheet.picture.width, boxHeight / sheet.picture.height);
  layout.pictureWidth = sheet.picture.width * scale;
  layout.pictureHeight = sheet.picture.height * scale;
  layout.pictureLeft = boxLeft + (boxWidth - layout.pictureWidth) / 2;
  layout.pictureTop = kSheetPictureTop + (boxHeight - layout.pictureHeight) / 2;

  LabelLayoutInput input;
  input.viewport = {float(print::kMargin), float(kSheetPictureTop), float(print::kContentWidth), float(boxHeight)};
  input.body = {float(layout.pictureLeft), float(layout.pictureTop), float(layout.pictureWidth), float(layout.pictureHeight)};
  input.padding = float(kSheetLabelPadding);
  input.gap = 1.5f;
  input.margin = float(kSheetColumnGap);
  input.measure = [&](std::string_view text) {
    return LabelSize{float(std::max(measure(std::string(text)), blankWidth)), float(fontSize * 1.15)};
  };
  for (const SheetLabel& label : sheet.labels)
    input.labels.push_back({label.name, {{float(layout.pictureLeft + label.pixel.x * scale), float(layout.pictureTop + label.pixel.y * scale)}}});
  for (const PlacedLabel& placed : layoutLabels(input)) {
    PlacedSheetLabel label;
    label.label = sheet.labels[placed.request];
    label.leftColumn = placed.leftOfBody;
    label.text = {placed.leftOfBody ? placed.box.right() - input.padding : placed.box.x + input.padding,
                  placed.box.y + input.padding + float(fontSize * 0.82)};
    label.lineStart = placed.lineStart;
    label.point = placed.anchor;
    layout.labels.push_back(label);
  }
  // Numbered as read: the left side top to bottom, then the right side.
  std::sort(layout.labels.begin(), layout.labels.end(), [](const PlacedSheetLabel& a, const PlacedSheetLabel& b) {
    if (a.leftColumn != b.leftColumn) return a.leftColumn;
    return a.text.y < b.text.y;
  });
  for (std::size_t i = 0; i < layout.labels.size(); ++i) layout.labels[i].number = int(i + 1);
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
