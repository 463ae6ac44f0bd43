#pragma once
// The therapist's record of a session (A4, as many pages as it needs): the client, the date and
// pain score, the intake flags with a referral banner for a red flag, the pain drawing, the
// findings with their normal values, the candidate muscles ranked with their reasons, the
// warnings the intake puts on their techniques, the trigger points found, notes, and the pain
// score of earlier visits. Laid out with cairo from words and one picture; `myoatlas report` and
// the window's Report button both write it. It is for the therapist's files, not the client
// (the handout is the client's page).
//
//   ReportPage page = reportWords(session, kb, outcome, visits);
//   page.painDrawing = picture;   // rendered by the caller
//   if (Status written = writeReport(page, "anna-2026-12-01.pdf"); !written) report(written.error().message);

#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "myo/atlas/assessment_scoring.hpp"
#include "myo/atlas/session.hpp"
#include "myo/engine/image.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

struct ReportLine {
  std::string text;
  std::vector<std::string> details;  // printed under it, indented
};

struct ReportPage {
  std::string title = "Session record";
  std::string client;
  std::string date;
  std::string painScore;    // "6 / 10", or "not rated"
  std::vector<std::string> refer;      // red flags: printed first, in a banner
  std::vector<std::string> intake;     // the flags' labels
  Image painDrawing;
  std::string painCaption;  // "Where it hurts: left temple, ..."
  std::vector<std::string> findings;   // "Neck rotation toward the left: 55° (normal 80°), short"
  std::vector<ReportLine> candidates;  // "1. Trapezius, left side (score 0.85)" with reasons
  std::vector<ReportLine> warnings;    // a warning's text, with the muscles and techniques it concerns
  std::vector<std::string> triggerPointsFound;
  std::string notes;
  std::vector<std::string> visits;  // "2026-11-03: pain 8 / 10, 3 findings"
  std::string footer = "MyoAtlas session record: candidates to examine, not a diagnosis.";
};

// The words of the report; the picture is left empty for the caller to render.
ReportPage reportWords(const Session& session, const KnowledgeBase& kb, const AssessmentOutcome& outcome,
                       std::span<const Visit> visits);

// A client's visits, oldest first, one entry each: the date, the pain score and the counts, then
// the findings new since the visit before and those no longer found ("2026-11-20: pain 8 / 10 ...").
std::vector<std::string> visitLines(std::span<const Visit> visits, const KnowledgeBase& kb);

// Writes the report as a PDF (or, for tests and previews, a PNG of the pages one under the
// other), atomically, like every file MyoAtlas writes.
Status writeReport(const ReportPage& page, const std::filesystem::path& file);

}  // namespace myo::atlas
