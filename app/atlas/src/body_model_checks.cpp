#include "myo/atlas/body_model_checks.hpp"

namespace myo::atlas {

BodyModelCheckOutcome checkAgainstBodyModel(const KnowledgeBase& /*knowledgeBase*/,
                                            const std::filesystem::path& /*assetsDir*/) {
  // There is no body model to check against yet. When it exists: load it from the assets
  // directory, then check each muscle's meshes (both sides), each trigger point's position on its
  // muscle, and each region's and zone's patch on the skin, adding a Problem for each failure.
  BodyModelCheckOutcome outcome;
  outcome.skippedBecause =
      "no body model exists yet, so the checks of geometry (both sides of every muscle), trigger points on "
      "their muscles, and zones and regions on the skin were skipped";
  return outcome;
}

}  // namespace myo::atlas
