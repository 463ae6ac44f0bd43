#include "myo/atlas/muscle_ranking.hpp"

#include <algorithm>
#include <sstream>
#include <string>
#include <utility>

#include "knowledge/edit_distance.hpp"
#include "myo/atlas/muscle_search.hpp"

namespace myo::atlas {

namespace {

enum class Match { Exact, Prefix, WordPrefixes, Contains, Typo, None };

std::vector<std::string> wordsOf(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// "lev sca" against "levator scapulae": each query word starts a later word of the name.
bool wordPrefixesMatch(const std::vector<std::string>& queryWords, const std::vector<std::string>& nameWords) {
  std::size_t next = 0;
  for (const std::string& word : queryWords) {
    while (next < nameWords.size() && nameWords[next].rfind(word, 0) != 0) ++next;
    if (next == nameWords.size()) return false;
    ++next;
  }
  return !queryWords.empty();
}

// A typo is judged against the whole name and against its start as long as the query, so that
// "trapezuis" finds "trapezius" and "levatr" finds "levator scapulae".
bool withinTypo(const std::string& query, const std::string& name) {
  const std::size_t allowed = std::max<std::size_t>(1, query.size() / 4);
  if (editDistance(query, name) <= allowed) return true;
  return name.size() > query.size() && editDistance(query, std::string_view(name).substr(0, query.size())) <= allowed;
}

Match matchName(const std::string& query, const std::vector<std::string>& queryWords, const std::string& name) {
  if (name == query) return Match::Exact;
  if (name.rfind(query, 0) == 0) return Match::Prefix;
  if (wordPrefixesMatch(queryWords, wordsOf(name))) return Match::WordPrefixes;
  if (query.size() >= 3 && name.find(query) != std::string::npos) return Match::Contains;
  if (query.size() >= 3 && withinTypo(query, name)) return Match::Typo;
  return Match::None;
}

// Every muscle that matches, with its strongest kind of match, strongest first.
std::vector<std::pair<Match, const Muscle*>> scoreMuscles(const KnowledgeBase& knowledgeBase, std::string_view query) {
  const std::string wanted = normaliseSearchText(query);
  std::vector<std::pair<Match, const Muscle*>> scored;
  if (wanted.empty()) return scored;
  const std::vector<std::string> queryWords = wordsOf(wanted);
  for (const Muscle& muscle : knowledgeBase.muscles()) {
    std::vector<std::string> names{normaliseSearchText(muscle.names.common), normaliseSearchText(muscle.id),
                                   normaliseSearchText(muscle.names.latin)};
    for (const std::string& alias : muscle.names.aliases) names.push_back(normaliseSearchText(alias));
    Match best = Match::None;
    for (const std::string& name : names) best = std::min(best, matchName(wanted, queryWords, name));
    if (best != Match::None) scored.emplace_back(best, &muscle);
  }
  std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    return a.second->names.common < b.second->names.common;
  });
  return scored;
}

}  // namespace

std::vector<const Muscle*> rankMuscles(const KnowledgeBase& knowledgeBase, std::string_view query, std::size_t limit) {
  const std::vector<std::pair<Match, const Muscle*>> scored = scoreMuscles(knowledgeBase, query);
  std::vector<const Muscle*> ranked;
  for (std::size_t i = 0; i < std::min(limit, scored.size()); ++i) ranked.push_back(scored[i].second);
  return ranked;
}

std::vector<const Muscle*> partialNameMatches(const KnowledgeBase& knowledgeBase, std::string_view query) {
  const std::vector<std::pair<Match, const Muscle*>> scored = scoreMuscles(knowledgeBase, query);
  std::vector<const Muscle*> best;
  for (const auto& [match, muscle] : scored)
    if (match < Match::Typo && match == scored.front().first) best.push_back(muscle);
  return best;
}

}  // namespace myo::atlas
