// Figures of the palpation probe on the built-in body: pressing in at a landmark, as `myoatlas probe`
// does (its ray-cast trees built for the one probe), and under a line of sight, as the window does
// while D is held (at most every 0.1 s, its trees kept between probes).
#include <chrono>
#include <cmath>

#include "bench.hpp"
#include "pain_input.hpp"
#include "myo/atlas/tissue_probe.hpp"

namespace myo::cli {

Result<std::vector<BenchFigure>> benchProbe(const BenchSettings& settings) {
  Result<atlas::AtlasScene> body = loadBodyWithSkin();
  if (!body) return body.error();
  const atlas::RegionPatches::Landmarks& landmarks = body->skin->patches().landmarks();
  // The landmarks the probe's tests press at: over the head, the shoulder, a limb.
  std::vector<glm::vec3> targets;
  for (const char* name : {"temporal_fossa", "mandible_angle", "mastoid", "infraspinous_fossa", "olecranon", "patella"})
    if (const auto found = landmarks.find(name); found != landmarks.end()) targets.push_back(found->second);
  if (targets.empty()) return Error{"the built-in body has none of the probe's landmarks"};
  std::size_t next = 0;
  const double landmarkMs = medianMs(settings.runs, [&] {
    (void)atlas::probeToward(*body, targets[next++ % targets.size()]);
  });

  // The window's probe: lines of sight from the left through the temple, the first of a session
  // building the trees it needs, then the pointer moving over the side of the head a few
  // millimetres at a time.
  using Clock = std::chrono::steady_clock;
  const glm::vec3 temple = targets.front();
  const auto sightAt = [&](int step) {
    const float angle = 0.4f * float(step);  // round the temple, 0–12 mm away
    return temple + glm::vec3(0.0f, 0.012f * std::sin(angle), 0.012f * std::cos(angle)) * float(step % 4) / 3.0f;
  };
  const glm::vec3 fromTheLeft(2.0f, 0.0f, 0.0f);
  atlas::TissueProbe probe(*body);
  const auto firstStart = Clock::now();
  (void)probe.underSight(temple + fromTheLeft, -fromTheLeft);
  const double firstMs = std::chrono::duration<double, std::milli>(Clock::now() - firstStart).count();
  int step = 0;
  int missed = 0;
  const double sightMs = medianMs(settings.runs, [&] {
    const glm::vec3 at = sightAt(++step);
    const std::optional<atlas::ProbeResult> stack = probe.underSight(at + fromTheLeft, -fromTheLeft);
    if (!stack || !stack->reachesBone) ++missed;
  });
  if (missed > 0) return Error{"the window's probe at the temple did not reach the skull " + std::to_string(missed) + " times"};

  return std::vector<BenchFigure>{
      {"probe.landmark_ms", landmarkMs, "ms", "the tissues under one of six landmarks, as `myoatlas probe --at` (median)"},
      {"probe.window_ms", sightMs, "ms",
       "the window's probe (D held) as the pointer moves over the temple: the skin under the line of sight, "
       "then its stack (median; goal < 10)"},
      {"probe.window_first_ms", firstMs, "ms",
       "the window's first probe at the temple, building the ray-cast trees of the skin and what lies under it (once)", 1},
  };
}

}  // namespace myo::cli
