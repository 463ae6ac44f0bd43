#include "myo/atlas/handout_page.hpp"

#include <cairo.h>

#include <algorithm>
#include <cctype>
#include <functional>

#include "print/cairo_text.hpp"
#include "print/page_writer.hpp"
#include "print/page_file.hpp"

namespace myo::atlas {

namespace {

using namespace print;

constexpr double kStepSize = 10.5;
constexpr double kStepIndent = 18.0;
constexpr double kNoteLineSpacing = 22.0;
constexpr int kMinimumNoteLines = 3;
constexpr double kFooterTop = kPageHeight - kMargin - 12;
constexpr double kNotesNeed = 26 + kMinimumNoteLines * kNoteLineSpacing;
constexpr double kViewHeight = 175.0;
constexpr double kSmallestViewHeight = 118.0;

double stepHeight(const PageWriter& writer, const std::string& step) {
  writer.font(kStepSize, false);
  return double(writer.wrap(step, kContentWidth - kStepIndent).size()) * kStepSize * 1.35 + 3;
}

// How tall the self-care block is: its heading, every step and the stretch note.
double selfCareHeight(const PageWriter& writer, const HandoutPage& page) {
  if (page.selfCare.empty()) return 0.0;
  double height = 13 * 1.35 + 2 + 10;
  for (const std::string& step : page.selfCare) height += stepHeight(writer, step);
  writer.font(9, false);
  if (!page.stretchNote.empty()) height += double(writer.wrap(page.stretchNote, kContentWidth - kStepIndent).size()) * 9 * 1.35;
  return height;
}

void paper(cairo_t* cr) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_rectangle(cr, 0, 0, kPageWidth, kPageHeight);
  cairo_fill(cr);
}

void drawPage(cairo_t* cr, const HandoutPage& page, const NextPage& nextPage) {
  paper(cr);
  PageWriter writer(cr);
  const auto turnPage = [&] {
    writer.y = kFooterTop;
    writer.block(page.footer, kMargin, kContentWidth, 8, false, kMuted);
    nextPage();
    paper(cr);
    writer.y = kMargin;
  };

  // Heading: the title, and the date on the right.
  writer.font(10, false, kMuted);
  const std::string date = "Date: " + page.date;
  cairo_move_to(cr, kPageWidth - kMargin - writer.width(date), kMargin + 16);
  cairo_show_text(cr, date.c_str());
  constexpr double kTitleSize = 20;
  constexpr double kTitleWidth = kContentWidth - 120;  // the date is on its right
  writer.block(page.title, kMargin, kTitleWidth, cairo::fittedTitleSize(cr, page.title, kTitleSize, kStepSize, kTitleWidth), true);
  writer.y += 6;
  writer.rule(writer.y, kAccent, 1.2);
  writer.y += 12;

  // Where it hurts (left) and the likely source in words (right).
  const double drawingWidth = 200.0;
  const double drawingHeight = 215.0;
  const double rowTop = writer.y;
  writer.image(page.painDrawing, kMargin, rowTop, drawingWidth, drawingHeight);
  writer.y = rowTop + drawingHeight;
  writer.block(page.painCaption, kMargin, drawingWidth, 9, false, kMuted);
  const double leftBottom = writer.y;

  const double textX = kMargin + drawingWidth + kGutter;
  const double textWidth = kContentWidth - drawingWidth - kGutter;
  writer.y = rowTop;
  writer.block("Likely source of the pain", textX, textWidth, 10, false, kMuted);
  writer.block(page.muscleName, textX, textWidth, 17, true, kAccent);
  writer.y += 4;
  // Numbered as on the pictures.
  for (std::size_t i = 0; i < page.triggerPoints.size(); ++i)
    writer.block("Trigger point " + std::to_string(i + 1) + ": " + page.triggerPoints[i], textX, textWidth, 10.5, true);
  writer.y += 4;
  writer.block(page.pattern, textX, textWidth, 10.5, false, kInk, rowTop + drawingHeight + 20);
  writer.y = std::max(writer.y, leftBottom) + 12;

  // Two pictures side by side, captioned; lower when that keeps the self-care on this page.
  if (!page.views.empty()) {
    const std::size_t count = std::min<std::size_t>(page.views.size(), 2);
    const double viewWidth = (kContentWidth - kGutter * double(count - 1)) / double(count);
    double captionLines = 0.0;
    writer.font(9, false);
    for (std::size_t i = 0; i < count; ++i)
      captionLines = std::max(captionLines, double(writer.wrap(page.views[i].caption, viewWidth).size()));
    const double captionRoom = captionLines * 9 * 1.35 + 14;
    const double spare = kFooterTop - kNotesNeed - writer.y - captionRoom - selfCareHeight(writer, page);
    const double viewHeight = std::clamp(spare, kSmallestViewHeight, kViewHeight);
    const double viewsTop = writer.y;
    double captionBottom = viewsTop + viewHeight;
    for (std::size_t i = 0; i < count; ++i) {
      const double x = kMargin + double(i) * (viewWidth + kGutter);
      writer.image(page.views[i], x, viewsTop, viewWidth, viewHeight);
      writer.y = viewsTop + viewHeight;
      writer.block(page.views[i].caption, x, viewWidth, 9, false, kMuted);
      captionBottom = std::max(captionBottom, writer.y);
    }
    writer.y = captionBottom + 14;
  }

  // Self-care, numbered, every step whole: one that would crowd out the notes goes over the page.
  if (!page.selfCare.empty()) {
    writer.block("What you can do at home", kMargin, kContentWidth, 13, true);
    writer.y += 2;
    for (std::size_t i = 0; i < page.selfCare.size(); ++i) {
      const bool last = i + 1 == page.selfCare.size();
      if (writer.y + stepHeight(writer, page.selfCare[i]) > kFooterTop - (last ? kNotesNeed : 0.0)) {
        turnPage();
        writer.block("What you can do at home (continued)", kMargin, kContentWidth, 13, true);
        writer.y += 2;
      }
      const double stepTop = writer.y;
      writer.block(page.selfCare[i], kMargin + kStepIndent, kContentWidth - kStepIndent, kStepSize, false);
      writer.font(kStepSize, true);
      const std::string number = std::to_string(i + 1) + ".";
      cairo_move_to(cr, kMargin, stepTop + kStepSize * 1.35 - kStepSize * 0.3);
      cairo_show_text(cr, number.c_str());
      writer.y += 3;
    }
    if (!page.stretchNote.empty()) writer.block(page.stretchNote, kMargin + kStepIndent, kContentWidth - kStepIndent, 9, false, kMuted);
    writer.y += 10;
  }
  if (writer.y > kFooterTop - kNotesNeed) turnPage();

  // The therapist's notes: any text given, then ruled lines to the footer.
  writer.block("Therapist's notes", kMargin, kContentWidth, 13, true);
  if (!page.notes.empty()) writer.block(page.notes, kMargin, kContentWidth, 10.5, false, kInk, kFooterTop - kNoteLineSpacing);
  for (double line = writer.y + kNoteLineSpacing; line < kFooterTop - 4; line += kNoteLineSpacing) writer.rule(line);

  writer.y = kFooterTop;
  writer.block(page.footer, kMargin, kContentWidth, 8, false, kMuted);
}

}  // namespace

Status writeHandout(const HandoutPage& page, const std::filesystem::path& file) {
  return writePage(file, PageSize{kPageWidth, kPageHeight}, page.title + ": " + page.muscleName, "a handout",
                   [&](cairo_t* cr, const NextPage& nextPage) { drawPage(cr, page, nextPage); });
}

}  // namespace myo::atlas
