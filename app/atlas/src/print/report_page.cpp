#include "myo/atlas/report_page.hpp"

#include <cairo.h>

#include <algorithm>
#include <cstdio>

#include "myo/atlas/finding.hpp"
#include "print/page_file.hpp"
#include "print/page_writer.hpp"

namespace myo::atlas {

namespace {

using print::kAccent;
using print::kContentWidth;
using print::kInk;
using print::kMargin;
using print::kMuted;
using print::kPageHeight;
using print::kPageWidth;
using print::PageWriter;

constexpr double kText = 10.0;
constexpr double kBottom = kPageHeight - kMargin - 14;

std::string sideWord(Side side) { return std::string(toString(side)); }

std::string muscleName(const KnowledgeBase& kb, const std::string& id) {
  const Muscle* muscle = kb.findMuscle(id);
  return muscle ? muscle->names.common : id;
}

// A finding in words, with its normal and, for a measured range, whether it is short.
std::string findingWords(const Finding& finding, std::span<const Finding> all, const KnowledgeBase& kb) {
  const AssessmentVocabulary& words = kb.assessment();
  if (finding.kind == FindingKind::Palpation) {
    std::string result(toString(*finding.result));
    std::replace(result.begin(), result.end(), '_', ' ');
    if (*finding.result == FindingResult::ReproducesPain) result = "pressing it reproduced the familiar pain";
    return "Palpation of the " + muscleName(kb, finding.code) + ", " + sideWord(*finding.side) + ": " + result;
  }
  const std::string label = words.label(finding.kind, finding.code, finding.side);
  if (finding.measured) {
    const Movement& movement = *words.findMovement(finding.code);
    std::optional<double> other;
    for (const Finding& f : all)
      if (f.kind == FindingKind::RangeOfMotion && f.code == finding.code && f.measured && f.side && finding.side &&
          *f.side != *finding.side)
        other = f.measured;
    return label + ": " + rangeInWords(*finding.measured, movement) + " (normal " + normalInWords(movement) + ")" +
           (isRangeShort(movement, *finding.measured, other) ? ", short" : ", full");
  }
  if (finding.kind == FindingKind::Posture) return "Posture: " + label;
  std::string result(toString(*finding.result));
  return label + ": " + result;
}

// Findings of `from` that `to` does not have, in words.
std::vector<std::string> findingsNotIn(const Session& from, const Session& to, const KnowledgeBase& kb) {
  std::vector<Finding> all;
  for (const std::string& text : from.findings)
    if (Result<Finding> finding = parseFinding(text, kb)) all.push_back(*finding);
  std::vector<std::string> words;
  for (std::size_t i = 0; i < from.findings.size() && i < all.size(); ++i)
    if (std::find(to.findings.begin(), to.findings.end(), from.findings[i]) == to.findings.end())
      words.push_back(findingWords(all[i], all, kb));
  return words;
}

void drawReport(cairo_t* cr, const ReportPage& page, const NextPage& nextPage) {
  PageWriter writer(cr);
  int pageNumber = 1;
  const auto paper = [&] {
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_rectangle(cr, 0, 0, kPageWidth, kPageHeight);
    cairo_fill(cr);
  };
  const auto footer = [&] {
    writer.y = kBottom;
    writer.block(page.footer + "   Page " + std::to_string(pageNumber), kMargin, kContentWidth, 8, false, kMuted, kPageHeight);
  };
  // Room for `height` more on this page, else the next page.
  const auto need = [&](double height) {
    if (writer.y + height <= kBottom - 4) return;
    footer();
    nextPage();
    ++pageNumber;
    paper();
    writer.y = kMargin;
  };
  const auto heading = [&](const std::string& text) {
    need(60);
    writer.y += 8;
    writer.block(text, kMargin, kContentWidth, 12.5, true);
    writer.rule(writer.y + 2);
    writer.y += 6;
  };
  const auto line = [&](const std::string& text, double indent = 0.0, double size = kText, bool bold = false,
                        print::Colour colour = kInk) {
    writer.font(size, bold);
    need(double(writer.wrap(text, kContentWidth - indent).size()) * size * 1.35);
    writer.block(text, kMargin + indent, kContentWidth - indent, size, bold, colour);
  };

  paper();
  writer.font(10, false, kMuted);
  const std::string date = "Date: " + page.date;
  cairo_move_to(cr, kPageWidth - kMargin - writer.width(date), kMargin + 16);
  cairo_show_text(cr, date.c_str());
  writer.block(page.title + (page.client.empty() ? "" : ": " + page.client), kMargin, kContentWidth - 130, 18, true);
  writer.y += 4;
  writer.rule(writer.y, kAccent, 1.2);
  writer.y += 8;
  line("Pain today: " + page.painScore, 0, 11, true);

  for (const std::string& refer : page.refer) {
    writer.font(11, true);
    const std::vector<std::string> lines = writer.wrap(refer, kContentWidth - 16);
    const double height = double(lines.size()) * 11 * 1.35 + 10;
    need(height + 6);
    cairo_set_source_rgb(cr, 0.97, 0.88, 0.86);
    cairo_rectangle(cr, kMargin, writer.y + 2, kContentWidth, height);
    cairo_fill(cr);
    writer.y += 6;
    writer.block(refer, kMargin + 8, kContentWidth - 16, 11, true, kAccent);
    writer.y += 6;
  }

  heading("Intake");
  if (page.intake.empty()) line("No flag recorded.", 0, kText, false, kMuted);
  for (const std::string& flag : page.intake) line("• " + flag);

  heading("Where it hurts");
  const double pictureHeight = 230.0;
  need(pictureHeight + 30);
  const double top = writer.y;
  if (page.painDrawing.width > 0) writer.image(page.painDrawing, kMargin, top, 200.0, pictureHeight);
  writer.y = top;
  writer.block(page.painCaption, kMargin + 216, kContentWidth - 216, kText, false);
  writer.y = std::max(writer.y, top + (page.painDrawing.width > 0 ? pictureHeight : 0.0)) + 4;

  heading("Findings");
  if (page.findings.empty()) line("No finding recorded.", 0, kText, false, kMuted);
  for (const std::string& finding : page.findings) line("• " + finding);

  heading("Candidate muscles, most likely first");
  if (page.candidates.empty()) line("No trigger point of the knowledge base explains the drawing.", 0, kText, false, kMuted);
  for (const ReportLine& candidate : page.candidates) {
    need(40);
    line(candidate.text, 0, 10.5, true);
    for (const std::string& reason : candidate.details) line("– " + reason, 14, 9.5);
    writer.y += 3;
  }

  if (!page.warnings.empty()) {
    heading("Warnings from the intake");
    for (const ReportLine& warning : page.warnings) {
      line(warning.text, 0, kText, true);
      for (const std::string& where : warning.details) line(where, 14, 9, false, kMuted);
      writer.y += 3;
    }
  }
  if (!page.triggerPointsFound.empty()) {
    heading("Trigger points found");
    for (const std::string& found : page.triggerPointsFound) line("• " + found);
  }
  heading("Notes");
  line(page.notes.empty() ? "None." : page.notes);
  if (!page.visits.empty()) {
    heading("Visits");
    for (const std::string& visit : page.visits) line(visit);
  }
  footer();
}

}  // namespace

std::vector<std::string> visitLines(std::span<const Visit> visits, const KnowledgeBase& kb) {
  std::vector<std::string> lines;
  for (std::size_t i = 0; i < visits.size(); ++i) {
    const Session& visit = visits[i].session;
    std::string line = visit.date + ": pain " + (visit.painScore ? std::to_string(*visit.painScore) + " / 10" : "not rated") +
                       ", " + std::to_string(visit.findings.size()) + " findings, " +
                       std::to_string(visit.triggerPointsFound.size()) + " trigger points found";
    if (i > 0) {
      const std::vector<std::string> added = findingsNotIn(visit, visits[i - 1].session, kb);
      const std::vector<std::string> gone = findingsNotIn(visits[i - 1].session, visit, kb);
      for (const std::string& f : added) line += "\n    new: " + f;
      for (const std::string& f : gone) line += "\n    no longer: " + f;
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

ReportPage reportWords(const Session& session, const KnowledgeBase& kb, const AssessmentOutcome& outcome,
                       std::span<const Visit> visits) {
  ReportPage page;
  page.client = session.client;
  page.date = session.date;
  page.painScore = session.painScore ? std::to_string(*session.painScore) + " / 10" : "not rated";
  for (const ReferAdvice& refer : outcome.refer) page.refer.push_back(refer.text);
  for (const std::string& text : session.intake)
    if (Result<IntakeEntry> entry = parseIntake(text, kb))
      if (const IntakeFlag* flag = kb.assessment().findIntake(entry->flag))
        page.intake.push_back(kb.assessment().intakeLabel(*flag, entry->side));
  std::string where;
  for (const std::string& id : session.pain.regions) {
    const Region* region = kb.regions().find(id);
    where += (where.empty() ? "" : ", ") + (region ? region->name : id);
  }
  if (!session.pain.strokes.empty()) where += where.empty() ? "as marked on the body" : ", and as marked on the body";
  page.painCaption = "Where it hurts: " + (where.empty() ? std::string("nothing marked") : where);
  std::vector<Finding> findings;
  for (const std::string& text : session.findings)
    if (Result<Finding> finding = parseFinding(text, kb)) findings.push_back(*finding);
  for (const Finding& finding : findings) page.findings.push_back(findingWords(finding, findings, kb));
  for (std::size_t i = 0; i < outcome.candidates.size(); ++i) {
    const Candidate& c = outcome.candidates[i];
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", c.score);
    page.candidates.push_back({std::to_string(i + 1) + ". " + muscleName(kb, c.muscle) + ", " + sideWord(c.side) +
                                   " side (score " + score + ")",
                               c.reasons});
  }
  for (const WarningInWords& warning : warningsByText(outcome.warnings, kb))
    page.warnings.push_back({warning.text, {"For: " + warning.concerns}});
  for (const FoundTriggerPoint& found : session.triggerPointsFound)
    page.triggerPointsFound.push_back(muscleName(kb, found.muscle) + ", " + sideWord(found.side) + " side: " +
                                      std::string(toString(found.status)));
  page.notes = session.notes;
  page.visits = visitLines(visits, kb);
  return page;
}

Status writeReport(const ReportPage& page, const std::filesystem::path& file) {
  return writePage(file, PageSize{kPageWidth, kPageHeight}, page.title + ": " + page.client, "a report",
                   [&](cairo_t* cr, const NextPage& nextPage) { drawReport(cr, page, nextPage); });
}

}  // namespace myo::atlas
