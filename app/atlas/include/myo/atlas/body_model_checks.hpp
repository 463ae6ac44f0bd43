#pragma once
// The checks of `myoatlas validate` that need the body model: every muscle has geometry on both
// sides, every trigger point lies on the surface of its muscle, every referral zone and every
// region lands on the skin.
// The body model is the one baked earlier (bakedBody) when it was baked from <assets>/anatomy as it
// is now, and is built from the description otherwise (a few seconds; baked_body.hpp); a broken
// description is one problem naming its file. `skippedBecause` stays for callers that cannot build it.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "myo/atlas/knowledge_base.hpp"
#include "myo/atlas/problem.hpp"

namespace myo::atlas {

struct BodyModelCheckOutcome {
  std::vector<Problem> problems;
  std::optional<std::string> skippedBecause;  // set when the checks could not run, and why
};

BodyModelCheckOutcome checkAgainstBodyModel(const KnowledgeBase& knowledgeBase, const std::filesystem::path& assetsDir,
                                            const std::filesystem::path& bakedBody = {});

}  // namespace myo::atlas
