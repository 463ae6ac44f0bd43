#include "myo/atlas/muscle_search.hpp"

#include <algorithm>
#include <cctype>
#include <utility>

#include "knowledge/edit_distance.hpp"

namespace myo::atlas {

namespace {

// Everything a muscle can be called, normalised.
std::vector<std::string> searchableNames(const Muscle& muscle) {
  std::vector<std::string> names{normaliseSearchText(muscle.id), normaliseSearchText(muscle.names.common),
                                 normaliseSearchText(muscle.names.latin)};
  for (const std::string& alias : muscle.names.aliases) names.push_back(normaliseSearchText(alias));
  return names;
}

// How far a query is from a name: its edit distance, or 1 when the query is a part of the name
// ("levator" of "levator scapulae"), which is nearly as telling as a typo.
std::size_t closeness(const std::string& query, const std::string& name) {
  constexpr std::size_t kShortestUsefulPart = 4;
  const std::size_t distance = editDistance(query, name);
  if (query.size() >= kShortestUsefulPart && name.find(query) != std::string::npos) return std::min<std::size_t>(distance, 1);
  return distance;
}

}  // namespace

std::string normaliseSearchText(std::string_view text) {
  std::string normalised;
  bool pendingSpace = false;
  for (char c : text) {
    const bool separator = c == '_' || c == '-' || std::isspace(static_cast<unsigned char>(c));
    if (separator) {
      pendingSpace = !normalised.empty();
      continue;
    }
    if (pendingSpace) normalised += ' ';
    pendingSpace = false;
    normalised += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return normalised;
}

std::vector<const Muscle*> findMusclesByName(const KnowledgeBase& knowledgeBase, std::string_view query) {
  const std::string wanted = normaliseSearchText(query);
  std::vector<const Muscle*> found;
  if (wanted.empty()) return found;
  for (const Muscle& muscle : knowledgeBase.muscles()) {
    const std::vector<std::string> names = searchableNames(muscle);
    if (std::find(names.begin(), names.end(), wanted) != names.end()) found.push_back(&muscle);
  }
  return found;  // muscles() is sorted by id, so this is too
}

std::vector<std::string> nearestMuscleIds(const KnowledgeBase& knowledgeBase, std::string_view query,
                                          std::size_t limit) {
  const std::string wanted = normaliseSearchText(query);
  std::vector<std::string> ids;
  if (wanted.empty()) return ids;
  // A misspelling changes about one letter in three; beyond that a suggestion is noise.
  const std::size_t plausible = std::max<std::size_t>(1, wanted.size() / 3);
  std::vector<std::pair<std::size_t, std::string>> scored;
  for (const Muscle& muscle : knowledgeBase.muscles()) {
    std::size_t best = std::string::npos;
    for (const std::string& name : searchableNames(muscle)) best = std::min(best, closeness(wanted, name));
    if (best <= plausible) scored.emplace_back(best, muscle.id);
  }
  std::sort(scored.begin(), scored.end());
  for (std::size_t i = 0; i < std::min(limit, scored.size()); ++i) ids.push_back(scored[i].second);
  return ids;
}

MuscleLookup lookUpMuscle(const KnowledgeBase& knowledgeBase, std::string_view query) {
  MuscleLookup lookup;
  if (const Muscle* exact = knowledgeBase.findMuscle(query)) {
    lookup.muscle = exact;
    return lookup;
  }
  std::vector<const Muscle*> byName = findMusclesByName(knowledgeBase, query);
  if (byName.size() == 1) {
    lookup.muscle = byName.front();
  } else if (byName.size() > 1) {
    lookup.candidates = std::move(byName);
  } else {
    lookup.suggestions = nearestMuscleIds(knowledgeBase, query);
  }
  return lookup;
}

}  // namespace myo::atlas
