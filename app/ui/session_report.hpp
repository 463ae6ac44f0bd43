#pragma once
// The therapist's report of a session made whole: the drawing ranked by the pain lookup, the
// session's findings and intake applied (atlas::assess), the drawing rendered on the current GL
// context, laid into atlas::reportWords. `myoatlas report` and the window's Report button share it.
//
//   Result<atlas::ReportPage> page = makeSessionReport(body, kb, lookup, session, visits);
//   if (page) status = atlas::writeReport(*page, "anna-2026-12-01.pdf");

#include <span>

#include "myo/atlas/atlas_scene.hpp"
#include "myo/atlas/pain_lookup.hpp"
#include "myo/atlas/report_page.hpp"
#include "myo/engine/result.hpp"

namespace myo::ui {

// How many candidates a report lists.
inline constexpr std::size_t kReportCandidates = 8;

// The session's codes must have passed atlas::checkSessionIds; one that does not parse is left out.
Result<atlas::ReportPage> makeSessionReport(const atlas::AtlasScene& body, const atlas::KnowledgeBase& kb,
                                            const atlas::PainLookup& lookup, const atlas::Session& session,
                                            std::span<const atlas::Visit> visits);

}  // namespace myo::ui
