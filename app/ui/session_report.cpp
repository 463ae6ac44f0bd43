#include "session_report.hpp"

#include <algorithm>

#include "client_handout.hpp"
#include "myo/atlas/finding.hpp"
#include "myo/atlas/pain_drawing.hpp"

namespace myo::ui {

Result<atlas::ReportPage> makeSessionReport(const atlas::AtlasScene& body, const atlas::KnowledgeBase& kb,
                                            const atlas::PainLookup& lookup, const atlas::Session& session,
                                            std::span<const atlas::Visit> visits) {
  if (!body.skin) return Error{"the body has no skin map: there is nothing to draw the pain on"};
  const std::vector<float> pain = atlas::rasterisePain(*body.skin, session.pain);
  std::vector<atlas::Finding> findings;
  for (const std::string& text : session.findings)
    if (Result<atlas::Finding> finding = atlas::parseFinding(text, kb)) findings.push_back(*finding);
  std::vector<atlas::IntakeEntry> intake;
  for (const std::string& text : session.intake)
    if (Result<atlas::IntakeEntry> entry = atlas::parseIntake(text, kb)) intake.push_back(*entry);
  const atlas::AssessmentOutcome outcome =
      atlas::assess(lookup.rank(pain, lookup.muscleSideCount()), findings, intake, kb, kReportCandidates);
  atlas::ReportPage page = atlas::reportWords(session, kb, outcome, visits);
  if (std::any_of(pain.begin(), pain.end(), [](float v) { return v > 0.0f; })) {
    Result<Image> picture = renderPainPicture(body, kb, pain);
    if (!picture) return picture.error();
    page.painDrawing = std::move(*picture);
  }
  return page;
}

}  // namespace myo::ui
