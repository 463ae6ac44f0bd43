#pragma once
// Finding muscles by what people type: ids, common and Latin names and aliases ("SCM", "QL",
// "hamstrings"), compared case-insensitively with `_` and `-` read as spaces; and, when nothing
// matches, the ids that are spelled most nearly like the query, for "did you mean".

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "myo/atlas/knowledge_base.hpp"

namespace myo::atlas {

// Lower case, `_` and `-` as spaces, runs of spaces collapsed, trimmed: "Levator_Scapulae " →
// "levator scapulae".
std::string normaliseSearchText(std::string_view text);

// Muscles whose id, common name, Latin name or an alias equals the query after normalising;
// sorted by id. "hamstrings" gives the three hamstrings.
std::vector<const Muscle*> findMusclesByName(const KnowledgeBase& knowledgeBase, std::string_view query);

// Muscle ids whose id, names or aliases are closest to the query by edit distance, best first,
// at most `limit`; only those near enough to be a plausible misspelling.
std::vector<std::string> nearestMuscleIds(const KnowledgeBase& knowledgeBase, std::string_view query,
                                          std::size_t limit = 5);

// What `show ID` needs: the one muscle an id or name denotes, or why there is none.
struct MuscleLookup {
  const Muscle* muscle = nullptr;         // set when the query names exactly one muscle
  std::vector<const Muscle*> candidates;  // several muscles share the name or alias
  std::vector<std::string> suggestions;   // nothing matched: the nearest ids
};

// An exact id first, then a unique name or alias match, else candidates or suggestions.
MuscleLookup lookUpMuscle(const KnowledgeBase& knowledgeBase, std::string_view query);

}  // namespace myo::atlas
