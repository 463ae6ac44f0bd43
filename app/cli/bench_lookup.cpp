// Figures of the pain lookup on the built-in body: building it (every trigger point's pattern on
// both sides), rasterising a pain drawing, and ranking every muscle for it.
#include <chrono>

#include "bench.hpp"
#include "pain_input.hpp"
#include "myo/atlas/assessment_scoring.hpp"
#include "myo/atlas/finding.hpp"
#include "myo/atlas/knowledge_files.hpp"
#include "myo/atlas/pain_drawing.hpp"
#include "myo/atlas/pain_lookup.hpp"

namespace myo::cli {

Result<std::vector<BenchFigure>> benchLookup(const BenchSettings& settings) {
  Result<atlas::KnowledgeBase> kb = atlas::loadKnowledgeBase(atlas::defaultAssetsDir());
  if (!kb) return kb.error();
  Result<atlas::AtlasScene> body = loadBodyWithSkin();
  if (!body) return body.error();
  const atlas::SkinMap& skin = *body->skin;

  using Clock = std::chrono::steady_clock;
  const auto buildStart = Clock::now();
  const atlas::PainLookup lookup(skin, *kb);
  const double buildMs = std::chrono::duration<double, std::milli>(Clock::now() - buildStart).count();

  // A typical intake drawing: a headache at the temple and the side of the neck, and a dab of
  // the brush on the shoulder.
  atlas::PainDrawing drawing;
  drawing.regions = {"left_temple", "left_lateral_neck"};
  const std::vector<glm::vec3> shoulder = skin.patches().anchorsOf("left_shoulder_top");
  if (!shoulder.empty()) drawing.strokes.push_back({.point = shoulder.front(), .radius = 0.03f, .intensity = 0.8f});
  std::vector<float> pain;
  const double rasteriseMs = medianMs(settings.runs, [&] { pain = atlas::rasterisePain(skin, drawing); });
  std::vector<float> dabbed = pain;
  const atlas::BrushStroke dab{.point = shoulder.empty() ? glm::vec3(0.0f) : shoulder.front(), .radius = 0.02f};
  const double dabMs = medianMs(settings.runs, [&] { atlas::applyStroke(skin, dab, dabbed); });
  const double rankMs = medianMs(settings.runs, [&] { (void)lookup.rank(pain, 10); });

  // The worst case: pain everywhere on the left, so every pattern there touches it and every
  // muscle with several trigger points tries their unions.
  atlas::PainDrawing everywhere;
  for (const atlas::Region& region : kb->regions().all())
    if (region.side != atlas::RegionSide::Right) everywhere.regions.push_back(region.id);
  const std::vector<float> widePain = atlas::rasterisePain(skin, everywhere);
  const double rankWideMs = medianMs(settings.runs, [&] { (void)lookup.rank(widePain, 10); });

  // The window ranks again after every finding: the whole ranking, then the assessment on it.
  std::vector<atlas::Finding> findings;
  for (const char* text : {"posture:elevated_shoulder.left", "posture:forward_head", "rom:neck_side_bend.right=25",
                           "rom:neck_side_bend.left=45", "palpation:trapezius.left:reproduces_pain"})
    if (Result<atlas::Finding> finding = atlas::parseFinding(text, *kb)) findings.push_back(*finding);
  std::vector<atlas::IntakeEntry> intake;
  for (const char* text : {"anticoagulants", "hypertension"})
    if (Result<atlas::IntakeEntry> entry = atlas::parseIntake(text, *kb)) intake.push_back(*entry);
  const double assessMs = medianMs(settings.runs, [&] {
    (void)atlas::assess(lookup.rank(pain, lookup.muscleSideCount()), findings, intake, *kb, 8);
  });

  return std::vector<BenchFigure>{
      {"lookup.build_ms", buildMs, "ms", "every trigger point's pattern on both sides of the skin, once per session"},
      {"lookup.rasterise_ms", rasteriseMs, "ms", "two regions and a brush dab rasterised on the skin (median)"},
      {"lookup.dab_ms", dabMs, "ms", "one 2 cm brush dab applied to a pain field (median)"},
      {"lookup.rank_ms", rankMs, "ms", "ranking every muscle on both sides for that pain (median; goal < 20)"},
      {"lookup.rank_everywhere_ms", rankWideMs, "ms", "the same with pain in every region of the left side and the midline (median)"},
      {"lookup.assess_ms", assessMs, "ms",
       "the full ranking with five findings and two intake flags applied, as the window does after each (median)"},
      {"lookup.skin_vertices", double(lookup.vertexCount()), "count", "skin vertices compared"},
      {"lookup.patterns", double(lookup.patternCount()), "count", "trigger-point patterns (one per point and side)"},
  };
}

}  // namespace myo::cli
