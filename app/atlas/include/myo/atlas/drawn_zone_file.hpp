#pragma once
// Saving drawn referral zones into a muscle's card: the `referral` block of each named trigger
// point is rewritten in the cards' own layout (docs/knowledge-base.md, "Drawn zones"); every other
// byte of the file stays as it was, so a teacher's edit shows as a small diff. The file is
// replaced atomically.
//
//   std::map<std::string, Referral> changed{{"trapezius/tp1", referral}};
//   if (Status saved = saveReferrals(cardPath, changed); !saved) report(saved.error().message);
//
// Not here: computing the region lists of a drawing (zone_regions.hpp).

#include <filesystem>
#include <map>
#include <string>

#include "myo/atlas/muscle.hpp"
#include "myo/engine/result.hpp"

namespace myo::atlas {

// The referral block as a card writes it, starting at `indent` spaces (its closing brace too).
std::string formatReferral(const Referral& referral, int indent);

// Fails, naming the file, when it cannot be read or written or a trigger point is not in it.
Status saveReferrals(const std::filesystem::path& card, const std::map<std::string, Referral>& byTriggerPoint);

}  // namespace myo::atlas
