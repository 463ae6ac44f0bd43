#pragma once
// Search as you type: the muscles a partial, possibly misspelt query most likely means, best
// first. Where muscle_search.hpp answers "which muscle is this exact name", this ranks every
// muscle for a query that is still being typed ("lev", "levator sca", "trapezuis").
//
//   for (const Muscle* m : rankMuscles(kb, "lev sca")) ...   // levator scapulae first

#include <cstddef>
#include <string_view>
#include <vector>

#include "myo/atlas/knowledge_base.hpp"

namespace myo::atlas {

// Ranking, strongest first: a name equal to the query; a name that starts with it; a name whose
// words start with the query's words in order ("lev sca"); a name containing it; then, for queries
// of three letters or more, names within a plausible typo of it. Ties go by common name.
std::vector<const Muscle*> rankMuscles(const KnowledgeBase& knowledgeBase, std::string_view query,
                                       std::size_t limit = 10);

// The muscles a partial name means, as the search box finds them first: those of the strongest
// kind of match above, short of a typo ("upper trap" → trapezius; "gluteus" → the three glutei).
// Empty when the query matches no name but by a typo: a misspelling is answered "did you mean".
std::vector<const Muscle*> partialNameMatches(const KnowledgeBase& knowledgeBase, std::string_view query);

}  // namespace myo::atlas
